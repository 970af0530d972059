import { useTranslation } from 'react-i18next';
import { FormDataView } from '../../form-renderer/FormDataView';
import { formatTime } from '../../format/format-time';
import { useLang } from '../../i18n/use-lang';
import type { RequestDetail } from '../request-detail';
import { approvalChain, type ChainRow } from './approval-chain';

function ChainPerson({ row }: { row: ChainRow }) {
  const { t } = useTranslation();
  if (!row.person) return null;
  return (
    <>
      {row.person.name}
      {row.delegatedFrom && <div className="signoff-print-note">{t('request.timeline.delegated', { name: row.delegatedFrom.name })}</div>}
    </>
  );
}

function ChainResult({ row }: { row: ChainRow }) {
  const { t } = useTranslation();
  const names = row.toUsers.map((u) => u.name).join('、');
  return (
    <>
      {t(`request.event.${row.type}`)}
      {names && row.type === 'transferred' && <div className="signoff-print-note">{t('request.timeline.to', { names })}</div>}
      {names && row.type === 'signer_added' && <div className="signoff-print-note">{t('request.timeline.added', { names })}</div>}
    </>
  );
}

/**
 * The A4 approval sheet companies file on paper: company, serial number, the form as a bordered
 * table, and the chain of decisions with names, times, comments and signatures.
 */
export function PrintSheet({ detail, companyName }: { detail: RequestDetail; companyName: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const chain = approvalChain(detail.timeline);
  return (
    <article className="signoff-print-sheet" data-testid="print-sheet">
      <header className="signoff-print-head">
        <div className="signoff-print-company" data-testid="print-company">
          {companyName}
        </div>
        <h1 className="signoff-print-title">
          {pick(detail.title)}
          {t('request.print.sheetTitle')}
        </h1>
        <dl className="signoff-print-meta">
          <div>
            <dt>{t('request.page.serialNo')}</dt>
            <dd data-testid="print-serial">{detail.serialNo}</dd>
          </div>
          <div>
            <dt>{t('request.page.applicant')}</dt>
            <dd>{detail.applicant.name}</dd>
          </div>
          <div>
            <dt>{t('request.page.createdAt')}</dt>
            <dd>{formatTime(detail.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('request.print.status')}</dt>
            <dd>{t(`request.status.${detail.status}`, { defaultValue: '' })}</dd>
          </div>
        </dl>
      </header>

      <section className="signoff-print-section">
        <h2>{t('request.print.formData')}</h2>
        <FormDataView uiSchema={detail.uiSchema} data={detail.data} model={detail.model} serialNo={detail.serialNo} />
      </section>

      <section className="signoff-print-section">
        <h2>{t('request.print.chain')}</h2>
        <table className="signoff-print-chain" data-testid="print-chain">
          <thead>
            <tr>
              <th>{t('request.print.step')}</th>
              <th>{t('request.print.person')}</th>
              <th>{t('request.print.result')}</th>
              <th>{t('request.print.comment')}</th>
              <th>{t('request.print.time')}</th>
              <th>{t('request.print.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {chain.map((row) => (
              <tr key={row.id} data-testid={`print-row-${row.type}`}>
                <td>{row.step ? pick(row.step) : ''}</td>
                <td>
                  <ChainPerson row={row} />
                </td>
                <td>
                  <ChainResult row={row} />
                </td>
                <td className="signoff-print-comment">{row.comment ?? (row.reason ? pick(row.reason) : '')}</td>
                <td className="signoff-print-time">{formatTime(row.at)}</td>
                <td>
                  {row.signatureUrl && (
                    <img className="signoff-print-signature" src={row.signatureUrl} alt={t('request.timeline.signature', { name: row.person?.name ?? '' })} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <footer className="signoff-print-foot">{t('request.print.printedAt', { time: formatTime(new Date()) })}</footer>
    </article>
  );
}
