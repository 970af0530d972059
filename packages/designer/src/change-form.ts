import type { FormModel } from '@signoff/schema';
import { refuse } from './command-problem.js';
import { accepted, refused, unchanged } from './command-result.js';
import { isValidKey } from './field-keys.js';
import type { ChangeFormCommand, CommandResult } from './form-command.js';
import { changes } from './form-changes.js';
import { isLocalized, isObj, sameJson } from './json-data.js';

/** The form's key (the same rules as a field's) and its title in both languages. */
export function changeForm(model: FormModel, command: ChangeFormCommand): CommandResult {
  const patch: unknown = command.patch;
  if (!isObj(patch) || Object.keys(patch).some((k) => k !== 'key' && k !== 'title'))
    return refused(model, refuse.invalidCommand());
  const next = { ...model };
  if (patch.key !== undefined && patch.key !== model.key) {
    if (!isValidKey(patch.key)) return refused(model, refuse.invalidKey(patch.key));
    next.key = patch.key;
  }
  if (patch.title !== undefined && !sameJson(patch.title, model.title)) {
    if (!isLocalized(patch.title)) return refused(model, refuse.invalidCommand());
    next.title = { zh: patch.title.zh, en: patch.title.en };
  }
  if (next.key === model.key && next.title === model.title) return unchanged(model);
  return accepted(next, changes({ form: true }));
}
