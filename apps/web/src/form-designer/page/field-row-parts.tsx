import type { CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { FIELD_TYPE_NAMES, type FieldPath } from '@signoff/designer';
import type { FormField } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { fieldId } from './drop-target';

/** The part a row and a column chip share: a handle to drag, a button to select, the label line. */
export function useFieldDrag(path: FieldPath) {
  const s = useSortable({ id: fieldId(path) });
  const style: CSSProperties = { transform: CSS.Translate.toString(s.transform), transition: s.transition };
  return { ...s, style };
}

export function DragHandle({ label, drag }: { label: string; drag: ReturnType<typeof useFieldDrag> }) {
  const { t } = useTranslation();
  return (
    // the native title rather than antd's Tooltip: every row's handle re-renders with the drag context
    <button
      type="button"
      className="fd-handle"
      ref={drag.setActivatorNodeRef}
      {...drag.attributes}
      {...drag.listeners}
      aria-label={t('designerPage.canvas.dragHandle', { label })}
      title={t('designerPage.canvas.dragHandle', { label })}
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
