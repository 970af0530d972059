import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from './condition.js';
import { buildPlan, planFieldsOfModel, runPlan, type PlanContext, type PlanField } from './form-plan.js';
import type { Formula } from './formula.js';
import { compilePlan } from './plan-runner.js';
import { RANKS, applicant, expenseForm } from './test-fixtures.js';

// The compiled runner (slots, generated code) must give exactly what runPlan gives: the same
// data (same values, same key order, the same object when nothing changed), hidden fields and
// fields required now. runPlan is the reference; these compare the two on random plans and data,
// including plans no valid model produces (cycles, unknown fields, a column summing its own table).

const TOP = ['a', 'b', 'c', 'calc1', 'calc2', 't', 'ghost'];
const COLS = ['x', 'y', 'z'];
const KEYS = [...TOP, ...COLS];

const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 2.5, 1.005, 0.1, 0.2, -3, 1e15, 1e-9, Number.NaN, Infinity),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 8),
  fc.double({ noNaN: false }),
);
const date = fc.constantFrom('2026-11-26', '2026-02-30', '2026-12-01', 'x');

const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small' },
    fc.record({
      op: fc.constantFrom('eq', 'ne', 'lt', 'gte'),
      left: fc.record({ field: fc.constantFrom(...KEYS) }),
      right: fc.oneof(fc.record({ value: number }), fc.record({ field: fc.constantFrom(...KEYS) })),
    }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constant('in'),
      left: fc.oneof(fc.record({ field: fc.constantFrom(...KEYS) }), fc.constant({ applicant: 'rank' })),
      values: fc.array(fc.oneof(number, fc.constantFrom('a', ...RANKS)), { maxLength: 3 }),
    }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constantFrom('empty', 'notEmpty'),
      operand: fc.record({ field: fc.constantFrom(...KEYS) }),
    }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constantFrom('and', 'or'),
      conditions: fc.array(tie('c'), { maxLength: 2 }),
    }) as fc.Arbitrary<Condition>,
  ),
})).c;

const formula: fc.Arbitrary<Formula> = fc.letrec<{ f: Formula }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      { field: fc.constantFrom(...KEYS), ifEmpty: fc.option(number, { nil: undefined }) },
      { requiredKeys: ['field'] },
    ) as fc.Arbitrary<Formula>,
    fc.record({ value: fc.oneof(number, date) }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constantFrom('add', 'sub', 'mul', 'div'),
      left: tie('f'),
      right: tie('f'),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('round'),
      value: tie('f'),
      precision: fc.constantFrom(0, 2, 10, 11, -1, 1.5),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('sum'),
      table: fc.constantFrom('t', 'a'),
      column: fc.constantFrom(...COLS),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('daysBetween'),
      from: tie('f'),
      to: tie('f'),
      inclusive: fc.boolean(),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('daysBetween'),
      range: fc.record({ field: fc.constantFrom(...KEYS) }),
    }) as fc.Arbitrary<Formula>,
    fc.record({ op: fc.constant('if'), condition, then: tie('f'), else: tie('f') }) as fc.Arbitrary<Formula>,
    fc.constant({ op: 'pow', left: { value: 2 } } as unknown as Formula),
  ),
})).f;

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

const plan = fc
  .record({
    rules: fc.array(maybe(condition), { minLength: 5, maxLength: 5 }),
    formulas: fc.array(maybe(formula), { minLength: 4, maxLength: 4 }),
    columns: fc.array(maybe(formula), { minLength: 3, maxLength: 3 }),
    required: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ rules, formulas, columns, required }) => {
    const field = (key: string, i: number, f?: Formula): PlanField => {
      const p: PlanField = { key };
      const rule = rules[i];
      if (rule) p.visibleWhen = rule;
      if (rule && required[i]) p.requiredWhenVisible = true;
      if (f) p.formula = f;
      return p;
    };
    const table = field('t', 4);
    table.columns = COLS.map((key, i) => {
      const f = columns[i];
      return f ? { key, formula: f } : { key };
    });
    return buildPlan([
      field('a', 0, formulas[0]),
      field('b', 1),
      field('calc1', 2, formulas[1]),
      field('calc2', 3, formulas[2]),
      field('c', 5, formulas[3]),
      table,
    ]);
  });

const cell = fc.oneof(number, date, fc.constant(null), fc.constant('a'));
const row = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(fc.constantFrom(...COLS, 'w'), cell, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.anything() },
);
const data = fc.dictionary(
  fc.constantFrom(...TOP, 'x'),
  fc.oneof(
    { weight: 6, arbitrary: cell },
    { weight: 3, arbitrary: fc.array(row, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.anything() },
  ),
  { maxKeys: 7 },
);
const context: fc.Arbitrary<PlanContext> = fc
  .option(fc.constantFrom(...RANKS, '未知'), { nil: undefined })
  .map((rank) => (rank === undefined ? {} : { applicant: applicant(rank), ranks: RANKS }));

function expectSame(p: ReturnType<typeof buildPlan>, input: Record<string, unknown>, ctx: PlanContext): void {
  const before = structuredClone(input);
  const ref = runPlan(p, input, ctx);
  for (const generate of [true, false]) {
    const got = compilePlan(p, { generate })(input, ctx);
    expect(got.data === input).toBe(ref.data === input);
    expect(got.data).toEqual(ref.data);
    expect(Object.keys(got.data)).toEqual(Object.keys(ref.data));
    expect([...got.hidden]).toEqual([...ref.hidden]);
    expect(got.requiredNow).toEqual(ref.requiredNow);
  }
  // neither touches the caller's data
  expect(input).toEqual(before);
}

describe('compilePlan gives what runPlan gives', () => {
  it('on random plans (cycles and unknown fields included) and random data', () => {
    fc.assert(
      fc.property(plan, data, context, (p, d, ctx) => expectSame(p, d, ctx)),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('on the expense form, whatever the data and the applicant', () => {
    const p = buildPlan(planFieldsOfModel(expenseForm().fields));
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        'travel',
        'meal',
        '2026-11-26',
        0,
        5001,
        [{ what: 'x', qty: 2, unit: 3000 }],
        [{ qty: 'x' }, null],
      ),
    );
    const d = fc.dictionary(
      fc.constantFrom(
        'kind',
        'city',
        'start',
        'end',
        'days',
        'items',
        'total',
        'perDay',
        'gmNote',
        'sn',
        'x',
      ),
      value,
    );
    fc.assert(
      fc.property(d, context, (x, ctx) => expectSame(p, x, ctx)),
      { numRuns: 200, seed: 20261203 },
    );
  });

  it('reads the form as it was when a column starts, even a column that sums its own table', () => {
    const p = buildPlan([
      { key: 'n' },
      {
        key: 't',
        columns: [
          { key: 'x' },
          {
            key: 'y',
            formula: { op: 'add', left: { field: 'x' }, right: { op: 'sum', table: 't', column: 'y' } },
          },
        ],
      },
    ]);
    expectSame(p, { n: 1, t: [{ x: 1, y: 5 }, { x: 2 }, { x: 3, y: 1 }] }, {});
    const out = compilePlan(p)({ t: [{ x: 1, y: 5 }, { x: 2 }] });
    // every row sees the sum of the rows as sent (5), not the cells already recomputed
    expect(out.data.t).toEqual([
      { x: 1, y: 6 },
      { x: 2, y: 7 },
    ]);
  });

  it('keeps the submitted object when the client computed the same values', () => {
    const p = buildPlan(planFieldsOfModel(expenseForm().fields));
    const sent = {
      kind: 'meal',
      start: '2026-11-24',
      end: '2026-11-26',
      days: 3,
      items: [{ what: 'x', qty: 2, unit: 10.5, subtotal: 21 }],
      total: 21,
      perDay: 7,
    };
    expect(runPlan(p, sent).data).toBe(sent);
    expect(compilePlan(p)(sent).data).toBe(sent);
  });
});
