import { memo, type ReactNode } from 'react';
import type { FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { changeCommand } from './field-command';
import { DragHandle, FieldTitle } from './field-row-parts';
import { FieldLookalike } from './FieldLookalike';
import { TableColumns } from './TableColumns';

export interface FieldRowProps {
  field: FormField;
  path: FieldPath;
  /** the selected path when it is this field or one of its columns, else null: other rows skip re-rendering */
  selected: FieldPath | null;
  send: (action: DesignerAction) => void;
}

/**
 * The selected row's buttons: plain ones, as they mount on every select (three antd Buttons were a
 * third of a select's own frame), given the width rather than the field so typing leaves them be.
 */
const RowActions = memo(function RowActions({
  path,
  type,
  half,
  send,
}: {
  path: FieldPath;
  type: FormField['type'];
  half: boolean;
  send: (action: DesignerAction) => void;
}) {
  const { t } = useTranslation();
  const isColumn = path.includes('.');
  return (
    <div className="fd-row-actions" onClick={(e) => e.stopPropagation()}>
      {!isColumn && (
        <button
          type="button"
          className="fd-row-action"
          data-testid="field-width"
          onClick={() =>
            send({
              type: 'command',
              command: changeCommand(path, { type } as FormField, { width: half ? undefined : 12 }),
            })
          }
        >
          {half ? t('designerPage.canvas.widthFull') : t('designerPage.canvas.widthHalf')}
        </button>
      )}
      <button
        type="button"
        className="fd-row-action"
        data-testid="field-duplicate"
        onClick={() => send({ type: 'command', command: { type: 'duplicateField', field: path } })}
      >
        {t('designerPage.canvas.duplicate')}
      </button>
      <button
        type="button"
        className="fd-row-action fd-danger"
        data-testid="field-remove"
        onClick={() => send({ type: 'command', command: { type: 'removeField', field: path } })}
      >
        {t('designerPage.canvas.remove')}
      </button>
    </div>
  );
});

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
 * A field on the canvas. It reads no drag context (its handle hands a press to the designer's one
 * draggable), so it re-renders only when its field or its selection changes; the title and the
 * drawing are memoized apart again, so selecting it redraws neither.
 */
export const FieldRow = memo(function FieldRow({ field, path, selected, send }: FieldRowProps) {
  const { pick } = useLang();
  const isSelected = selected === path;
  const half = field.width !== undefined && field.width < 24;
  return (
    <div
      className={`fd-row${isSelected ? ' fd-selected' : ''}${half ? ' fd-half' : ''}`}
      data-testid={`canvas-field-${path}`}
      data-selected={isSelected || undefined}
      onClick={(e) => {
        // the canvas behind clears the selection on a click; a click on a field selects it
        e.stopPropagation();
        send({ type: 'select', field: path });
      }}
    >
      <div className="fd-row-head">
        <DragHandle label={pick(field.label)} path={path} />
        <Title field={field} path={path} send={send} />
      </div>
      <RowBody field={field} selected={selected} send={send} />
      {isSelected && <RowActions path={path} type={field.type} half={half} send={send} />}
    </div>
  );
});
