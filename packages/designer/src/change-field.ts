import type { FormField, FormModel } from '@signoff/schema';
import { refuse, type CommandProblem } from './command-problem.js';
import { accepted, refused, unchanged } from './command-result.js';
import { isValidKey } from './field-keys.js';
import { labelOf } from './field-label.js';
import { columnsOf, fieldPath, fieldsOf, isField, locate, type Located } from './field-path.js';
import { isPatchable } from './field-properties.js';
import type { ChangeFieldCommand, CommandResult } from './form-command.js';
import { changes } from './form-changes.js';
import { cloneJson, isObj, sameJson } from './json-data.js';
import { replaceAt, withColumns, withFields } from './model-edit.js';
import { followRename } from './rename-references.js';

type Obj = Record<string, unknown>;

/**
 * Who already answers to `key` where the field lives. A new key must not shadow one a formula may
 * mean: a column's formula reads its row first and the form's fields after, so a top-level key
 * must differ from every column key, and a column key from its row and every top-level key.
 */
function holderOf(model: FormModel, at: Located, key: string): FormField | undefined {
  const fields = fieldsOf(model).filter(isField);
  const others = (list: readonly unknown[]) =>
    list.filter(isField).find((f) => f.key === key && f !== at.field);
  if (at.table) return others(columnsOf(at.table.field)) ?? others(fields);
  return others(fields) ?? others(fields.flatMap((f) => (f.type === 'table' ? columnsOf(f) : [])));
}

/** The field with the patch applied; undefined when the patch changes nothing. */
function patchedField(field: FormField, patch: Obj): FormField | CommandProblem | undefined {
  const next = { ...field } as unknown as Obj;
  let changed = false;
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'key') continue;
    if (v === undefined) {
      if (next[k] !== undefined) changed = true;
      delete next[k];
      continue;
    }
    if (sameJson(next[k], v)) continue;
    const copy = cloneJson(v);
    // a function or a symbol is no setting a form can store
    if (copy === undefined) return refuse.invalidCommand();
    next[k] = copy;
    changed = true;
  }
  return changed ? (next as unknown as FormField) : undefined;
}

/**
 * The property panel's edit of one field. The patch must fit the field's type (`fieldType` is
 * checked against the field). A new key is checked and then followed by every rule, formula and
 * total that read the old one, so renaming never breaks the form.
 */
export function changeField(model: FormModel, command: ChangeFieldCommand): CommandResult {
  const at = locate(model, command.field);
  if (!at) return refused(model, refuse.unknownField(command.field));
  const field = at.field;
  if (command.fieldType !== field.type)
    return refused(model, refuse.wrongFieldType(at.path, field.type, command.fieldType));
  const patch: unknown = command.patch;
  if (!isObj(patch)) return refused(model, refuse.invalidCommand());
  for (const k of Object.keys(patch)) {
    if (!isPatchable(field.type, k)) return refused(model, refuse.propertyNotAllowed(k, field.type, at.path));
  }
  if (at.table && patch.visibleWhen !== undefined)
    return refused(model, refuse.ruleInTable(labelOf(field), at.path));

  let key = field.key;
  if ('key' in patch && patch.key !== field.key) {
    if (!isValidKey(patch.key)) return refused(model, refuse.invalidKey(patch.key, at.path));
    const holder = holderOf(model, at, patch.key);
    if (holder) return refused(model, refuse.keyTaken(patch.key, labelOf(holder), at.path));
    key = patch.key;
  }
  const edited = patchedField(field, patch);
  if (edited !== undefined && 'code' in edited) return refused(model, edited);
  if (edited === undefined && key === field.key) return unchanged(model, at.path);
  const next: FormField = { ...(edited ?? field), key };

  const table = at.table;
  const fields: FormField[] = table
    ? replaceAt(
        fieldsOf(model),
        table.index,
        withColumns(table.field, replaceAt(columnsOf(table.field), at.index, next)),
      )
    : replaceAt(fieldsOf(model), at.index, next);
  const path = fieldPath(key, table?.field.key);
  const updated = [path, ...(table ? [table.field.key] : [])];
  if (key === field.key) return accepted(withFields(model, fields), changes({ updated }), path);

  const followed = followRename(fields, {
    ...(table ? { table: table.field.key } : {}),
    from: field.key,
    to: key,
  });
  const all = [...new Set([...updated, ...followed.updated])];
  return accepted(
    withFields(model, [...followed.fields]),
    changes({ updated: all, renamed: [{ from: at.path, to: path }] }),
    path,
  );
}
