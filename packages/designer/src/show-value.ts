/** A value as a person reads it in a message: strings bare, anything else as short JSON. Total. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  try {
    const text = JSON.stringify(v) ?? typeof v;
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return typeof v;
  }
}
