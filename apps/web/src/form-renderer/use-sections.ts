import { useCallback, useEffect, useState } from 'react';

/**
 * How many fields the first render draws: more than any screen shows at once (a 1280×800 desktop
 * shows about a dozen, a phone six), so what a person sees first is drawn in the first frame.
 */
export const FIRST_SECTION = 24;
/** The fields each later step adds: a short task, so a tap or a key in between is not held up. */
export const SECTION = 48;

/** Runs `fn` once the frame now being prepared has been painted (a task queued from requestAnimationFrame). */
function afterPaint(fn: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const t = setTimeout(fn, 0);
    return () => clearTimeout(t);
  }
  let t: ReturnType<typeof setTimeout> | undefined;
  const raf = requestAnimationFrame(() => (t = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(raf);
    if (t !== undefined) clearTimeout(t);
  };
}

/**
 * The form's first screen first, the rest in sections after the first paint: a long form shows its
 * top as soon as a short one would, and the remaining fields join in short tasks (every field is in
 * the page a few frames later). Values, rules and validation live in the store, not in the drawn
 * fields, so checking or submitting does not wait for them. `revealAll` draws everything at once
 * (going to a field far down, e.g. the first error).
 */
export function useSections(total: number): { count: number; revealAll: () => void } {
  const [count, setCount] = useState(() => Math.min(total, FIRST_SECTION));
  useEffect(() => {
    if (count >= total) return;
    const grow = () => setCount((c) => Math.min(total, c + SECTION));
    // the first section waits for its paint; the next ones follow each other, one task each
    if (count <= FIRST_SECTION) return afterPaint(grow);
    const t = setTimeout(grow, 0);
    return () => clearTimeout(t);
  }, [count, total]);
  const revealAll = useCallback(() => setCount(total), [total]);
  return { count, revealAll };
}
