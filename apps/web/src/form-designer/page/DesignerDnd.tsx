import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { FIELD_TYPE_NAMES, locate } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { dropCommand, END_ZONE, subjectOf } from './drop-target';

// Enter is left to buttons (a palette entry appends on Enter, as on a click); space picks up
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
// module constants: useSensor memoizes on the options object, and a new one per render gives
// DndContext new sensors, new activators and so a new context — every row on the canvas re-renders
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES };

/**
 * The drag-and-drop context around the palette and the canvas: pointer and keyboard sensors, the
 * drop turned into one core command, and what a screen reader hears, in the page's language.
 */
export function DesignerDnd({
  model,
  send,
  children,
}: {
  model: FormModel;
  send: (action: DesignerAction) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [active, setActive] = useState<UniqueIdentifier | null>(null);
  const sensors = useSensors(
    // a few pixels before a drag starts, so a click on a palette entry still appends it
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const nameOf = (id: UniqueIdentifier): string => {
    const s = String(id);
    if (s === END_ZONE) return t('designerPage.dnd.canvasEnd');
    if (s.startsWith('t:')) {
      const table = locate(model, s.slice(2));
      return t('designerPage.dnd.tableEnd', { table: table ? pick(table.field.label) : s.slice(2) });
    }
    const subject = subjectOf(id);
    if (subject?.kind === 'palette') return pick(FIELD_TYPE_NAMES[subject.fieldType]);
    const at = subject ? locate(model, subject.path) : undefined;
    return at ? pick(at.field.label) : s;
  };

  // The handlers read the latest model through a ref and keep their identity: new props on every
  // keystroke would rebuild dnd-kit's context, and with it re-render every row on the canvas.
  const latest = useRef({ model, send, nameOf });
  latest.current = { model, send, nameOf };
  const announcements = useMemo<Announcements>(() => {
    const name = (id: UniqueIdentifier) => latest.current.nameOf(id);
    return {
      onDragStart: ({ active: a }) => t('designerPage.dnd.start', { item: name(a.id) }),
      onDragOver: ({ active: a, over }) =>
        over
          ? t('designerPage.dnd.over', { item: name(a.id), target: name(over.id) })
          : t('designerPage.dnd.overNone', { item: name(a.id) }),
      onDragEnd: ({ active: a, over }) =>
        over
          ? t('designerPage.dnd.end', { item: name(a.id), target: name(over.id) })
          : t('designerPage.dnd.endNone', { item: name(a.id) }),
      onDragCancel: ({ active: a }) => t('designerPage.dnd.cancel', { item: name(a.id) }),
    };
  }, [t]);
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('designerPage.dnd.instructions') } }),
    [announcements, t],
  );

  const onDragStart = useCallback((e: DragStartEvent) => setActive(e.active.id), []);
  const onDragCancel = useCallback(() => setActive(null), []);
  const onDragEnd = useCallback((e: DragEndEvent) => {
    setActive(null);
    const command = dropCommand(latest.current.model, e.active.id, e.over?.id);
    if (command) latest.current.send({ type: 'command', command });
  }, []);

  const activeSubject = active === null ? null : subjectOf(active);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {activeSubject?.kind === 'palette' ? <div className="fd-overlay">{nameOf(active ?? '')}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
