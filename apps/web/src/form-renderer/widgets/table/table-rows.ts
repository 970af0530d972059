import { roundHalfAway, type JsonSchema, type UiColumn } from '@signoff/schema';

export type Row = Record<string, unknown>;

/** A new row with the columns' defaults, as a freshly opened form has its fields' defaults. */
export function emptyRow(schema: JsonSchema | undefined): Row {
  const row: Row = {};
  for (const [key, col] of Object.entries(schema?.items?.properties ?? {})) if (col.default !== undefined) row[key] = col.default;
  return row;
}

/**
 * The rows a new form's table opens with: `minRows` empty ones, so the person sees where to type
 * instead of a "no rows" notice and an add button they must find first. None without a minimum.
 */
export function startingRows(minRows: number | undefined, schema: JsonSchema | undefined): Row[] | undefined {
  const count = Math.min(Math.floor(minRows ?? 0), schema?.maxItems ?? Number.POSITIVE_INFINITY);
  return count > 0 ? Array.from({ length: count }, () => emptyRow(schema)) : undefined;
}

export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length || from === to) return [...rows];
  const out = [...rows];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved as T);
  return out;
}

export function setCell(rows: readonly Row[], index: number, column: string, value: unknown): Row[] {
  const out = [...rows];
  const row = { ...(out[index] ?? {}) };
  if (value === undefined) delete row[column];
  else row[column] = value;
  out[index] = row;
  return out;
}

/** Totals of the `sumColumns`, rounded to each column's decimals so 0.1 + 0.2 shows 0.3. */
export function columnSums(rows: readonly Row[], columns: readonly UiColumn[], sumColumns: readonly string[] | undefined): Map<string, number> {
  const sums = new Map<string, number>();
  for (const key of sumColumns ?? []) {
    const col = columns.find((c) => c.key === key);
    let total = 0;
    for (const row of rows) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v)) total += v;
    }
    sums.set(key, roundHalfAway(total, col?.precision ?? 2));
  }
  return sums;
}

/** `{ '3.amount': m }` → one record per row, the same empty record for rows without errors (so memoized rows skip). */
export function errorsByRow<E>(cellErrors: Readonly<Record<string, E>> | undefined, count: number): readonly Readonly<Record<string, E>>[] {
  const none: Readonly<Record<string, E>> = EMPTY;
  const out: Record<string, E>[] = [];
  for (const [id, e] of Object.entries(cellErrors ?? {})) {
    const dot = id.indexOf('.');
    const row = Number(id.slice(0, dot));
    if (!Number.isInteger(row) || row < 0 || row >= count) continue;
    (out[row] ??= {})[id.slice(dot + 1)] = e;
  }
  return Array.from({ length: count }, (_, i) => out[i] ?? none);
}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});
