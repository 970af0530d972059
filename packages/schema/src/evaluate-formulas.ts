import type { FormModel } from './form-model.js';
import { buildPlan, planFieldsOfModel, runPlan, type PlanContext } from './form-plan.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The form's data with every computed field and computed table column filled in, in dependency
 * order, exactly as the server will compute them (a field hidden by its rule does not count; a
 * formula that yields nothing, such as a division by zero, leaves its field out). Hidden fields
 * keep their values here, so a form being filled does not lose them; `validateSubmission` drops
 * them. Pure and total: the input is not changed, and nothing throws.
 */
export function evaluateFormulas(model: FormModel, data: Record<string, unknown>, context: PlanContext = {}): Record<string, unknown> {
  const input = isObj(data) ? data : {};
  const fields = isObj(model) && Array.isArray(model.fields) ? model.fields : [];
  const { data: result, hidden } = runPlan(buildPlan(planFieldsOfModel(fields)), input, context);
  const out = { ...result };
  for (const key of hidden) if (Object.prototype.hasOwnProperty.call(input, key)) out[key] = input[key];
  return out;
}

/**
 * Keys of the fields whose visibility rule does not hold for this data, in dependency order: what
 * the renderer should not draw. A rule that reads the applicant counts as holding when no applicant is given.
 */
export function hiddenFields(model: FormModel, data: Record<string, unknown>, context: PlanContext = {}): string[] {
  const fields = isObj(model) && Array.isArray(model.fields) ? model.fields : [];
  return [...runPlan(buildPlan(planFieldsOfModel(fields)), isObj(data) ? data : {}, context).hidden];
}
