import { memo } from 'react';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { JsonSchema, Localized, UiColumn } from '@signoff/schema';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../i18n/i18n';
import { TableCell } from './TableCell';
import type { Row } from './table-rows';

export interface RowProps {
  row: Row;
  index: number;
  columns: readonly UiColumn[];
  columnSchemas: Readonly<Record<string, JsonSchema>>;
  tableId: string;
  errors: Readonly<Record<string, Localized>>;
  isFirst: boolean;
  isLast: boolean;
  canRemove: boolean;
  onCell: (row: number, column: string, value: unknown) => void;
  onRemove: (row: number) => void;
  onMove: (from: number, to: number) => void;
  onBlur: () => void;
  disabled: boolean;
  lang: Lang;
  t: TFunction;
  /** phones: a card with labelled fields; desktop: a table row */
  card: boolean;
}

function RowActions({ index, isFirst, isLast, canRemove, onRemove, onMove, t }: Pick<RowProps, 'index' | 'isFirst' | 'isLast' | 'canRemove' | 'onRemove' | 'onMove' | 't'>) {
  const n = index + 1;
  return (
    <span className="signoff-row-actions">
      <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={isFirst} onClick={() => onMove(index, index - 1)} aria-label={t('renderer.table.moveUp', { n })} />
      <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={isLast} onClick={() => onMove(index, index + 1)} aria-label={t('renderer.table.moveDown', { n })} />
      <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={!canRemove} onClick={() => onRemove(index)} aria-label={t('renderer.table.removeRow', { n })} />
    </span>
  );
}

/**
 * One row, drawn again only when its own values, errors or position change: typing in one cell
 * of a 50-row table renders that row alone.
 */
export const TableRow = memo(function TableRow(props: RowProps) {
  const { row, index, columns, columnSchemas, tableId, errors, onCell, onBlur, disabled, lang, t, card } = props;
  const rowLabel = t('renderer.table.row', { n: index + 1 });
  const cells = columns.map((c) => (
    <TableCell
      key={c.key}
      column={c}
      schema={columnSchemas[c.key]}
      value={row[c.key]}
      row={index}
      tableId={tableId}
      error={errors[c.key]}
      onCell={onCell}
      onBlur={onBlur}
      disabled={disabled}
      lang={lang}
      showLabel={card}
      rowLabel={rowLabel}
    />
  ));
  if (card) {
    return (
      <section className="signoff-row-card" aria-label={rowLabel} data-testid={`${tableId}-row`} data-index={index}>
        <header className="signoff-row-card-head">
          <strong>{rowLabel}</strong>
          {!disabled && <RowActions {...props} />}
        </header>
        {cells}
      </section>
    );
  }
  return (
    <tr className="signoff-table-row" data-testid={`${tableId}-row`} data-index={index}>
      <th scope="row" className="signoff-table-index">
        {index + 1}
      </th>
      {cells.map((cell, i) => (
        <td key={columns[i]?.key}>{cell}</td>
      ))}
      {!disabled && (
        <td className="signoff-table-actions">
          <RowActions {...props} />
        </td>
      )}
    </tr>
  );
});
