import { memo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { FieldPath } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { useDesignerDrag } from './designer-drag';
import type { DesignerAction } from './designer-state';
import { DropLine } from './DropLine';
import { CANVAS_ZONE } from './drop-target';
import { FieldRow } from './FieldRow';

/** The selection as one row sees it: its own path or one of its columns, else null so the row skips re-rendering. */
const selectionFor = (key: string, selected: FieldPath | null): FieldPath | null =>
  selected !== null && (selected === key || selected.startsWith(`${key}.`)) ? selected : null;

/**
 * The sheet as dnd-kit's one drop target on the canvas: a pointer over it auto-scrolls the canvas
 * (a palette entry's own box is in the palette). It re-renders with every drag move, its children
 * do not: they are the same elements each time.
 */
function Sheet({ children }: { children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: CANVAS_ZONE });
  return (
    <div ref={setNodeRef} className="fd-sheet">
      {children}
    </div>
  );
}

export const Canvas = memo(function Canvas({
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
  const { session } = useDesignerDrag();
  return (
    <main
      className="fd-canvas"
      aria-label={pick(model.title)}
      onClick={() => send({ type: 'select', field: null })}
    >
      <Sheet>
        <h2 className="fd-sheet-title">{pick(model.title)}</h2>
        <div className="fd-rows" data-testid="designer-canvas" ref={session.setRows}>
          {model.fields.map((f) => (
            <FieldRow
              key={f.key}
              field={f}
              path={f.key}
              selected={selectionFor(f.key, selected)}
              send={send}
            />
          ))}
          <DropLine session={session} />
        </div>
        <div className="fd-end-zone" data-testid="canvas-end">
          {model.fields.length === 0 ? t('designerPage.canvas.empty') : t('designerPage.canvas.dropHere')}
        </div>
      </Sheet>
    </main>
  );
});
