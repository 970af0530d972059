import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { fieldPath, type FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { fieldId, tableZoneId } from './drop-target';
import { DragHandle, FieldTitle, useFieldDrag } from './field-row-parts';

type Send = (action: DesignerAction) => void;

const ColumnChip = memo(function ColumnChip(p: {
  column: FormField;
  path: FieldPath;
  selected: boolean;
  send: Send;
}) {
  const { pick } = useLang();
  const drag = useFieldDrag(p.path);
  return (
    <div
      ref={drag.setNodeRef}
      style={drag.style}
      className={`fd-column${p.selected ? ' fd-selected' : ''}${drag.isOver ? ' fd-over' : ''}`}
      data-testid={`canvas-field-${p.path}`}
      data-selected={p.selected || undefined}
      onClick={(e) => {
        e.stopPropagation();
        p.send({ type: 'select', field: p.path });
      }}
    >
      <DragHandle label={pick(p.column.label)} drag={drag} />
      <FieldTitle field={p.column} path={p.path} send={p.send} />
    </div>
  );
});

/** A detail table's columns, reorderable, with a zone at the end to drop new columns on. */
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
  const zone = useDroppable({ id: tableZoneId(table.key) });
  const ids = columns.map((c) => fieldId(fieldPath(c.key, table.key)));
  return (
    <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
      <div className="fd-columns">
        {columns.map((c) => {
          const path = fieldPath(c.key, table.key);
          return <ColumnChip key={c.key} column={c} path={path} selected={selected === path} send={send} />;
        })}
        <div
          ref={zone.setNodeRef}
          className={`fd-column-zone${zone.isOver ? ' fd-over' : ''}`}
          data-testid={`table-zone-${table.key}`}
        >
          {columns.length === 0
            ? t('designerPage.canvas.columnsEmpty')
            : t('designerPage.canvas.columnDropHere')}
        </div>
      </div>
    </SortableContext>
  );
}
