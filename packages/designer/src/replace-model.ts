import type { FormField, FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused, unchanged } from './command-result.js';
import { columnsOf, fieldPath, fieldsOf, isField, type FieldPath } from './field-path.js';
import type { CommandResult, ReplaceModelCommand } from './form-command.js';
import { changes, type FieldMove } from './form-changes.js';
import { cloneJson, isObj, sameJson } from './json-data.js';

/** Each incoming field that equals the one it replaces is that very object (a table's columns likewise). */
function reuse(incoming: readonly unknown[], old: readonly unknown[]): unknown[] {
  const byKey = new Map<string, FormField>();
  for (const f of old) if (isField(f) && !byKey.has(f.key)) byKey.set(f.key, f);
  return incoming.map((f) => {
    if (!isField(f)) return f;
    const before = byKey.get(f.key);
    if (!before) return f;
    if (sameJson(f, before)) return before;
    if (f.type === 'table' && before.type === 'table' && Array.isArray(f.columns)) {
      return { ...f, columns: reuse(f.columns, columnsOf(before)) };
    }
    return f;
  });
}

interface Entry {
  field: FormField;
  index: number;
  table?: string;
}

function entries(model: FormModel): Map<FieldPath, Entry> {
  const out = new Map<FieldPath, Entry>();
  fieldsOf(model).forEach((f, index) => {
    if (!isField(f) || out.has(f.key)) return;
    out.set(f.key, { field: f, index });
    if (f.type !== 'table') return;
    columnsOf(f).forEach((c, i) => {
      if (!isField(c)) return;
      const path = fieldPath(c.key, f.key);
      if (!out.has(path)) out.set(path, { field: c, index: i, table: f.key });
    });
  });
  return out;
}

/** A column of a table that came or went as a whole is not listed on its own. */
const withTable = (e: Entry, other: Map<FieldPath, Entry>) => e.table === undefined || other.has(e.table);

/**
 * The JSON view's edit: the whole model at once. Anything with a `fields` list is taken (the
 * problems list then says what is wrong with it); what equals the old model keeps its objects.
 */
export function replaceModel(model: FormModel, command: ReplaceModelCommand): CommandResult {
  const raw: unknown = command.model;
  if (!isObj(raw) || !Array.isArray(raw.fields)) return refused(model, refuse.invalidModel());
  if (sameJson(raw, model)) return unchanged(model);
  const copy = cloneJson(raw) as FormModel;
  const next: FormModel = { ...copy, fields: reuse(copy.fields, fieldsOf(model)) as FormField[] };

  const before = entries(model);
  const after = entries(next);
  const added: FieldPath[] = [];
  const updated: FieldPath[] = [];
  const moved: FieldMove[] = [];
  for (const [path, e] of after) {
    const old = before.get(path);
    if (!old) {
      if (withTable(e, before)) added.push(path);
    } else if (old.field !== e.field) updated.push(path);
    else if (old.index !== e.index) moved.push({ from: path, to: path });
  }
  const removed = [...before]
    .filter(([path, e]) => !after.has(path) && withTable(e, after))
    .map(([path]) => path);
  // everything but the fields is the form's own: key, title, version, and whatever else the text holds
  const form = !sameJson({ ...model, fields: undefined }, { ...next, fields: undefined });
  return accepted(next, changes({ added, removed, updated, moved, form }));
}
