import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { BatchOutcome } from './batch-outcome';

/** The per-item result of a batch approval: approved, or refused with the server's reason in the reader's language. */
export function BatchResultList({ outcomes }: { outcomes: readonly BatchOutcome[] }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const approved = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - approved;
  return (
    <div data-testid="batch-results">
      <Alert
        type={failed === 0 ? 'success' : approved === 0 ? 'error' : 'warning'}
        showIcon
        title={failed === 0 ? t('desk.batch.allApproved', { approved }) : t('desk.batch.summary', { approved, failed })}
        style={{ marginBottom: 12 }}
        data-testid="batch-summary"
      />
      <ul className="desk-batch-results">
        {outcomes.map((o) => (
          <li key={o.taskId} className={o.ok ? 'ok' : 'refused'} data-testid="batch-result" data-ok={o.ok}>
            {o.ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
            <div className="desk-batch-result-main">
              <Typography.Text strong>{t('desk.list.rowTitle', { name: o.applicantName, title: pick(o.title) })}</Typography.Text>
              <Typography.Text type="secondary" className="signoff-list-item-line">
                {o.serialNo}
              </Typography.Text>
              {o.ok ? (
                <Typography.Text type="success">{t('desk.batch.approved')}</Typography.Text>
              ) : (
                <Typography.Text type="danger">{t('desk.batch.refusedWhy', { reason: pick(o.reason) })}</Typography.Text>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
