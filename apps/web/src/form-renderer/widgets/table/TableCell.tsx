import { Suspense } from 'react';
import type { JsonSchema, Localized, UiColumn } from '@signoff/schema';
import type { Lang } from '../../../i18n/i18n';
import { pickText } from '../../localized';
import { CELL_WIDGETS } from '../cell-widgets';

export interface TableCellProps {
  column: UiColumn;
  schema: JsonSchema | undefined;
  value: unknown;
  row: number;
  tableId: string;
  error: Localized | undefined;
  onCell: (row: number, column: string, value: unknown) => void;
  onBlur: () => void;
  disabled: boolean;
  lang: Lang;
  /** the label is drawn (phone cards) or only read out (desktop, where the column header shows it) */
  showLabel: boolean;
  rowLabel: string;
}

export const cellDomId = (tableId: string, row: number, column: string): string =>
  `${tableId}-${row}-${column}`;

/** One cell: the column's widget, named for screen readers by column and row, with its own error under it. */
export function TableCell({
  column,
  schema,
  value,
  row,
  tableId,
  error,
  onCell,
  onBlur,
  disabled,
  lang,
  showLabel,
  rowLabel,
}: TableCellProps) {
  const Widget = CELL_WIDGETS[column.widget];
  const id = cellDomId(tableId, row, column.key);
  const label = pickText(column.label, lang);
  const readOnly = column.readOnly === true || column.widget === 'computed';
  return (
    <div className="signoff-cell">
      <label htmlFor={id} id={`${id}-label`} className={showLabel ? 'signoff-cell-label' : 'signoff-sr-only'}>
        {showLabel && column.required && !readOnly && (
          <span className="signoff-required" aria-hidden="true">
            *
          </span>
        )}
        {showLabel ? label : `${label} · ${rowLabel}`}
      </label>
      {Widget && (
        <Suspense fallback={<div className="signoff-widget-loading" aria-busy="true" />}>
          <Widget
            id={id}
            value={value}
            onChange={(v) => onCell(row, column.key, v)}
            onBlur={onBlur}
            field={column}
            schema={schema}
            lang={lang}
            disabled={disabled || readOnly}
            invalid={error !== undefined}
            required={column.required === true && !readOnly}
            describedBy={error ? `${id}-error` : undefined}
          />
        </Suspense>
      )}
      {error && (
        <div className="signoff-cell-error" id={`${id}-error`} role="alert">
          {pickText(error, lang)}
        </div>
      )}
    </div>
  );
}
