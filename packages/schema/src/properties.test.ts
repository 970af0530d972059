import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import { modelWithSample } from './test-arbitraries.js';
import { RANKS, applicant, expenseForm } from './test-fixtures.js';
import { validateModel } from './validate-model.js';
import { validateSubmission } from './validate-submission.js';

const RUNS = { numRuns: 200 };

describe('properties of random valid models', () => {
  it('validate, compile deterministically, and accept their generated sample', () => {
    fc.assert(
      fc.property(modelWithSample(), ({ model, data }) => {
        expect(validateModel(model)).toEqual([]);
        const compiled = compileForm(model);
        expect(JSON.stringify(compileForm(structuredClone(model)))).toBe(JSON.stringify(compiled));
        const result = validateSubmission(compiled.schema, data);
        if (!result.ok) throw new Error(JSON.stringify({ errors: result.errors, data }));
        // computed fields are always recomputed: 'ignored' never survives
        for (const f of model.fields) if (f.type === 'computed') expect(typeof result.data[f.key]).toBe('number');
      }),
      RUNS,
    );
  });

  it('refuse a sample with one field broken, with an error at that field', () => {
    const target = modelWithSample().chain((ms) => {
      const keys = ms.model.fields.filter((f) => f.type !== 'computed' && f.type !== 'description').map((f) => f.key);
      return keys.length === 0 ? fc.constant(null) : fc.constantFrom(...keys).map((key) => ({ ...ms, key }));
    });
    fc.assert(
      fc.property(target, fc.constantFrom<unknown>({ broken: true }, true, Number.MAX_SAFE_INTEGER * 10, [[[1]]], 'x'.repeat(300)), (t, bad) => {
        if (!t) return;
        const { schema } = compileForm(t.model);
        const broken = { ...t.data, [t.key]: bad };
        const result = validateSubmission(schema, broken);
        // a long text or a big number can be fine for some fields; an object, a boolean or a nested list never is
        if (typeof bad === 'object' || typeof bad === 'boolean') expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.some((e) => e.path === t.key || e.path.startsWith(`${t.key}[`) || e.path.startsWith(`${t.key}.`))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never crash on any data, and explain every refusal with a path and both languages', () => {
    fc.assert(
      fc.property(modelWithSample(6), fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('f0', 'f1', 'f2', 'f3', 'x'), fc.anything())), ({ model }, data) => {
        const { schema } = compileForm(model);
        const result = validateSubmission(schema, data);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(typeof e.path).toBe('string');
          expect(e.message.zh.length).toBeGreaterThan(0);
          expect(e.message.en.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('never crash on a form with rules and formulas, whatever the data and the applicant', () => {
    const { schema } = compileForm(expenseForm());
    const value = fc.oneof(fc.anything(), fc.constantFrom('travel', 'meal', '2026-11-26', 0, 5001, [{ what: 'x', qty: 2, unit: 3000 }], [{ qty: 'x' }, null]));
    const data = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('kind', 'city', 'start', 'end', 'days', 'items', 'total', 'perDay', 'gmNote', 'sn', 'x'), value));
    fc.assert(
      fc.property(data, fc.option(fc.constantFrom(...RANKS, '未知'), { nil: undefined }), (d, rank) => {
        const result = validateSubmission(schema, d, rank === undefined ? undefined : { applicant: applicant(rank), ranks: RANKS });
        if (result.ok) {
          for (const k of ['days', 'total', 'perDay']) if (k in result.data) expect(Number.isFinite(result.data[k])).toBe(true);
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(typeof e.path).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
