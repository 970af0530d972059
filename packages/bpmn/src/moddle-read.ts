/*
 * Reading parsed moddle trees without trusting their shape: a file from another tool may lack
 * any property, so every step checks what it finds.
 */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

export const typeOf = (v: unknown): string | undefined =>
  isObj(v) && typeof v.$type === 'string' ? v.$type : undefined;

export const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** The extension elements of `type` under an element's `bpmn:extensionElements`. */
export function extensions(el: Obj, type: string): Obj[] {
  const ext = el.extensionElements;
  return isObj(ext) ? list(ext.values).filter((v) => typeOf(v) === type) : [];
}
