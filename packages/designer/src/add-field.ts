import type { FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused } from './command-result.js';
import { createField } from './field-factory.js';
import { keyMaker } from './field-keys.js';
import { isFieldType } from './field-palette.js';
import { columnProblem, insertFields, isProblem, resolvePlace } from './field-place.js';
import type { AddFieldCommand, CommandResult, DesignerOptions } from './form-command.js';
import { changes } from './form-changes.js';
import { isLocalized } from './json-data.js';

/** A palette item dropped on the canvas or into a table, or clicked (the end of the form). */
export function addField(
  model: FormModel,
  command: AddFieldCommand,
  options: DesignerOptions = {},
): CommandResult {
  if (!isFieldType(command.fieldType)) return refused(model, refuse.unknownType(command.fieldType));
  const target = resolvePlace(model, command.at);
  if (isProblem(target)) return refused(model, target);
  const label = command.label;
  if (label !== undefined && !isLocalized(label)) return refused(model, refuse.invalidCommand());
  const newKey = keyMaker(model, options.keyFromLabel);
  let first = true;
  // the field's own key is asked for first: made from the label it will carry
  const field = createField(command.fieldType, (l, type) => {
    const own = first && label !== undefined;
    first = false;
    return newKey(own ? label : l, type);
  });
  if (label) field.label = { zh: label.zh, en: label.en };
  if (target.table !== undefined) {
    const problem = columnProblem(field);
    if (problem) return refused(model, problem);
  }
  const { model: next, paths } = insertFields(model, target, [field]);
  const path = paths[0] as string;
  return accepted(
    next,
    changes({ added: [path], updated: target.table === undefined ? [] : [target.table] }),
    path,
  );
}
