import { useSyncExternalStore } from 'react';
import type { DragSession } from './drag-session';

/** The blue line where a dragged field would go (as DingTalk draws it); the only thing a drag step re-renders. */
export function DropLine({ session }: { session: DragSession }) {
  const { line } = useSyncExternalStore(session.subscribe, session.getView);
  if (!line) return null;
  return (
    <div
      className="fd-drop-line"
      aria-hidden="true"
      style={{ left: line.left, top: line.top, width: line.width, height: line.height }}
    />
  );
}
