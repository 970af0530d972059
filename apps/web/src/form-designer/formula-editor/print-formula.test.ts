import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ApplicantAttribute, Condition, Formula, JsonValue } from '@signoff/schema';
import { leaveFields as fields } from '../condition-builder/test-fields';
import { parseFormula } from './parse-formula';
import { printFormula } from './print-formula';
import type { NameScope } from './formula-names';

const zh: NameScope = { fields, lang: 'zh' };
const columns = fields.find((f) => f.key === 'items')?.columns ?? [];

describe('printFormula', () => {
  it('writes fields and options by label, operators as × ÷, and only the parentheses needed', () => {
    const f: Formula = {
      op: 'add',
      left: { op: 'mul', left: { field: 'days' }, right: { value: 2 } },
      right: {
        op: 'div',
        left: { value: 1 },
        right: { op: 'sub', left: { field: 'amount', ifEmpty: 0 }, right: { value: -3 } },
      },
    };
    expect(printFormula(f, zh)).toBe('[请假天数] × 2 + 1 ÷ (ifEmpty([金额], 0) - -3)');
    expect(printFormula(f, { fields, lang: 'en' })).toBe(
      '[Leave days] × 2 + 1 ÷ (ifEmpty([Amount], 0) - -3)',
    );
    const g: Formula = {
      op: 'if',
      condition: {
        op: 'and',
        conditions: [
          { op: 'eq', left: { field: 'kind' }, right: { value: 'annual' } },
          {
            op: 'or',
            conditions: [
              { op: 'notEmpty', operand: { field: 'files' } },
              { op: 'between', left: { field: 'days' }, min: 1, max: 3 },
            ],
          },
        ],
      },
      then: { op: 'sum', table: 'items', column: 'cost' },
      else: { op: 'daysBetween', range: { field: 'span' }, inclusive: true },
    };
    expect(printFormula(g, zh)).toBe(
      'if([假期类型] = "年休假" and (notEmpty([附件]) or [请假天数] between 1 and 3), SUM([费用明细.小计]), daysBetween([请假期间], true))',
    );
  });

  it('writes a key where a label would read back as another field, and a key of a deleted field', () => {
    const twins = [
      ...fields,
      { key: 'days2', type: 'number' as const, label: { zh: '请假天数', en: 'Days again' } },
    ];
    expect(
      printFormula(
        { op: 'add', left: { field: 'days' }, right: { field: 'days2' } },
        { fields: twins, lang: 'zh' },
      ),
    ).toBe('[Leave days] + [Days again]');
    expect(printFormula({ field: 'gone' }, zh)).toBe('[gone]');
  });

  it('reads back as the same formula, for any formula (round trip)', () => {
    const scopes: NameScope[] = [zh, { fields, lang: 'en' }, { fields, row: columns, lang: 'zh' }];
    fc.assert(
      fc.property(formulaArb, fc.constantFrom(...scopes), (formula, scope) => {
        const text = printFormula(formula, scope);
        const back = parseFormula(text, scope);
        // names of deleted fields and tables are kept and reported; nothing else may be wrong
        expect(
          back.problems.filter((p) => p.code !== 'unknownField' && p.code !== 'unknownColumn'),
          text,
        ).toEqual([]);
        expect(back.formula, text).toEqual(formula);
      }),
      { numRuns: 400 },
    );
  });
});

const keys = [...fields.filter((f) => f.type !== 'table').map((f) => f.key), 'qty', 'unit', 'gone'];
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const scalar: fc.Arbitrary<JsonValue> = fc.oneof(
  number,
  fc.integer({ min: -5, max: 50 }),
  fc.string(),
  fc.constantFrom('annual', 'sick', 'car', '主管级', '2026-05-01'),
  fc.boolean(),
  fc.constant(null),
);
const operand = fc.oneof(
  fc.constantFrom(...keys).map((field) => ({ field })),
  fc
    .constantFrom<ApplicantAttribute>('rank', 'department', 'departments', 'positions')
    .map((applicant) => ({ applicant })),
  scalar.map((value) => ({ value })),
);
const ref = fc.constantFrom(...keys).map((field) => ({ field }));

const { formula: formulaArb } = fc.letrec<{ formula: Formula; condition: Condition }>((tie) => ({
  formula: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    number.map((value): Formula => ({ value })),
    fc.constantFrom('2026-05-01', 'x').map((value): Formula => ({ value })),
    ref,
    fc.record({ field: fc.constantFrom(...keys), ifEmpty: fc.integer({ min: -3, max: 3 }) }),
    fc.record({
      op: fc.constantFrom('add', 'sub', 'mul', 'div'),
      left: tie('formula'),
      right: tie('formula'),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('sum'),
      table: fc.constantFrom('items', 'nope'),
      column: fc.constantFrom('qty', 'cost', 'what', 'x'),
    }) as fc.Arbitrary<Formula>,
    fc.record(
      { op: fc.constant('daysBetween'), from: tie('formula'), to: tie('formula'), inclusive: fc.boolean() },
      { requiredKeys: ['op', 'from', 'to'] },
    ) as fc.Arbitrary<Formula>,
    fc.record(
      { op: fc.constant('daysBetween'), range: ref, inclusive: fc.boolean() },
      { requiredKeys: ['op', 'range'] },
    ) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('if'),
      condition: tie('condition'),
      then: tie('formula'),
      else: tie('formula'),
    }) as fc.Arbitrary<Formula>,
    fc.record({
      op: fc.constant('round'),
      value: tie('formula'),
      precision: fc.integer({ min: -2, max: 12 }),
    }) as fc.Arbitrary<Formula>,
  ),
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte'),
      left: operand,
      right: operand,
    }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constantFrom('in', 'notIn'),
      left: operand,
      values: fc.array(scalar, { maxLength: 3 }),
    }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constant('between'),
      left: operand,
      min: scalar,
      max: scalar,
    }) as fc.Arbitrary<Condition>,
    fc.record({ op: fc.constantFrom('empty', 'notEmpty'), operand }) as fc.Arbitrary<Condition>,
    fc.record({
      op: fc.constantFrom('and', 'or'),
      conditions: fc.array(tie('condition'), { maxLength: 3 }),
    }) as fc.Arbitrary<Condition>,
    fc.record({ op: fc.constant('not'), condition: tie('condition') }) as fc.Arbitrary<Condition>,
  ),
}));
