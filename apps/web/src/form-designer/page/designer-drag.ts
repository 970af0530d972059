import { createContext, useContext, type KeyboardEvent, type PointerEvent } from 'react';
import type { DragSession } from './drag-session';

/** A handle's pointerdown or keydown handed to dnd-kit: `id` the draggable, `node` the box that is dragged. */
export type BeginDrag = (
  event: PointerEvent<HTMLElement> | KeyboardEvent<HTMLElement>,
  id: string,
  node: HTMLElement,
) => void;

/**
 * What the palette's entries and the canvas's handles need from the drag-and-drop around them.
 * One value for the designer's whole life: reading it never re-renders a row.
 */
export interface DesignerDrag {
  begin: BeginDrag;
  session: DragSession;
  /** the id of dnd-kit's instructions for screen readers, for each handle's aria-describedby */
  describedBy: string;
}

export const DesignerDragContext = createContext<DesignerDrag | null>(null);

export function useDesignerDrag(): DesignerDrag {
  const drag = useContext(DesignerDragContext);
  if (!drag) throw new Error('a drag handle outside <DesignerDnd>');
  return drag;
}
