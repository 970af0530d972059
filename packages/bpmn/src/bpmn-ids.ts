/*
 * BPMN ids are XML ids (NCNames) and unique across the whole file, while a route's node ids and
 * edge ids are free strings in two separate namespaces. The original ids travel in the Signoff
 * extension elements, so the BPMN ids only need to be valid, unique and recognisable.
 */

// moddle reads ids with /^[a-z_][\w-.]*$/i, stricter than XML's NCName (no CJK letters)
const NOT_NAME_CHARS = /[^A-Za-z0-9_.-]+/g;
const NAME_START = /^[A-Za-z_]/;

/** `raw` made an ASCII NCName: each run of other characters becomes one `_`; a bad first character gets a `_` in front. */
export function toNcName(raw: string): string {
  const cleaned = raw.replace(NOT_NAME_CHARS, '_');
  if (cleaned === '') return '_';
  return NAME_START.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** Hands out unique NCNames: the wanted name when free, else the name with `_2`, `_3`, … */
export function createIdAllocator(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = toNcName(wanted);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    return id;
  };
}
