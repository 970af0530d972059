import type { KeyboardEvent, PointerEvent } from 'react';
import { FIELD_TYPE_NAMES, type FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { useDesignerDrag } from './designer-drag';
import type { DesignerAction } from './designer-state';
import { fieldId } from './drop-target';

/**
 * The handle a row or a column chip is dragged by. It subscribes to nothing of dnd-kit's: a press
 * is handed to the designer's one draggable (DragSource), so starting or ending a drag re-renders
 * no row. The box dragged is the row or chip the handle sits in.
 */
export function DragHandle({ label, path }: { label: string; path: FieldPath }) {
  const { t } = useTranslation();
  const drag = useDesignerDrag();
  const begin = (e: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    const box = e.currentTarget.closest<HTMLElement>('.fd-row, .fd-column');
    if (box) drag.begin(e, fieldId(path), box);
  };
  const name = t('designerPage.canvas.dragHandle', { label });
  return (
    // the native title rather than antd's Tooltip: 300 handles, each a Tooltip, cost a frame to mount
    <button
      type="button"
      className="fd-handle"
      aria-roledescription={t('designerDrop.roleDescription')}
      aria-describedby={drag.describedBy}
      aria-label={name}
      title={name}
      onPointerDown={begin}
      onKeyDown={begin}
    >
      ⠿
    </button>
  );
}

export function FieldTitle({
  field,
  path,
  send,
}: {
  field: FormField;
  path: FieldPath;
  send: (action: DesignerAction) => void;
}) {
  const { pick } = useLang();
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="fd-row-title"
      onClick={(e) => {
        e.stopPropagation();
        send({ type: 'select', field: path });
      }}
    >
      {field.required && (
        <span className="fd-required" aria-label={t('designerPage.canvas.required')}>
          *
        </span>
      )}
      <span className="fd-row-label">{pick(field.label)}</span>
      {/* a new field is named after its type; the type then needs no second mention */}
      {pick(FIELD_TYPE_NAMES[field.type]) !== pick(field.label) && (
        <span className="fd-row-type">{pick(FIELD_TYPE_NAMES[field.type])}</span>
      )}
    </button>
  );
}
