export {
  FIELD_TYPES,
  type FieldOption,
  type FieldType,
  type FileRef,
  type FormField,
  type FormModel,
  type Locale,
  type Localized,
} from './form-model.js';
export type {
  ApplicantAttribute,
  ApplicantFacts,
  Condition,
  ConditionContext,
  Operand,
} from './condition.js';
export type { Formula, FormulaField, FormulaOp } from './formula.js';
export type { JsonValue } from './json-value.js';
export { JSON_SCHEMA_DIALECT, type JsonSchema, type JsonSchemaType } from './json-schema.js';
export type { FieldWidth, UiColumn, UiField, UiOption, UiSchema, UiWidget } from './ui-schema.js';
export { SchemaError, type SchemaErrorCode, type SchemaErrorDetail } from './schema-error.js';
export { isSignoffError, type Problem, type SignoffError } from './signoff-error.js';
export { compileForm, type CompiledForm } from './compile-form.js';
export {
  FIELD_KEY_PATTERN,
  validateModel,
  type ModelProblem,
  type ModelProblemCode,
} from './validate-model.js';
export {
  AJV_OPTIONS,
  clearSubmissionValidatorCache,
  createAjv,
  createSubmissionValidator,
  submissionValidatorCacheSize,
  validateSubmission,
  type FieldError,
  type SubmissionContext,
  type SubmissionResult,
  type SubmissionValidator,
} from './validate-submission.js';
export { stableStringify } from './stable-stringify.js';
export { fnv1a64, stableHash } from './stable-hash.js';
export { evaluateCondition } from './evaluate-condition.js';
export {
  checkCondition,
  type ConditionProblem,
  type ConditionProblemCode,
  type ConditionScope,
} from './check-condition.js';
export { fieldsReferenced } from './fields-referenced.js';
export {
  checkFormula,
  formulaFieldsReferenced,
  type FormulaProblem,
  type FormulaProblemCode,
  type FormulaScope,
} from './check-formula.js';
export {
  compileFormula,
  evaluateFormula,
  type CompiledFormula,
  type FormulaContext,
} from './evaluate-formula.js';
export { evaluateFormulas, hiddenFields } from './evaluate-formulas.js';
export { amountInChinese } from './amount-in-chinese.js';
export { roundHalfAway } from './decimal.js';
export { diffForms, type FormChange, type FormChangeKind } from './diff-forms.js';
export {
  FORM_MODEL_JSON_SCHEMA,
  formModelJsonSchema,
  MODEL_FIELD_PROPERTIES,
  type ModelJsonSchema,
} from './form-model-json-schema.js';
