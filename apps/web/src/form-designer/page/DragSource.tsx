import { useLayoutEffect, useRef, useState, type MutableRefObject, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useDraggable } from '@dnd-kit/core';
import type { BeginDrag } from './designer-drag';

interface Armed {
  id: string;
  node: HTMLElement;
  activator: HTMLElement;
}

const IDLE = 'idle';

/**
 * The designer's one `useDraggable`, lent to whichever handle is pressed. A draggable per row
 * re-renders every row whenever a drag starts or ends (each reads dnd-kit's context); this one
 * component is all that does. On a press it takes the handle's id and box (one synchronous render
 * of itself, so dnd-kit knows the draggable before its sensor looks), then passes the event on to
 * dnd-kit's own listener, so the pointer and keyboard sensors work as on any draggable.
 */
export function DragSource({ beginRef }: { beginRef: MutableRefObject<BeginDrag | null> }) {
  const [armed, setArmed] = useState<Armed | null>(null);
  const drag = useDraggable({ id: armed?.id ?? IDLE, disabled: armed === null });
  const latest = useRef({ drag, armed });
  useLayoutEffect(() => {
    latest.current = { drag, armed };
    drag.setNodeRef(armed?.node ?? null);
    drag.setActivatorNodeRef(armed?.activator ?? null);
  });
  useLayoutEffect(() => {
    beginRef.current = (event, id, node) => {
      const activator = event.currentTarget;
      const was = latest.current.armed;
      if (was?.id !== id || was.node !== node || was.activator !== activator)
        flushSync(() => setArmed({ id, node, activator }));
      const listeners = latest.current.drag.listeners;
      const listener = listeners?.[event.type === 'keydown' ? 'onKeyDown' : 'onPointerDown'] as
        ((e: SyntheticEvent) => void) | undefined;
      listener?.(event);
    };
    return () => {
      beginRef.current = null;
    };
  }, [beginRef]);
  return null;
}
