import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import type { JsonSchema } from './json-schema.js';
import { SchemaError } from './schema-error.js';
import { leaveForm } from './test-fixtures.js';
import {
  clearSubmissionValidatorCache,
  createSubmissionValidator,
  submissionValidatorCacheSize,
  validateSubmission,
} from './validate-submission.js';

const { schema } = compileForm(leaveForm());
const good = { days: 2.5, type: '年休假', reason: '回家探亲' };

describe('validateSubmission on the leave form', () => {
  it('accepts a good request and returns its data', () => {
    expect(validateSubmission(schema, good)).toEqual({ ok: true, data: good });
  });

  it('names the field in both languages for minimum, maximum and required', () => {
    const r = validateSubmission(schema, { days: 0.4, type: '事假' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { path: 'days', keyword: 'minimum', message: { zh: '「请假天数」不能小于 0.5', en: '"Leave days" must be at least 0.5' } },
        { path: 'reason', keyword: 'required', message: { zh: '「请假事由」为必填项', en: '"Reason" is required' } },
      ]),
    );
    expect(r.errors).toHaveLength(2);
    const over = validateSubmission(schema, { ...good, days: 366 });
    expect(over).toMatchObject({ ok: false, errors: [{ path: 'days', message: { zh: '「请假天数」不能大于 365', en: '"Leave days" must be at most 365' } }] });
  });

  it('reports an unknown option, a wrong type and an unknown field', () => {
    const r = validateSubmission(schema, { days: '2', type: '婚假', reason: 'x', extra: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e]));
    expect(byPath.days).toEqual({ path: 'days', keyword: 'type', message: { zh: '「请假天数」应为数字', en: '"Leave days" must be a number' } });
    expect(byPath.type).toEqual({ path: 'type', keyword: 'enum', message: { zh: '「假期类型」的值不在可选项中', en: '"Leave type" is not one of the options' } });
    expect(byPath.extra).toEqual({ path: 'extra', keyword: 'additionalProperties', message: { zh: '「extra」不是此表单的字段', en: '"extra" is not a field of this form' } });
  });

  it('keeps one message per field: a number in a select is a type error, not also an enum error', () => {
    const r = validateSubmission(schema, { ...good, type: 3 });
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'type', keyword: 'type' }] });
    if (!r.ok) expect(r.errors).toHaveLength(1);
  });

  it('counts characters, not UTF-16 units, for maxLength', () => {
    expect(validateSubmission(schema, { ...good, reason: '𠮷'.repeat(500) }).ok).toBe(true);
    expect(validateSubmission(schema, { ...good, reason: '假'.repeat(501) })).toMatchObject({
      ok: false,
      errors: [{ path: 'reason', message: { zh: '「请假事由」不能超过 500 个字', en: '"Reason" must be at most 500 characters long' } }],
    });
  });

  it('refuses data that is not an object', () => {
    for (const data of [null, [], 'x', 3, undefined]) {
      expect(validateSubmission(schema, data)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'type' }] });
    }
  });
});

describe('validator cache', () => {
  beforeEach(() => clearSubmissionValidatorCache());

  it('compiles once per schema content, whatever the key order or object identity', () => {
    validateSubmission(schema, good);
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const reordered = reversed(schema) as JsonSchema;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(schema));
    validateSubmission(structuredClone(schema), good);
    validateSubmission(reordered, good);
    expect(createSubmissionValidator(structuredClone(schema))(good).ok).toBe(true);
    expect(submissionValidatorCacheSize()).toBe(1);
    const other = compileForm({ ...leaveForm(), fields: leaveForm().fields.slice(0, 1) }).schema;
    validateSubmission(other, { days: 1 });
    expect(submissionValidatorCacheSize()).toBe(2);
  });

  it('is not fooled by a caller mutating its schema object after a fresh copy was validated', () => {
    const copy = structuredClone(schema);
    expect(validateSubmission(copy, { ...good, days: 400 }).ok).toBe(false);
    const loose = structuredClone(schema);
    loose.properties!.days!.maximum = 1000;
    expect(validateSubmission(loose, { ...good, days: 400 }).ok).toBe(true);
    expect(validateSubmission(structuredClone(schema), { ...good, days: 400 }).ok).toBe(false);
  });

  it('throws a SchemaError for a schema ajv cannot compile (strict mode refuses unknown keywords)', () => {
    const broken = { ...schema, properties: { days: { type: 'number', minimun: 1 } } } as unknown as JsonSchema;
    expect(() => validateSubmission(broken, good)).toThrow(SchemaError);
  });
});

describe('agreement with plain ajv', () => {
  it('accepts and refuses the same data as a bare Ajv2020 with formats', async () => {
    const { default: addFormats } = await import('ajv-formats');
    const ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 9 });
    addFormats(ajv);
    const raw = ajv.compile(schema);
    const samples: unknown[] = [good, { days: 0 }, { ...good, extra: 1 }, { ...good, type: '病假', days: 365 }, [], { ...good, reason: '' }];
    for (const s of samples) expect(validateSubmission(schema, s).ok).toBe(raw(s));
  });
});
