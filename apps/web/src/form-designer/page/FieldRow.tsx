import { memo, type ReactNode } from 'react';
import { Button } from 'antd';
import type { FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { changeCommand } from './field-command';
import { DragHandle, FieldTitle, useFieldDrag } from './field-row-parts';
import { FieldLookalike } from './FieldLookalike';
import { TableColumns } from './TableColumns';

export interface FieldRowProps {
  field: FormField;
  path: FieldPath;
  /** the selected path when it is this field or one of its columns, else null: other rows skip re-rendering */
  selected: FieldPath | null;
  send: (action: DesignerAction) => void;
}

function RowActions({ field, path, send }: Omit<FieldRowProps, 'selected'>) {
  const { t } = useTranslation();
  const half = field.width !== undefined && field.width < 24;
  const isColumn = path.includes('.');
  return (
    <div className="fd-row-actions" onClick={(e) => e.stopPropagation()}>
      {!isColumn && (
        <Button
          size="small"
          data-testid="field-width"
          onClick={() =>
            send({ type: 'command', command: changeCommand(path, field, { width: half ? undefined : 12 }) })
          }
        >
          {half ? t('designerPage.canvas.widthFull') : t('designerPage.canvas.widthHalf')}
        </Button>
      )}
      <Button
        size="small"
        data-testid="field-duplicate"
        onClick={() => send({ type: 'command', command: { type: 'duplicateField', field: path } })}
      >
        {t('designerPage.canvas.duplicate')}
      </Button>
      <Button
        size="small"
        danger
        data-testid="field-remove"
        onClick={() => send({ type: 'command', command: { type: 'removeField', field: path } })}
      >
        {t('designerPage.canvas.remove')}
      </Button>
    </div>
  );
}

/** The look-alike of the field (or a table's columns): memoized, so a row whose field did not change skips it. */
const RowBody = memo(function RowBody({ field, selected, send }: Omit<FieldRowProps, 'path'>) {
  const body: ReactNode =
    field.type === 'table' ? (
      <TableColumns table={field} selected={selected} send={send} />
    ) : (
      <FieldLookalike field={field} />
    );
  return <div className="fd-row-body">{body}</div>;
});

const Title = memo(FieldTitle);

/**
 * A field on the canvas. dnd-kit's sortable context changes on every render of the canvas, which
 * re-renders every row's shell (the drag handle and its position) past `memo`; the shell is kept to a
 * div and a button, and the row's content skips re-rendering unless its field or selection changed.
 */
export const FieldRow = memo(function FieldRow({ field, path, selected, send }: FieldRowProps) {
  const { pick } = useLang();
  const drag = useFieldDrag(path);
  const isSelected = selected === path;
  const half = field.width !== undefined && field.width < 24;
  return (
    <div
      ref={drag.setNodeRef}
      style={drag.style}
      className={`fd-row${isSelected ? ' fd-selected' : ''}${half ? ' fd-half' : ''}${drag.isDragging ? ' fd-dragging' : ''}${drag.isOver ? ' fd-over' : ''}`}
      data-testid={`canvas-field-${path}`}
      data-selected={isSelected || undefined}
      onClick={(e) => {
        // the canvas behind clears the selection on a click; a click on a field selects it
        e.stopPropagation();
        send({ type: 'select', field: path });
      }}
    >
      <div className="fd-row-head">
        <DragHandle label={pick(field.label)} drag={drag} />
        <Title field={field} path={path} send={send} />
      </div>
      <RowBody field={field} selected={selected} send={send} />
      {isSelected && <RowActions field={field} path={path} send={send} />}
    </div>
  );
});
