import type { Localized } from '@signoff/schema';

/**
 * Copying and comparing the plain data a form model is made of. Total on any input: models and
 * clipboards come from JSON typed by people, so cycles, functions and absurd depth must not throw.
 */

/** Deeper than any real model (a formula is capped at 64 levels); deeper data is cut off, not followed. */
const MAX_DEPTH = 100;

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isLocalized = (v: unknown): v is Localized =>
  isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** A deep copy keeping only what JSON can hold (functions, symbols and `undefined` members are dropped). */
export function cloneJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, depth + 1) ?? null);
  if (!isObj(value)) return undefined;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    const c = cloneJson(v, depth + 1);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

/** Whether two values hold the same data; an object member set to `undefined` counts as absent. */
export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH)
    return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i], depth + 1));
  }
  const ka = Object.keys(a).filter((k) => (a as Obj)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Obj)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Obj)[k], (b as Obj)[k], depth + 1));
}
