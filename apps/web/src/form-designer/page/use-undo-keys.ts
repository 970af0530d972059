import { useEffect } from 'react';
import type { DesignerAction } from './designer-state';

/** Whether the key press is meant for a text box: there the browser's own undo of the typing applies. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // Monaco (the JSON view) takes its typing through a plain element (EditContext), not a text box
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/** What Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y mean outside a text box; null for any other key. */
export function undoKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? ('redo' as const) : ('undo' as const);
  if (key === 'y' && !e.shiftKey) return 'redo' as const;
  return null;
}

export function useUndoKeys(send: (action: DesignerAction) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const action = undoKeyAction(e);
      if (!action || isTextEntry(e.target)) return;
      e.preventDefault();
      send({ type: action });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send, enabled]);
}
