import type { FormModel } from '@signoff/schema';
import { addField } from './add-field.js';
import { changeField } from './change-field.js';
import { changeForm } from './change-form.js';
import { refuse } from './command-problem.js';
import { refused } from './command-result.js';
import { duplicateField } from './duplicate-field.js';
import type { CommandResult, DesignerOptions, FormCommand } from './form-command.js';
import { isObj } from './json-data.js';
import { moveField } from './move-field.js';
import { pasteFields } from './paste-fields.js';
import { removeField } from './remove-field.js';
import { replaceModel } from './replace-model.js';

/**
 * Applies one designer command to a model. Pure: the model is never modified, unchanged fields stay
 * the very same objects, and nothing is read from the clock or a random source. Never throws: a
 * command that cannot be carried out (whatever its arguments) is refused with a problem and the
 * model as it was.
 */
export function applyCommand(
  model: FormModel,
  command: FormCommand,
  options: DesignerOptions = {},
): CommandResult {
  const c: unknown = command;
  if (!isObj(model)) return refused(model, refuse.invalidModel());
  if (!isObj(c)) return refused(model, refuse.invalidCommand());
  switch (command.type) {
    case 'addField':
      return addField(model, command, options);
    case 'moveField':
      return moveField(model, command);
    case 'duplicateField':
      return duplicateField(model, command, options);
    case 'removeField':
      return removeField(model, command);
    case 'changeField':
      return changeField(model, command);
    case 'pasteFields':
      return pasteFields(model, command, options);
    case 'changeForm':
      return changeForm(model, command);
    case 'replaceModel':
      return replaceModel(model, command);
    default:
      return refused(model, refuse.invalidCommand());
  }
}
