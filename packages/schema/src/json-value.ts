/** Anything JSON can carry: form data, literals in conditions, defaults in schemas. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Whether a value survives a JSON round trip unchanged (finite numbers, plain data only). */
export function isJson(v: unknown): v is JsonValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJson);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every(isJson);
  return false;
}

export function cloneJson<T extends JsonValue>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** A deep copy of plain data (conditions, formulas), so compiled output never shares objects with the model. */
export function cloneData<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
