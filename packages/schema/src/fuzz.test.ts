import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCondition } from './check-condition.js';
import { checkFormula } from './check-formula.js';
import { compileForm } from './compile-form.js';
import type { Condition } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import { evaluateFormula } from './evaluate-formula.js';
import { evaluateFormulas } from './evaluate-formulas.js';
import type { FormField, FormModel } from './form-model.js';
import type { Formula } from './formula.js';
import { SchemaError } from './schema-error.js';
import { modelWithSample } from './test-arbitraries.js';
import { expenseForm } from './test-fixtures.js';
import { validateModel } from './validate-model.js';

/** 10 000 of each, as the issue asks; seeded so a failure replays. */
const RUNS = { numRuns: 10_000, seed: 20261126 };

type Mutation = (m: FormModel, f: FormField & Record<string, unknown>, other: FormField) => void;

/** Ways to break a valid model; each is certain to make it invalid. */
const MUTATIONS: Record<string, Mutation> = {
  duplicateKey: (_m, f, other) => void (f.key = other.key === f.key ? f.key : other.key),
  unknownType: (_m, f) => void (f.type = 'slider' as never),
  badKey: (_m, f) => void (f.key = '1-bad key'),
  noLabel: (_m, f) => void (f.label = { zh: '', en: 'x' }),
  minAboveMax: (_m, f) => Object.assign(f, { min: 10, max: 1 }),
  lengthsCrossed: (_m, f) => Object.assign(f, { minLength: 9, maxLength: 2 }),
  datesCrossed: (_m, f) => Object.assign(f, { minDate: '2026-12-31', maxDate: '2026-01-01' }),
  badDate: (_m, f) => Object.assign(f, { minDate: '2026-02-30' }),
  rowsCrossed: (_m, f) => Object.assign(f, { minRows: 4, maxRows: 1 }),
  badWidth: (_m, f) => Object.assign(f, { width: 7 }),
  badPrecision: (_m, f) => Object.assign(f, { precision: -1 }),
  badCurrency: (_m, f) => Object.assign(f, { currency: 'yuan' }),
  badAccept: (_m, f) => Object.assign(f, { accept: ['pdf'] }),
  ruleOnMissingField: (_m, f) => void (f.visibleWhen = { op: 'eq', left: { field: 'ghost' }, right: { value: 1 } }),
  ruleBadOperator: (_m, f) => void (f.visibleWhen = { op: 'like', left: { field: 'f0' } } as unknown as Condition),
  formulaOnMissingField: (m, f) => {
    m.fields.push({ key: 'calcX', type: 'computed', label: { zh: '计', en: 'Calc' }, formula: { op: 'add', left: { field: 'ghost' }, right: { value: 1 } } });
    void f;
  },
  formulaCycle: (m) => {
    m.fields.push(
      { key: 'cycA', type: 'computed', label: { zh: '甲', en: 'A' }, formula: { field: 'cycB' } },
      { key: 'cycB', type: 'computed', label: { zh: '乙', en: 'B' }, formula: { op: 'add', left: { field: 'cycA' }, right: { value: 1 } } },
    );
  },
  computedWithoutFormula: (m) => void m.fields.push({ key: 'calcY', type: 'computed', label: { zh: '计', en: 'Calc' } }),
  nestedTable: (m) =>
    void m.fields.push({
      key: 'outer',
      type: 'table',
      label: { zh: '外', en: 'Outer' },
      columns: [{ key: 'inner', type: 'table', label: { zh: '内', en: 'Inner' }, columns: [{ key: 'x', type: 'text', label: { zh: 'x', en: 'x' } }] }],
    }),
  tableDuplicateColumn: (m) =>
    void m.fields.push({
      key: 'dupTable',
      type: 'table',
      label: { zh: '表', en: 'Table' },
      columns: [
        { key: 'x', type: 'text', label: { zh: 'x', en: 'x' } },
        { key: 'x', type: 'number', label: { zh: 'y', en: 'y' } },
      ],
    }),
  emptyOptions: (m) => void m.fields.push({ key: 'sel', type: 'select', label: { zh: '选', en: 'Pick' }, options: [] }),
  notAnObject: (m) => void (m.fields as unknown[]).push(42),
  badVersion: (m) => void ((m as { modelVersion: number }).modelVersion = 2),
};

describe('fuzz: malformed models', { timeout: 60_000 }, () => {
  it('10 000 broken models each give problems, and compileForm refuses them with a SchemaError, never another exception', () => {
    fc.assert(
      fc.property(modelWithSample(6), fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.nat(), ({ model }, name, i, j) => {
        const broken = structuredClone(model);
        const f = broken.fields[i % broken.fields.length] as FormField & Record<string, unknown>;
        const other = broken.fields[j % broken.fields.length] as FormField;
        if (name === 'duplicateKey' && other === f) {
          broken.fields.push({ ...structuredClone(f) });
        } else {
          MUTATIONS[name]!(broken, f, other);
        }
        const problems = validateModel(broken);
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.message.zh.length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
        }
        expect(() => compileForm(broken)).toThrow(SchemaError);
        // formulas evaluate on a broken model too, without throwing
        evaluateFormulas(broken, {});
      }),
      RUNS,
    );
  });

  it('arbitrary JSON as a model never throws', () => {
    const field = fc.dictionary(fc.constantFrom('key', 'type', 'label', 'options', 'columns', 'min', 'max', 'visibleWhen', 'formula', 'sumColumns', 'accept', 'minDate'), fc.jsonValue({ maxDepth: 3 }));
    const model = fc.record({ modelVersion: fc.constantFrom(1, 2, '1'), key: fc.jsonValue(), title: fc.jsonValue(), fields: fc.oneof(fc.array(field, { maxLength: 6 }), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(model, fc.anything()), (m) => {
        const problems = validateModel(m);
        if (problems.length === 0) compileForm(m as FormModel);
        else expect(() => compileForm(m as FormModel)).toThrow(SchemaError);
        evaluateFormulas(m as FormModel, {});
      }),
      RUNS,
    );
  });
});

const fields = expenseForm().fields;
const rowFields = fields.find((f) => f.key === 'items')?.columns ?? [];

/** Expressions from the grammar with junk mixed in at any level. */
const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constantFrom({ op: 'nope' }, { field: 'ghost' }, { applicant: 'age' }, { applicant: 'constructor' }, { field: '__proto__' }, { op: 'between' }));
const operand = fc.oneof(
  fc.constantFrom(...fields.map((f) => ({ field: f.key })), { applicant: 'rank' }, { applicant: 'positions' }),
  fc.jsonValue({ maxDepth: 1 }).map((value) => ({ value })),
  junk,
);
const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'like'), left: operand, right: operand }),
    fc.record({ op: fc.constantFrom('in', 'notIn'), left: operand, values: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), junk) }),
    fc.record({ op: fc.constant('between'), left: operand, min: fc.jsonValue({ maxDepth: 1 }), max: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ op: fc.constantFrom('empty', 'notEmpty'), operand }),
    fc.record({ op: fc.constantFrom('and', 'or'), conditions: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ op: fc.constant('not'), condition: tie('condition') }),
    junk,
  ),
}));
const { formula } = fc.letrec<{ formula: unknown }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...fields.map((f) => ({ field: f.key })), ...rowFields.map((f) => ({ field: f.key })), { value: 1 }, { value: 0 }, { value: '2026-11-26' }, { value: 'x' }),
    fc.record({ op: fc.constantFrom('add', 'sub', 'mul', 'div', 'pow'), left: tie('formula'), right: tie('formula') }),
    fc.record({ op: fc.constant('sum'), table: fc.constantFrom('items', 'kind', 'ghost'), column: fc.constantFrom('unit', 'subtotal', 'what', 'ghost') }),
    fc.record({ op: fc.constant('daysBetween'), from: tie('formula'), to: tie('formula'), inclusive: fc.oneof(fc.boolean(), junk) }),
    fc.record({ op: fc.constant('if'), condition, then: tie('formula'), else: tie('formula') }),
    fc.record({ op: fc.constant('round'), value: tie('formula'), precision: fc.oneof(fc.integer({ min: -2, max: 12 }), junk) }),
    junk,
  ),
}));
const data = fc.dictionary(fc.constantFrom(...fields.map((f) => f.key)), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('2026-11-26', 3, 0)));
const ctx = fc.record({ form: data, applicant: fc.option(fc.record({ department: fc.string(), departments: fc.array(fc.string()), rank: fc.constantFrom('职员', '主管级', 'x'), positions: fc.array(fc.string()) }), { nil: undefined }) });

describe('fuzz: malformed expressions', { timeout: 60_000 }, () => {
  it('10 000 random conditions: the checker and the evaluator never throw', () => {
    fc.assert(
      fc.property(condition, ctx, (c, context) => {
        const problems = checkCondition(c as Condition, { fields, ranks: ['职员', '主管级'] });
        expect(Array.isArray(problems)).toBe(true);
        expect(typeof evaluateCondition(c as Condition, { ...context, ranks: ['职员', '主管级'] })).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('10 000 random formulas: the checker never throws, the evaluator gives a finite number or null', () => {
    fc.assert(
      fc.property(formula, ctx, fc.boolean(), (f, context, inRow) => {
        const problems = checkFormula(f as Formula, inRow ? { fields, row: rowFields } : { fields });
        expect(Array.isArray(problems)).toBe(true);
        const v = evaluateFormula(f as Formula, inRow ? { ...context, row: { qty: 2, unit: 3 }, columns: new Set(rowFields.map((c) => c.key)) } : context);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      RUNS,
    );
  });

  it('malformed expressions always yield at least one problem', () => {
    const broken = fc.constantFrom<unknown>(
      { op: 'like', left: { field: 'kind' }, right: { value: 1 } },
      { op: 'and', conditions: [{ op: 'eq', left: { field: 'ghost' }, right: { value: 1 } }] },
      { op: 'gt', left: { field: 'kind' }, right: { value: 'travel' } },
      { op: 'eq', left: { field: 'start' }, right: { value: 3 } },
      { op: 'in', left: { field: 'kind' }, values: [] },
      { op: 'not' },
      null,
    );
    fc.assert(
      fc.property(broken, fc.integer({ min: 0, max: 3 }), (inner, depth) => {
        let c: unknown = inner;
        for (let d = 0; d < depth; d++) c = d % 2 === 0 ? { op: 'not', condition: c } : { op: 'or', conditions: [{ op: 'notEmpty', operand: { field: 'kind' } }, c] };
        expect(checkCondition(c as Condition, { fields }).length).toBeGreaterThan(0);
        const f = { op: 'if', condition: c, then: { value: 1 }, else: { op: 'add', left: { value: 1 }, right: { field: 'kind' } } };
        expect(checkFormula(f as Formula, { fields }).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: 20261126 },
    );
  });
});
