import type { FormField, FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused, unchanged } from './command-result.js';
import { columnsOf, fieldPath, fieldsOf, locate, type Located } from './field-path.js';
import { columnProblem, holderAt, isProblem, resolvePlace, withList, type Target } from './field-place.js';
import type { CommandResult, MoveFieldCommand } from './form-command.js';
import { changes } from './form-changes.js';
import { labelOf } from './field-label.js';
import { clampIndex, insertAt, removeAt, withColumns, withFields, withoutSumColumn } from './model-edit.js';

/** Reorders within a list: the field ends up at `index` of that list. */
function reorder(model: FormModel, from: Located, target: Target): CommandResult {
  const rest = removeAt(target.list, from.index);
  const index = clampIndex(target.index, rest.length);
  if (index === from.index) return unchanged(model, from.path);
  const next = withList(model, target, insertAt(rest, index, from.field));
  const updated = target.table === undefined ? [] : [target.table];
  return accepted(next, changes({ moved: [{ from: from.path, to: from.path }], updated }), from.path);
}

/**
 * Drag and drop. Within a list it reorders; between the form and a table, or two tables, it moves
 * the very same field object, refusing what a column cannot be (a table, a serial number, a field
 * with a visibility rule) and a key the destination already has. A column leaves its table's totals.
 */
export function moveField(model: FormModel, command: MoveFieldCommand): CommandResult {
  const from = locate(model, command.field);
  if (!from) return refused(model, refuse.unknownField(command.field));
  const target = resolvePlace(model, command.to);
  if (isProblem(target)) return refused(model, target);
  if (target.table !== undefined) {
    const problem = columnProblem(from.field, from.path);
    if (problem) return refused(model, problem);
  }
  if ((from.table?.index ?? -1) === target.tableIndex) return reorder(model, from, target);

  const key = from.field.key;
  const holder = holderAt(model, target, key, from.field);
  if (holder) return refused(model, refuse.keyTaken(key, labelOf(holder), from.path));

  const fields = fieldsOf(model).slice();
  const updated: string[] = [];
  if (from.table) {
    const source = from.table.field;
    fields[from.table.index] = withoutSumColumn(
      withColumns(source, removeAt(columnsOf(source), from.index)),
      key,
    );
    updated.push(source.key);
  }
  let next: FormField[] = fields;
  if (target.table === undefined) {
    next = insertAt(fields, clampIndex(target.index, fields.length), from.field);
  } else {
    const table = fields[target.tableIndex] as FormField;
    const columns = columnsOf(table);
    fields[target.tableIndex] = withColumns(
      table,
      insertAt(columns, clampIndex(target.index, columns.length), from.field),
    );
    updated.push(target.table);
  }
  // a top-level field leaves the list last, so the table indices above stay right
  if (!from.table) next = removeAt(next, from.index);
  const to = fieldPath(key, target.table);
  return accepted(withFields(model, next), changes({ moved: [{ from: from.path, to }], updated }), to);
}
