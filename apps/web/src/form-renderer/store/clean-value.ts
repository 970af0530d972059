type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a person reads as "not filled in": nothing, an empty or blank text, an empty list. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'number') return Number.isNaN(v);
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/**
 * A value as it is sent: text trimmed, blanks left out (so an optional field is absent rather than
 * `""` or `null`), table rows cleaned cell by cell. Rows themselves stay, even empty ones, so that
 * an error on `items[2]` still names the third row the person sees.
 */
export function cleanValue(v: unknown): unknown {
  if (isBlank(v)) return undefined;
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return (v as unknown[]).map((item) => (isObj(item) ? cleanRow(item) : item));
  return v;
}

export function cleanRow(row: Obj): Obj {
  const out: Obj = {};
  for (const [k, cell] of Object.entries(row)) {
    const c = cleanValue(cell);
    if (c !== undefined) out[k] = c;
  }
  return out;
}
