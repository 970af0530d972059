import type { FormField, FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused } from './command-result.js';
import { columnsOf, fieldPath, fieldsOf, isField, locate, type FieldPath } from './field-path.js';
import type { CommandResult, RemoveFieldCommand } from './form-command.js';
import { changes } from './form-changes.js';
import { removeAt, replaceAt, withColumns, withFields, withoutSumColumn } from './model-edit.js';

/** The field that takes the removed one's place in the selection: the next one, else the one before. */
function neighbour(list: readonly unknown[], index: number, table?: string): FieldPath | undefined {
  const near = [...list.slice(index), ...list.slice(0, index).reverse()].find(isField);
  return near ? fieldPath(near.key, table) : undefined;
}

/**
 * Removes a field (a table with its columns). What reads it is left as it is: a rule or formula
 * naming a field that is gone is a problem on that rule's field, which the designer should see.
 */
export function removeField(model: FormModel, command: RemoveFieldCommand): CommandResult {
  const at = locate(model, command.field);
  if (!at) return refused(model, refuse.unknownField(command.field));
  const fields = fieldsOf(model);
  if (!at.table) {
    const rest = removeAt(fields, at.index);
    return accepted(
      withFields(model, rest),
      changes({ removed: [at.path] }),
      neighbour(rest, at.index) ?? null,
    );
  }
  const table: FormField = at.table.field;
  const columns = removeAt(columnsOf(table), at.index);
  const nextTable = withoutSumColumn(withColumns(table, columns), at.field.key);
  return accepted(
    withFields(model, replaceAt(fields, at.table.index, nextTable)),
    changes({ removed: [at.path], updated: [table.key] }),
    neighbour(columns, at.index, table.key) ?? table.key,
  );
}
