import { isObj } from './clean-value';

const sameRow = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (!isObj(a) || !isObj(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
};

/**
 * Table rows after their computed columns were worked out, keeping every row object (and the list)
 * that did not change, so memoized rows skip rendering and the store sees no change at all.
 */
export function mergeRows(before: unknown, after: unknown): unknown {
  if (!Array.isArray(after) || !Array.isArray(before)) return after ?? before;
  let same = before.length === after.length;
  const merged = (after as unknown[]).map((row, i) => {
    const old: unknown = (before as unknown[])[i];
    if (sameRow(old, row)) return old;
    same = false;
    return row;
  });
  return same ? before : merged;
}
