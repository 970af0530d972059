/**
 * Brings a field into view and puts the cursor in it (the first field with an error, after a
 * refused submit). A table goes to its first cell with an error when that row is drawn.
 */
export function focusField(key: string): void {
  const shell = document.getElementById(`field-${key}`);
  if (!shell) return;
  shell.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const target =
    shell.querySelector<HTMLElement>('[aria-invalid="true"]:not([role="group"]):not([role="radiogroup"])') ??
    shell.querySelector<HTMLElement>('input:not([type="file"]):not([disabled]), textarea:not([disabled]), button:not([disabled])');
  target?.focus({ preventScroll: true });
}
