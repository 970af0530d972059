import { flushSync } from 'react-dom';

// the renderers on the page that have not drawn every field yet (they draw a long form in sections)
const revealers = new Set<() => void>();

/** A renderer drawing in sections registers how to draw all its fields at once; answers the unregister. */
export function registerRevealer(revealAll: () => void): () => void {
  revealers.add(revealAll);
  return () => revealers.delete(revealAll);
}

/**
 * Brings a field into view and puts the cursor in it (the first field with an error, after a
 * refused submit). A field whose section is not drawn yet is drawn first, at once. A table goes to
 * its first cell with an error when that row is drawn.
 */
export function focusField(key: string): void {
  let shell = document.getElementById(`field-${key}`);
  if (!shell && revealers.size > 0) {
    flushSync(() => revealers.forEach((reveal) => reveal()));
    shell = document.getElementById(`field-${key}`);
  }
  if (!shell) return;
  shell.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const target =
    shell.querySelector<HTMLElement>('[aria-invalid="true"]:not([role="group"]):not([role="radiogroup"])') ??
    shell.querySelector<HTMLElement>(
      'input:not([type="file"]):not([disabled]), textarea:not([disabled]), button:not([disabled])',
    );
  target?.focus({ preventScroll: true });
}
