import { validateModel, type FormModel, type ModelProblem } from '@signoff/schema';
import { columnsOf, fieldPath, fieldsOf, isField, type FieldPath } from './field-path.js';
import { isObj } from './json-data.js';

/** Models are immutable, so a model's problems are worked out once, when first asked for. */
const cache = new WeakMap<object, readonly ModelProblem[]>();

/** `validateModel` of the model, memoized by object (about a millisecond for 300 fields, too much for every keystroke twice). */
export function modelProblems(model: FormModel): readonly ModelProblem[] {
  if (!isObj(model)) return validateModel(model);
  let problems = cache.get(model);
  if (!problems) {
    problems = Object.freeze(validateModel(model));
    cache.set(model, problems);
  }
  return problems;
}

const AT_FIELD = /^fields\[(\d+)\](?:\.columns\[(\d+)\])?/;

/** The field a problem is about, for "click a problem to select its field"; undefined for the form's own. */
export function fieldOfProblem(model: FormModel, problem: Pick<ModelProblem, 'path'>): FieldPath | undefined {
  const m = AT_FIELD.exec(problem.path);
  if (!m) return undefined;
  const field = fieldsOf(model)[Number(m[1])];
  if (!isField(field)) return undefined;
  if (m[2] === undefined) return field.key;
  const column = columnsOf(field)[Number(m[2])];
  return isField(column) ? fieldPath(column.key, field.key) : field.key;
}
