export type ToastKind = 'success' | 'error' | 'info' | 'warning';

export interface ToastOptions {
  /** seconds; antd's default (3) when absent */
  duration?: number;
}

/**
 * A short message at the top of the screen ("已提交", "请先改正标红的字段"). antd's message and
 * its notification machinery (≈10 kB gzip) load with the first toast rather than with every page:
 * most visits never show one before the person has moved on.
 */
let shown: Promise<void> = Promise.resolve();
let count = 0;

export function toast(kind: ToastKind, content: string, options: ToastOptions = {}): void {
  count += 1;
  shown = shown
    .then(() => import('./toast-host'))
    .then(({ showToast }) => showToast(kind, content, options))
    // a chunk that failed to load (offline) loses this message, not every later one
    .catch(() => undefined);
}

/** Resolves, with how many were ever asked for, once every toast asked for so far is on screen; tests wait for it before tearing down. */
export function toastsShown(): Promise<number> {
  return shown.then(() => count);
}
