/**
 * Any value as text for a message. `String(v)` throws on an object whose `toString` is not a
 * function, which JSON can produce (`{"toString": 0}`), and messages must never throw.
 */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** A value as JSON text (strings quoted), for literals in expressions; never throws. */
export function showJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? showValue(v);
  } catch {
    return showValue(v);
  }
}
