import { lazy, Suspense, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../hooks/use-is-phone';
import { formatMoney, formatNumber } from '../../format-number';
import { pickText } from '../../localized';
import type { WidgetProps } from '../widget-props';
import { columnSums, emptyRow, errorsByRow, moveRow, setCell, type Row } from './table-rows';
import { TableRow } from './TableRow';
import { useRowKeys } from './use-row-keys';

/** From this many rows on only the rows in view are drawn. */
export const VIRTUAL_FROM = 30;
// the virtualizer is fetched only by forms whose tables grow that long
const VirtualRows = lazy(() => import('./VirtualRows'));
const NO_ROWS: Row[] = [];

/**
 * A detail table: add, remove and reorder rows, totals under the summed columns, errors on their
 * cells. Desktop draws a table; a phone draws each row as a card. Long tables are virtualized.
 */
export function TableWidget({
  id,
  value,
  onChange,
  onBlur,
  field,
  schema,
  lang,
  disabled,
  invalid,
  describedBy,
  cellErrors,
}: WidgetProps<Row[]>) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const rows = value ?? NO_ROWS;
  const latest = useRef(rows);
  latest.current = rows;
  const keys = useRowKeys(rows.length);
  const columns = useMemo(() => field.columns ?? [], [field.columns]);
  const columnSchemas = schema?.items?.properties ?? {};
  const maxRows = schema?.maxItems;
  const rowErrors = useMemo(() => errorsByRow(cellErrors, rows.length), [cellErrors, rows.length]);
  const sums = useMemo(() => columnSums(rows, columns, field.sumColumns), [rows, columns, field.sumColumns]);

  const commit = useCallback(
    (next: Row[]) => {
      latest.current = next;
      onChange(next.length === 0 ? undefined : next);
    },
    [onChange],
  );
  const onCell = useCallback(
    (row: number, column: string, v: unknown) => commit(setCell(latest.current, row, column, v)),
    [commit],
  );
  const onRemove = useCallback(
    (row: number) => {
      keys.remove(row);
      commit(latest.current.filter((_, i) => i !== row));
    },
    [commit, keys],
  );
  const onMove = useCallback(
    (from: number, to: number) => {
      if (to < 0 || to >= latest.current.length) return;
      keys.move(from, to);
      commit(moveRow(latest.current, from, to));
    },
    [commit, keys],
  );
  const onAdd = () => {
    keys.add();
    commit([...latest.current, emptyRow(schema)]);
  };
  const blur = useCallback(() => onBlur?.(), [onBlur]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUAL_FROM;

  const rowFor = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    return (
      <TableRow
        key={keys.keys[index] ?? index}
        row={row}
        index={index}
        columns={columns}
        columnSchemas={columnSchemas}
        tableId={id}
        errors={rowErrors[index] ?? {}}
        isFirst={index === 0}
        isLast={index === rows.length - 1}
        canRemove={!disabled}
        onCell={onCell}
        onRemove={onRemove}
        onMove={onMove}
        onBlur={blur}
        disabled={disabled}
        lang={lang}
        t={t}
        card={phone}
      />
    );
  };

  const body = (spacer: (height: number, where: 'before' | 'after') => ReactNode) =>
    virtual ? (
      <Suspense fallback={rows.slice(0, VIRTUAL_FROM).map((_, i) => rowFor(i))}>
        <VirtualRows
          count={rows.length}
          scroller={scroller}
          estimate={phone ? 72 + columns.length * 62 : 52}
          keyOf={(i) => keys.keys[i] ?? i}
          renderRow={rowFor}
          spacer={spacer}
        />
      </Suspense>
    ) : (
      rows.map((_, i) => rowFor(i))
    );

  const sumText = (key: string) => {
    const total = sums.get(key);
    const col = columns.find((c) => c.key === key);
    if (total === undefined || !col) return '';
    return col.widget === 'money'
      ? formatMoney(total, lang, col.currency, col.precision ?? 2)
      : formatNumber(total, lang, col.precision);
  };
  const totals = (field.sumColumns ?? []).length > 0 && rows.length > 0;

  return (
    <div
      id={`${id}-table`}
      className={`signoff-table${invalid ? ' signoff-table-invalid' : ''}`}
      aria-describedby={describedBy}
    >
      {rows.length === 0 && (
        <div className="signoff-muted signoff-table-empty">{t('renderer.table.noRows')}</div>
      )}
      {rows.length > 0 && (
        <div
          ref={scroller}
          className={virtual ? 'signoff-table-scroll' : undefined}
          data-testid={`${id}-scroll`}
        >
          {phone ? (
            <div className="signoff-row-cards">
              {body((height, where) => (
                <div key={where} style={{ height }} aria-hidden="true" />
              ))}
            </div>
          ) : (
            <table className="signoff-table-grid" aria-labelledby={`${id}-label`}>
              <thead>
                <tr>
                  <th scope="col" className="signoff-table-index">
                    #
                  </th>
                  {columns.map((c) => (
                    <th scope="col" key={c.key}>
                      {c.required && !c.readOnly && c.widget !== 'computed' && (
                        <span className="signoff-required" aria-hidden="true">
                          *
                        </span>
                      )}
                      {pickText(c.label, lang)}
                    </th>
                  ))}
                  {!disabled && (
                    <th
                      scope="col"
                      className="signoff-table-actions"
                      aria-label={t('renderer.table.actions')}
                    />
                  )}
                </tr>
              </thead>
              <tbody>
                {body((height, where) => (
                  <tr key={where} style={{ height }} aria-hidden="true" />
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {totals && (
        <div className="signoff-table-sums" data-testid={`${id}-sums`}>
          <strong>{t('renderer.table.sum')}</strong>
          {(field.sumColumns ?? []).map((key) => (
            <span key={key} data-testid={`${id}-sum-${key}`}>
              {pickText(columns.find((c) => c.key === key)?.label, lang)}
              {lang === 'zh' ? '：' : ': '}
              {sumText(key)}
            </span>
          ))}
          <span className="signoff-muted">{t('renderer.table.rowCount', { count: rows.length })}</span>
        </div>
      )}
      {!disabled && (
        <Button
          id={id}
          icon={<PlusOutlined />}
          onClick={onAdd}
          disabled={maxRows !== undefined && rows.length >= maxRows}
          className="signoff-table-add"
        >
          {t('renderer.table.addRow')}
          {maxRows !== undefined && rows.length >= maxRows
            ? ` (${t('renderer.table.maxRows', { max: maxRows })})`
            : ''}
        </Button>
      )}
    </div>
  );
}
