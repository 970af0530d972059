import type { FormModel } from '@signoff/schema';
import type { CommandProblem } from './command-problem.js';
import type { FieldPath } from './field-path.js';
import { NO_CHANGES, type FormChanges } from './form-changes.js';
import type { CommandResult } from './form-command.js';

export const accepted = (model: FormModel, changed: FormChanges, select?: FieldPath | null): CommandResult =>
  select === undefined ? { ok: true, model, changed } : { ok: true, model, changed, select };

export const refused = (model: FormModel, problem: CommandProblem): CommandResult => ({
  ok: false,
  model,
  changed: NO_CHANGES,
  problem,
});

export const unchanged = (model: FormModel, select?: FieldPath | null): CommandResult =>
  accepted(model, NO_CHANGES, select);
