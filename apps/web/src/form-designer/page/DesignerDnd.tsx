import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { FIELD_TYPE_NAMES, locate } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { DesignerAction } from './designer-state';
import { DesignerDragContext, type BeginDrag, type DesignerDrag } from './designer-drag';
import { DragSession } from './drag-session';
import { DragSource } from './DragSource';
import { dropCommand, subjectOf, type Gap } from './drop-target';
import './drop.i18n';

// Enter is left to buttons (a palette entry appends on Enter, as on a click); space picks up
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
// module constant: useSensor memoizes on the options object, and a new one per render gives
// DndContext new sensors, new activators and so a new context
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const STEPS: Record<string, 1 | -1> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
/** dnd-kit gives its screen-reader instructions the DndContext's id; each handle points at them. */
const INSTRUCTIONS_ID = 'fd-drag-instructions';

/**
 * The drag-and-drop around the palette and the canvas: pointer and keyboard sensors, the drop
 * turned into one core command, and what a screen reader hears, in the page's language. The
 * canvas is one drop target; the gap a drop goes to comes from the DragSession (measured rows),
 * so nothing on the canvas re-renders while a field is carried over it but the drop line.
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
  // what the pointer carries, drawn beside it; a keyboard drag shows the drop line only
  const [carried, setCarried] = useState<string | null>(null);
  const [session] = useState(() => new DragSession());
  const live = useRef<HTMLDivElement>(null);
  const beginRef = useRef<BeginDrag | null>(null);
  const pressed = useRef<HTMLElement | null>(null);
  const ended = useRef<Gap | null>(null);

  // the arrow keys walk the gaps; dnd-kit is told nothing moved (no coordinates), as nothing does but the line
  const [keyboardOptions] = useState<KeyboardSensorOptions>(() => ({
    keyboardCodes: KEYBOARD_CODES,
    coordinateGetter: (event) => {
      const direction = STEPS[event.code];
      if (direction === undefined) return undefined;
      event.preventDefault();
      session.step(direction);
      return undefined;
    },
  }));
  const sensors = useSensors(
    // a few pixels before a drag starts, so a click on a palette entry still appends it
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const nameOf = (id: UniqueIdentifier): string => {
    const subject = subjectOf(id);
    if (subject?.kind === 'palette') return pick(FIELD_TYPE_NAMES[subject.fieldType]);
    const at = subject ? locate(model, subject.path) : undefined;
    return at ? pick(at.field.label) : String(id);
  };
  const placeOf = (gap: Gap): string => {
    if (gap.table === undefined) {
      const next = model.fields[gap.index];
      return next ? t('designerDrop.before', { target: pick(next.label) }) : t('designerDrop.formEnd');
    }
    const table = locate(model, gap.table)?.field;
    const next = table?.columns?.[gap.index];
    const name = table ? pick(table.label) : gap.table;
    return next
      ? t('designerDrop.tableBefore', { table: name, target: pick(next.label) })
      : t('designerDrop.tableEnd', { table: name });
  };

  // The handlers read the latest model through a ref and keep their identity: new props on every
  // keystroke would rebuild dnd-kit's context.
  const latest = useRef({ model, send, nameOf, placeOf });
  latest.current = { model, send, nameOf, placeOf };
  const announcements = useMemo<Announcements>(() => {
    const name = (id: UniqueIdentifier) => latest.current.nameOf(id);
    return {
      onDragStart: ({ active: a }) => t('designerPage.dnd.start', { item: name(a.id) }),
      // the gap changes are said through the live region below: dnd-kit sees no move on a keyboard step
      onDragOver: () => undefined,
      onDragEnd: ({ active: a }) =>
        ended.current
          ? t('designerDrop.done', { item: name(a.id), place: latest.current.placeOf(ended.current) })
          : t('designerPage.dnd.endNone', { item: name(a.id) }),
      onDragCancel: ({ active: a }) => t('designerPage.dnd.cancel', { item: name(a.id) }),
    };
  }, [t]);
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('designerPage.dnd.instructions') } }),
    [announcements, t],
  );

  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      const subject = subjectOf(e.active.id);
      if (!subject) return;
      const keyboard = e.activatorEvent instanceof KeyboardEvent;
      const item = latest.current.nameOf(e.active.id);
      session.start(latest.current.model, subject, {
        keyboard,
        node: pressed.current,
        onGap: (gap) => {
          if (!live.current) return;
          live.current.textContent = gap
            ? t('designerDrop.at', { item, place: latest.current.placeOf(gap) })
            : t('designerPage.dnd.overNone', { item });
        },
      });
      if (!keyboard) setCarried(item);
    },
    [session, t],
  );
  const onDragCancel = useCallback(() => {
    session.end();
    setCarried(null);
  }, [session]);
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const gap = session.end();
      setCarried(null);
      const command = dropCommand(latest.current.model, e.active.id, gap);
      ended.current = command ? gap : null;
      if (command) latest.current.send({ type: 'command', command });
    },
    [session],
  );

  const drag = useMemo<DesignerDrag>(
    () => ({
      session,
      describedBy: INSTRUCTIONS_ID,
      begin: (event, id, node) => {
        // only space starts a drag: other keys on a handle (Tab, Enter on a palette entry) stay theirs
        if ('code' in event && !KEYBOARD_CODES.start.includes(event.code)) return;
        pressed.current = node;
        beginRef.current?.(event, id, node);
      },
    }),
    [session],
  );

  return (
    <DndContext
      id={INSTRUCTIONS_ID}
      sensors={sensors}
      collisionDetection={pointerWithin}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <DragSource beginRef={beginRef} />
      <DesignerDragContext.Provider value={drag}>{children}</DesignerDragContext.Provider>
      <div ref={live} className="fd-sr-only" role="status" aria-live="assertive" aria-atomic="true" />
      <DragOverlay dropAnimation={null}>
        {carried !== null ? <div className="fd-overlay">{carried}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
