import { useDroppable } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import type { FieldPath } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { END_ZONE, fieldId } from './drop-target';
import { FieldRow } from './FieldRow';

/** The selection as one row sees it: its own path or one of its columns, else null so the row skips re-rendering. */
const selectionFor = (key: string, selected: FieldPath | null): FieldPath | null =>
  selected !== null && (selected === key || selected.startsWith(`${key}.`)) ? selected : null;

export function Canvas({
  model,
  selected,
  send,
}: {
  model: FormModel;
  selected: FieldPath | null;
  send: (action: DesignerAction) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  // the same list while only a label changes: a new one makes dnd-kit re-render every row
  const keyList = model.fields.map((f) => f.key).join('\n');
  const ids = useMemo(() => (keyList === '' ? [] : keyList.split('\n').map(fieldId)), [keyList]);
  const end = useDroppable({ id: END_ZONE });
  return (
    <main
      className="fd-canvas"
      aria-label={pick(model.title)}
      onClick={() => send({ type: 'select', field: null })}
    >
      <div className="fd-sheet">
        <h2 className="fd-sheet-title">{pick(model.title)}</h2>
        <SortableContext items={ids} strategy={rectSortingStrategy}>
          <div className="fd-rows" data-testid="designer-canvas">
            {model.fields.map((f) => (
              <FieldRow
                key={f.key}
                field={f}
                path={f.key}
                selected={selectionFor(f.key, selected)}
                send={send}
              />
            ))}
          </div>
        </SortableContext>
        <div
          ref={end.setNodeRef}
          className={`fd-end-zone${end.isOver ? ' fd-over' : ''}`}
          data-testid="canvas-end"
        >
          {model.fields.length === 0 ? t('designerPage.canvas.empty') : t('designerPage.canvas.dropHere')}
        </div>
      </div>
    </main>
  );
}
