import { describe, expectTypeOf, it } from 'vitest';
import type {
  SchemaError} from './index.js';
import {
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
  });
});
