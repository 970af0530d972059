import { memo } from 'react';
import { fieldPath, type FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { DragHandle, FieldTitle } from './field-row-parts';

type Send = (action: DesignerAction) => void;

const ColumnChip = memo(function ColumnChip(p: {
  column: FormField;
  path: FieldPath;
  selected: boolean;
  send: Send;
}) {
  const { pick } = useLang();
  return (
    <div
      className={`fd-column${p.selected ? ' fd-selected' : ''}`}
      data-testid={`canvas-field-${p.path}`}
      data-selected={p.selected || undefined}
      onClick={(e) => {
        e.stopPropagation();
        p.send({ type: 'select', field: p.path });
      }}
    >
      <DragHandle label={pick(p.column.label)} path={p.path} />
      <FieldTitle field={p.column} path={p.path} send={p.send} />
    </div>
  );
});

/**
 * A detail table's columns, reorderable, with a zone at the end that says new columns may be
 * dropped here; where a drop lands is worked out from the measured chips (canvas-layout.ts).
 */
export function TableColumns({
  table,
  selected,
  send,
}: {
  table: FormField;
  selected: FieldPath | null;
  send: Send;
}) {
  const { t } = useTranslation();
  const columns = table.columns ?? [];
  return (
    <div className="fd-columns">
      {columns.map((c) => {
        const path = fieldPath(c.key, table.key);
        return <ColumnChip key={c.key} column={c} path={path} selected={selected === path} send={send} />;
      })}
      <div className="fd-column-zone" data-testid={`table-zone-${table.key}`}>
        {columns.length === 0
          ? t('designerPage.canvas.columnsEmpty')
          : t('designerPage.canvas.columnDropHere')}
      </div>
    </div>
  );
}
