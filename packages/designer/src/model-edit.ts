/** The immutable edits every command is made of: a new list, a new table, a new model, nothing else touched. */
import type { FormField, FormModel } from '@signoff/schema';

export function insertAt<T>(list: readonly T[], index: number, ...items: T[]): T[] {
  return [...list.slice(0, index), ...items, ...list.slice(index)];
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const out = list.slice();
  out[index] = item;
  return out;
}

export const withFields = (model: FormModel, fields: FormField[]): FormModel => ({ ...model, fields });

export const withColumns = (table: FormField, columns: FormField[]): FormField => ({ ...table, columns });

/**
 * The table once a column has left it: the column leaves its totals too, since nothing but the
 * table reads `sumColumns` and a stale entry would only be a problem for the designer to clear.
 */
export function withoutSumColumn(table: FormField, key: string): FormField {
  if (!Array.isArray(table.sumColumns) || !table.sumColumns.includes(key)) return table;
  const next: FormField = { ...table };
  const kept = table.sumColumns.filter((k) => k !== key);
  if (kept.length > 0) next.sumColumns = kept;
  else delete next.sumColumns;
  return next;
}

/** Clamps a wanted position into a list of `length` (past the end is the end). */
export const clampIndex = (index: number | undefined, length: number): number =>
  index === undefined ? length : Math.min(index, length);
