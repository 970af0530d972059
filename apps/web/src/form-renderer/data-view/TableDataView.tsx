import type { ReactNode } from 'react';
import type { UiColumn, UiField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone';
import type { Lang } from '../../i18n/i18n';
import { formatMoney, formatNumber } from '../format-number';
import { pickText } from '../localized';
import { columnSums, type Row } from '../widgets/table/table-rows';

export interface TableDataViewProps {
  field: UiField;
  value: unknown;
  lang: Lang;
  renderCell: (column: UiColumn, value: unknown) => ReactNode;
}

/** A submitted detail table: a table on desktop and in print, a card per row on a phone; totals under it. */
export function TableDataView({ field, value, lang, renderCell }: TableDataViewProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const rows = (Array.isArray(value) ? value : []).filter((r): r is Row => typeof r === 'object' && r !== null);
  const columns = field.columns ?? [];
  const sums = columnSums(rows, columns, field.sumColumns);
  const sumText = (c: UiColumn, n: number) => (c.widget === 'money' ? formatMoney(n, lang, c.currency, c.precision ?? 2) : formatNumber(n, lang, c.precision));
  const totals = sums.size > 0 && rows.length > 0 && (
    <div className="signoff-table-sums">
      <strong>{t('renderer.table.sum')}</strong>
      {columns
        .filter((c) => sums.has(c.key))
        .map((c) => (
          <span key={c.key}>
            {pickText(c.label, lang)}
            {lang === 'zh' ? '：' : ': '}
            {sumText(c, sums.get(c.key) ?? 0)}
          </span>
        ))}
    </div>
  );
  if (phone) {
    return (
      <div className="signoff-row-cards">
        {rows.map((row, i) => (
          <section key={i} className="signoff-row-card" aria-label={t('renderer.table.row', { n: i + 1 })}>
            <header className="signoff-row-card-head">
              <strong>{t('renderer.table.row', { n: i + 1 })}</strong>
            </header>
            <dl className="signoff-row-card-list">
              {columns.map((c) => (
                <div key={c.key}>
                  <dt>{pickText(c.label, lang)}</dt>
                  <dd>{renderCell(c, row[c.key])}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        {totals}
      </div>
    );
  }
  return (
    <div className="signoff-table">
      <table className="signoff-table-grid signoff-table-readonly">
        <thead>
          <tr>
            <th scope="col" className="signoff-table-index">
              #
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {pickText(c.label, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" className="signoff-table-index">
                {i + 1}
              </th>
              {columns.map((c) => (
                <td key={c.key}>{renderCell(c, row[c.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {totals}
    </div>
  );
}
