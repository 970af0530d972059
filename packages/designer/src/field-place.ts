/** Where a command puts fields: the form's list or a table's columns, and what a column may not be. */
import type { FormField, FormModel } from '@signoff/schema';
import { refuse, type CommandProblem } from './command-problem.js';
import { columnsOf, fieldPath, fieldsOf, indexOfKey, isField, type FieldPath } from './field-path.js';
import { labelOf } from './field-label.js';
import { isObj } from './json-data.js';
import { clampIndex, insertAt, replaceAt, withColumns, withFields } from './model-edit.js';

export interface Target {
  /** the table's key; undefined for the form's own list */
  table?: string;
  tableIndex: number;
  list: readonly FormField[];
  /** the position asked for, not yet clamped */
  index?: number;
}

export const isProblem = (v: Target | CommandProblem): v is CommandProblem => 'code' in v;

/** Reads a `Place`, which may be anything a caller sent. */
export function resolvePlace(model: FormModel, at: unknown): Target | CommandProblem {
  if (at === undefined) return { tableIndex: -1, list: fieldsOf(model) };
  if (!isObj(at)) return refuse.invalidPlace(at);
  const { table, index } = at;
  if (index !== undefined && !(typeof index === 'number' && Number.isInteger(index) && index >= 0)) {
    return refuse.invalidPlace(index);
  }
  const withIndex = index === undefined ? {} : { index };
  if (table === undefined) return { tableIndex: -1, list: fieldsOf(model), ...withIndex };
  if (typeof table !== 'string') return refuse.unknownTable(table);
  const fields = fieldsOf(model);
  const tableIndex = indexOfKey(fields, table);
  const t = fields[tableIndex];
  if (!t) return refuse.unknownTable(table);
  if (t.type !== 'table') return refuse.notATable(table);
  return { table, tableIndex, list: columnsOf(t), ...withIndex };
}

/** Why a field cannot be a table column, if it cannot. */
export function columnProblem(field: FormField, path?: FieldPath): CommandProblem | undefined {
  if (field.type === 'table') return refuse.tableInTable(path);
  if (field.type === 'serialNumber') return refuse.serialNumberInTable(path);
  if (field.visibleWhen !== undefined) return refuse.ruleInTable(labelOf(field), path);
  return undefined;
}

/** The model with `list` as the target's list (the form's fields or the table's columns). */
export function withList(model: FormModel, target: Target, list: FormField[]): FormModel {
  const fields = fieldsOf(model);
  if (target.table === undefined) return withFields(model, list);
  const table = fields[target.tableIndex] as FormField;
  return withFields(model, replaceAt(fields, target.tableIndex, withColumns(table, list)));
}

/** Inserts fields at the target; returns the model, the paths of the new fields and the table changed, if any. */
export function insertFields(
  model: FormModel,
  target: Target,
  items: FormField[],
): { model: FormModel; paths: FieldPath[]; index: number } {
  const index = clampIndex(target.index, target.list.length);
  const next = withList(model, target, insertAt(target.list, index, ...items));
  return { model: next, paths: items.map((f) => fieldPath(f.key, target.table)), index };
}

/**
 * The field a key landing at the target must not repeat: one of the list's own, and for a column
 * also a top-level field, since a column's formulas read their row first and would start reading
 * the newcomer instead of the form's field. `except` is the field being moved there.
 */
export function holderAt(
  model: FormModel,
  target: Target,
  key: string,
  except?: FormField,
): FormField | undefined {
  const find = (list: readonly unknown[]) =>
    list.find((f): f is FormField => isField(f) && f.key === key && f !== except);
  return find(target.list) ?? (target.table === undefined ? undefined : find(fieldsOf(model)));
}

/** Every key `holderAt` would refuse at the target. */
export function keysAt(model: FormModel, target: Target): Set<string> {
  const out = new Set<string>();
  for (const f of target.list) if (isField(f)) out.add(f.key);
  if (target.table !== undefined) for (const f of fieldsOf(model)) if (isField(f)) out.add(f.key);
  return out;
}
