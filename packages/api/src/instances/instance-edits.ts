import { fieldAccess, type FlowDefinition } from '@signoff/flow';
import { stableStringify, type FormModel, type JsonSchema, type SubmissionContext } from '@signoff/schema';
import { validateSubmission } from '@signoff/schema';
import { AppError, errors, type Localized } from '../trpc/app-error.js';

const list = (labels: Localized[], lang: 'zh' | 'en') =>
  labels.map((l) => (lang === 'zh' ? `「${l.zh}」` : `"${l.en}"`)).join(lang === 'zh' ? '、' : ', ');

export const editErrors = {
  /** names every field the step does not let the approver change */
  notEditable: (fields: { key: string; label: Localized }[]) => {
    const labels = fields.map((f) => f.label);
    return new AppError(
      'forbidden',
      'errors.fieldNotEditable',
      {
        zh: `此环节不能修改${list(labels, 'zh')}`,
        en: `${list(labels, 'en')} cannot be changed at this step`,
      },
      fields.map((f) => ({
        path: f.key,
        message: {
          zh: `此环节不能修改「${f.label.zh}」`,
          en: `"${f.label.en}" cannot be changed at this step`,
        },
      })),
    );
  },
};

/**
 * An approver's changes to the form with their approve or done (the step's 'edit' fields only):
 * any other key is refused, naming it, before anything is written. The changes are merged into
 * the stored data and checked like a submission (visibility rules, computed fields recomputed),
 * so what is saved is what a submission with those values would have saved. Returns the data
 * to store and the keys whose value really changed.
 */
export function applyEdits(
  input: {
    def: FlowDefinition;
    model: FormModel;
    schema: JsonSchema;
    nodeId: string;
    stored: Record<string, unknown>;
    edits: Record<string, unknown>;
  },
  context: SubmissionContext,
): { data: Record<string, unknown>; changed: string[] } {
  const labels = new Map(input.model.fields.map((f) => [f.key, f.label]));
  const refused = Object.keys(input.edits)
    .filter((key) => !labels.has(key) || fieldAccess(input.def, input.nodeId, key) !== 'edit')
    .map((key) => ({ key, label: labels.get(key) ?? { zh: key, en: key } }));
  if (refused.length > 0) throw editErrors.notEditable(refused);

  const checked = validateSubmission(input.schema, { ...input.stored, ...input.edits }, context);
  if (!checked.ok)
    throw errors.invalidForm(checked.errors.map((e) => ({ path: e.path, message: e.message })));
  const changed = Object.keys(input.edits).filter(
    (key) => stableStringify(checked.data[key] ?? null) !== stableStringify(input.stored[key] ?? null),
  );
  return { data: checked.data, changed };
}
