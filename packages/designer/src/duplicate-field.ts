import type { FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused } from './command-result.js';
import { keyMaker } from './field-keys.js';
import { copyLabel, labelOf } from './field-label.js';
import { isFieldType } from './field-palette.js';
import { fieldPath, locate } from './field-path.js';
import { insertFields, resolvePlace, isProblem } from './field-place.js';
import type { CommandResult, DesignerOptions, DuplicateFieldCommand } from './form-command.js';
import { changes } from './form-changes.js';

/**
 * A copy right after the field, labelled "… 副本" / "… copy" with a key of its own. Everything
 * else is the original's, rules and formulas included; a table's copy keeps its column keys, which
 * only need to differ within a table.
 */
export function duplicateField(
  model: FormModel,
  command: DuplicateFieldCommand,
  options: DesignerOptions = {},
): CommandResult {
  const at = locate(model, command.field);
  if (!at) return refused(model, refuse.unknownField(command.field));
  const label = copyLabel(labelOf(at.field));
  const type = isFieldType(at.field.type) ? at.field.type : 'text';
  const copy = { ...at.field, key: keyMaker(model, options.keyFromLabel)(label, type), label };
  const target = resolvePlace(model, { table: at.table?.field.key, index: at.index + 1 });
  if (isProblem(target)) return refused(model, target);
  const { model: next } = insertFields(model, target, [copy]);
  const path = fieldPath(copy.key, target.table);
  return accepted(
    next,
    changes({ added: [path], updated: target.table === undefined ? [] : [target.table] }),
    path,
  );
}
