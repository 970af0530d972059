import type { FormField, FormModel } from '@signoff/schema';
import { isObj } from './json-data.js';

/**
 * A field's address: its key at the top level, `table.column` for a column of a detail table —
 * the way `validateModel` and `diffForms` name fields, so a problem or a change leads straight to it.
 */
export type FieldPath = string;

/**
 * Where a field goes: the form's own list, or the columns of the table named. `index` is the
 * position the field has there afterwards (dnd-kit's `arrayMove` convention: drop on the item now
 * at 2 and you are at 2); absent or past the end means the end.
 */
export interface Place {
  table?: string;
  index?: number;
}

export const fieldPath = (key: string, table?: string): FieldPath =>
  table === undefined ? key : `${table}.${key}`;

/** A model entry the commands can work with; anything else in `fields` (imported junk) is left alone. */
export const isField = (v: unknown): v is FormField => isObj(v) && typeof v.key === 'string';

/** The model's list, or an empty one when it has none (a model from JSON may be anything). */
export const fieldsOf = (model: FormModel): readonly FormField[] =>
  Array.isArray(model.fields) ? model.fields : [];

/** A table's columns, or none when the table has no list. */
export const columnsOf = (table: FormField): readonly FormField[] =>
  Array.isArray(table.columns) ? table.columns : [];

export const indexOfKey = (list: readonly unknown[], key: string): number =>
  list.findIndex((f) => isField(f) && f.key === key);

export interface Located {
  field: FormField;
  /** index in its list */
  index: number;
  path: FieldPath;
  /** the table a column belongs to, and where that table is */
  table?: { field: FormField; index: number };
}

/** Finds the field a path names; the first one when an imported model repeats a key. */
export function locate(model: FormModel, path: unknown): Located | undefined {
  if (typeof path !== 'string') return undefined;
  const fields = fieldsOf(model);
  const top = indexOfKey(fields, path);
  if (top >= 0) return { field: fields[top] as FormField, index: top, path };
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  const tableIndex = indexOfKey(fields, path.slice(0, dot));
  const table = fields[tableIndex];
  if (!table || table.type !== 'table') return undefined;
  const columns = columnsOf(table);
  const index = indexOfKey(columns, path.slice(dot + 1));
  if (index < 0) return undefined;
  return { field: columns[index] as FormField, index, path, table: { field: table, index: tableIndex } };
}

/** Every field of the model by path, columns included. */
export function fieldsByPath(model: FormModel): Map<FieldPath, FormField> {
  const out = new Map<FieldPath, FormField>();
  for (const f of fieldsOf(model)) {
    if (!isField(f) || out.has(f.key)) continue;
    out.set(f.key, f);
    if (f.type === 'table') for (const c of columnsOf(f)) if (isField(c)) out.set(fieldPath(c.key, f.key), c);
  }
  return out;
}
