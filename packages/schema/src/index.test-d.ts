import { describe, expectTypeOf, it } from 'vitest';
import type { SchemaError, SchemaErrorCode, SchemaErrorDetail, SignoffError } from './index.js';
import type { FormTypesOptions } from './typegen/index.js';
import { generateFormTypes } from './typegen/index.js';
import {
  amountInChinese,
  checkFormula,
  diffForms,
  evaluateFormula,
  evaluateFormulas,
  hiddenFields,
  type FileRef,
  type FormChange,
  type FormChangeKind,
  type FormField,
  type Formula,
  type FormulaContext,
  type FormulaProblem,
  type SubmissionContext,
  type UiField,
  checkCondition,
  compileForm,
  createSubmissionValidator,
  evaluateCondition,
  fieldsReferenced,
  validateModel,
  validateSubmission,
  type Condition,
  type ConditionContext,
  type ConditionProblem,
  type FieldError,
  type FormModel,
  type JsonSchema,
  type Localized,
  type ModelProblem,
  type UiSchema,
} from './index.js';

describe('public API types', () => {
  it('compileForm takes a model and gives a schema and a UI schema', () => {
    expectTypeOf(compileForm).parameter(0).toEqualTypeOf<FormModel>();
    expectTypeOf(compileForm).returns.toEqualTypeOf<{ schema: JsonSchema; uiSchema: UiSchema }>();
    expectTypeOf<UiSchema['order']>().toEqualTypeOf<string[]>();
    expectTypeOf<JsonSchema['properties']>().toEqualTypeOf<Record<string, JsonSchema> | undefined>();
  });

  it('validateModel accepts anything and returns problems', () => {
    expectTypeOf(validateModel).parameter(0).toBeUnknown();
    expectTypeOf(validateModel).returns.toEqualTypeOf<ModelProblem[]>();
    expectTypeOf<ModelProblem['message']>().toEqualTypeOf<Localized>();
  });

  it('validateSubmission narrows on ok', () => {
    const r = validateSubmission({}, {});
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<Record<string, unknown>>();
    else expectTypeOf(r.errors).toEqualTypeOf<FieldError[]>();
    expectTypeOf<FieldError>().toEqualTypeOf<{ path: string; keyword: string; message: Localized }>();
    expectTypeOf(createSubmissionValidator).returns.toBeFunction();
  });

  it('conditions', () => {
    expectTypeOf(evaluateCondition).toEqualTypeOf<(cond: Condition, ctx: ConditionContext) => boolean>();
    expectTypeOf(checkCondition).returns.toEqualTypeOf<ConditionProblem[]>();
    expectTypeOf(fieldsReferenced).returns.toEqualTypeOf<string[]>();
    // @ts-expect-error: rank is an applicant attribute, not a free string
    evaluateCondition({ op: 'gte', left: { applicant: 'age' }, right: { value: 1 } }, { form: {} });
  });

  it('SchemaError carries a code, a message key and text in both languages', () => {
    expectTypeOf<SchemaError>().toExtend<Error>();
    expectTypeOf<SchemaError['code']>().toExtend<string>();
    expectTypeOf<SchemaError['messageKey']>().toEqualTypeOf<string>();
    expectTypeOf<SchemaError['localized']>().toEqualTypeOf<Localized>();
    expectTypeOf<SchemaError>().toExtend<SignoffError<SchemaErrorCode, SchemaErrorDetail>>();
  });

  it('SignoffError is the one shape: code, message key, text in both languages, a list of problems', () => {
    expectTypeOf<SignoffError['messageKey']>().toEqualTypeOf<string>();
    expectTypeOf<SignoffError['localized']>().toEqualTypeOf<Localized>();
    expectTypeOf<SignoffError['details'][number]['message']>().toEqualTypeOf<Localized>();
    // a list, not one object: a caller maps it without asking which package threw
    expectTypeOf<{
      code: 'x';
      messageKey: string;
      localized: Localized;
      details: { line: number };
    }>().not.toExtend<SignoffError>();
  });

  it('formulas: checked against fields, evaluated to a number or null', () => {
    expectTypeOf(checkFormula).parameter(0).toEqualTypeOf<Formula>();
    expectTypeOf(checkFormula).returns.toEqualTypeOf<FormulaProblem[]>();
    expectTypeOf(evaluateFormula).toEqualTypeOf<(formula: Formula, ctx: FormulaContext) => number | null>();
    expectTypeOf(evaluateFormulas).returns.toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(hiddenFields).returns.toEqualTypeOf<string[]>();
    const ok: Formula = { op: 'round', value: { op: 'sum', table: 'items', column: 'amount' }, precision: 2 };
    expectTypeOf(ok).toExtend<Formula>();
    // @ts-expect-error: pow is not an operation of the language
    const bad: Formula = { op: 'pow', left: { value: 2 }, right: { value: 3 } };
    void bad;
  });

  it('fields carry per-type options and a visibility rule; the UI schema carries them on', () => {
    expectTypeOf<FormField['visibleWhen']>().toEqualTypeOf<Condition | undefined>();
    expectTypeOf<FormField['formula']>().toEqualTypeOf<Formula | undefined>();
    expectTypeOf<FormField['accept']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<UiField['visibleWhen']>().toEqualTypeOf<Condition | undefined>();
    expectTypeOf<UiField['formula']>().toEqualTypeOf<Formula | undefined>();
    expectTypeOf<FileRef>().toEqualTypeOf<{ id: string; name: string; size: number; type: string }>();
    expectTypeOf<JsonSchema['x-formula']>().toEqualTypeOf<Formula | undefined>();
  });

  it('validateSubmission takes an optional applicant context', () => {
    expectTypeOf(validateSubmission).parameter(2).toEqualTypeOf<SubmissionContext | undefined>();
    expectTypeOf(amountInChinese).toEqualTypeOf<(n: number) => string>();
  });

  it('diffForms lists changes with a breaking flag', () => {
    expectTypeOf(diffForms).returns.toEqualTypeOf<FormChange[]>();
    expectTypeOf<FormChange['breaking']>().toEqualTypeOf<boolean>();
    expectTypeOf<FormChange['message']>().toEqualTypeOf<Localized>();
    expectTypeOf<'field_removed'>().toExtend<FormChangeKind>();
  });

  it('generateFormTypes takes a model or a schema and resolves to text', () => {
    expectTypeOf(generateFormTypes).parameter(0).toEqualTypeOf<FormModel | JsonSchema>();
    expectTypeOf(generateFormTypes).parameter(1).toEqualTypeOf<FormTypesOptions | undefined>();
    expectTypeOf(generateFormTypes).returns.toEqualTypeOf<Promise<string>>();
  });
});
