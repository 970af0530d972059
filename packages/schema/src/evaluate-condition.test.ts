import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantFacts, Condition, ConditionContext, Operand } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import { fieldsReferenced } from './fields-referenced.js';
import type { JsonValue } from './json-value.js';

const ranks = ['职员', '主管级', '副总经理以上'];
const applicant: ApplicantFacts = { department: '工程部', departments: ['工程部', '应届大学生'], rank: '主管级', positions: ['工程部经理'] };
const ctx = (form: Record<string, unknown>, a: ApplicantFacts = applicant): ConditionContext => ({ form, applicant: a, ranks });
const f = (field: string): Operand => ({ field });
const v = (value: JsonValue): Operand => ({ value });
const cmp = (op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte', left: Operand, right: Operand): Condition => ({ op, left, right });

describe('comparisons', () => {
  const form = { days: 3, type: '事假', start: '2026-03-01', at: '09:30' };
  it.each([
    ['eq', 3, true], ['eq', 4, false],
    ['ne', 4, true], ['ne', 3, false],
    ['lt', 4, true], ['lt', 3, false],
    ['lte', 3, true], ['lte', 2.5, false],
    ['gt', 2.5, true], ['gt', 3, false],
    ['gte', 3, true], ['gte', 3.5, false],
  ] as const)('days %s %s is %s', (op, value, expected) => {
    expect(evaluateCondition(cmp(op, f('days'), v(value)), ctx(form))).toBe(expected);
  });

  it('compares numbers numerically, not as text', () => {
    expect(evaluateCondition(cmp('gt', f('n'), v(9)), ctx({ n: 10 }))).toBe(true);
    expect(evaluateCondition(cmp('lt', v(-0), v(0)), ctx({}))).toBe(false);
  });

  it('compares strings by equality and ISO dates and times in order', () => {
    expect(evaluateCondition(cmp('eq', f('type'), v('事假')), ctx(form))).toBe(true);
    expect(evaluateCondition(cmp('eq', f('type'), v('病假')), ctx(form))).toBe(false);
    expect(evaluateCondition(cmp('lt', f('start'), v('2026-10-01')), ctx(form))).toBe(true);
    expect(evaluateCondition(cmp('gte', f('at'), v('09:00')), ctx(form))).toBe(true);
  });

  it('never equates a number with its text', () => {
    expect(evaluateCondition(cmp('eq', f('days'), v('3')), ctx(form))).toBe(false);
    expect(evaluateCondition(cmp('gt', f('days'), v('1')), ctx(form))).toBe(false);
  });

  it('compares two fields', () => {
    expect(evaluateCondition(cmp('lt', f('a'), f('b')), ctx({ a: 1, b: 2 }))).toBe(true);
    expect(evaluateCondition(cmp('eq', f('a'), f('b')), ctx({ a: ['x'], b: ['x'] }))).toBe(true);
  });
});

describe('missing data', () => {
  const ops = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
  it.each(ops)('%s on a missing field is false, on either side', (op) => {
    expect(evaluateCondition(cmp(op, f('nope'), v(1)), ctx({}))).toBe(false);
    expect(evaluateCondition(cmp(op, v(1), f('nope')), ctx({}))).toBe(false);
    expect(evaluateCondition(cmp(op, f('n'), v(1)), ctx({ n: null }))).toBe(false);
  });

  it('in, notIn and between on a missing field are false', () => {
    expect(evaluateCondition({ op: 'in', left: f('x'), values: ['a'] }, ctx({}))).toBe(false);
    expect(evaluateCondition({ op: 'notIn', left: f('x'), values: ['a'] }, ctx({}))).toBe(false);
    expect(evaluateCondition({ op: 'between', left: f('x'), min: 1, max: 3 }, ctx({}))).toBe(false);
  });

  it('empty is true on missing, null, blank text and empty lists; notEmpty the opposite', () => {
    for (const value of [undefined, null, '', '   ', []]) {
      expect(evaluateCondition({ op: 'empty', operand: f('x') }, ctx({ x: value }))).toBe(true);
      expect(evaluateCondition({ op: 'notEmpty', operand: f('x') }, ctx({ x: value }))).toBe(false);
    }
    for (const value of [0, false, 'a', ['a']]) {
      expect(evaluateCondition({ op: 'empty', operand: f('x') }, ctx({ x: value }))).toBe(false);
      expect(evaluateCondition({ op: 'notEmpty', operand: f('x') }, ctx({ x: value }))).toBe(true);
    }
  });

  it('applicant conditions are false without an applicant', () => {
    expect(evaluateCondition(cmp('eq', { applicant: 'department' }, v('工程部')), { form: {} })).toBe(false);
    expect(evaluateCondition(cmp('gte', { applicant: 'rank' }, v('职员')), { form: {}, applicant })).toBe(false);
  });

  it('does not read inherited properties as fields', () => {
    expect(evaluateCondition({ op: 'notEmpty', operand: f('toString') }, ctx({}))).toBe(false);
    expect(evaluateCondition({ op: 'notEmpty', operand: f('constructor') }, ctx({}))).toBe(false);
  });
});

describe('ranks', () => {
  const atRank = (rank: string) => ctx({}, { ...applicant, rank });
  const gte = cmp('gte', { applicant: 'rank' }, v('主管级'));
  it('orders by the tenant list, not by text', () => {
    expect(evaluateCondition(gte, atRank('职员'))).toBe(false);
    expect(evaluateCondition(gte, atRank('主管级'))).toBe(true);
    expect(evaluateCondition(gte, atRank('副总经理以上'))).toBe(true);
    expect(evaluateCondition(cmp('lt', v('主管级'), { applicant: 'rank' }), atRank('副总经理以上'))).toBe(true);
  });
  it('is false for a rank the tenant does not have', () => {
    expect(evaluateCondition(gte, atRank('实习生'))).toBe(false);
    expect(evaluateCondition(cmp('gte', { applicant: 'rank' }, v('董事')), atRank('副总经理以上'))).toBe(false);
  });
  it('works with between and in', () => {
    expect(evaluateCondition({ op: 'between', left: { applicant: 'rank' }, min: '职员', max: '主管级' }, atRank('主管级'))).toBe(true);
    expect(evaluateCondition({ op: 'between', left: { applicant: 'rank' }, min: '职员', max: '主管级' }, atRank('副总经理以上'))).toBe(false);
    expect(evaluateCondition({ op: 'in', left: { applicant: 'rank' }, values: ['职员', '主管级'] }, atRank('主管级'))).toBe(true);
  });
});

describe('in and notIn', () => {
  it('tests membership for a scalar', () => {
    expect(evaluateCondition({ op: 'in', left: f('type'), values: ['事假', '病假'] }, ctx({ type: '病假' }))).toBe(true);
    expect(evaluateCondition({ op: 'in', left: f('type'), values: ['事假'] }, ctx({ type: '病假' }))).toBe(false);
    expect(evaluateCondition({ op: 'notIn', left: f('type'), values: ['事假'] }, ctx({ type: '病假' }))).toBe(true);
    expect(evaluateCondition({ op: 'in', left: f('n'), values: [1, 2] }, ctx({ n: 2 }))).toBe(true);
  });
  it('means any overlap for a list operand', () => {
    expect(evaluateCondition({ op: 'in', left: { applicant: 'departments' }, values: ['应届大学生'] }, ctx({}))).toBe(true);
    expect(evaluateCondition({ op: 'in', left: { applicant: 'positions' }, values: ['总经理', '工程部经理'] }, ctx({}))).toBe(true);
    expect(evaluateCondition({ op: 'in', left: { applicant: 'positions' }, values: ['总经理'] }, ctx({}))).toBe(false);
    expect(evaluateCondition({ op: 'notIn', left: { applicant: 'positions' }, values: ['总经理'] }, ctx({}))).toBe(true);
    expect(evaluateCondition({ op: 'in', left: f('tags'), values: ['b'] }, ctx({ tags: ['a', 'b'] }))).toBe(true);
  });
  it('is false on an empty list operand', () => {
    expect(evaluateCondition({ op: 'in', left: f('tags'), values: ['a'] }, ctx({ tags: [] }))).toBe(false);
    expect(evaluateCondition({ op: 'notIn', left: f('tags'), values: ['a'] }, ctx({ tags: [] }))).toBe(false);
  });
});

describe('between', () => {
  it('is inclusive at both ends', () => {
    const c: Condition = { op: 'between', left: f('days'), min: 1, max: 3 };
    expect([0.5, 1, 2, 3, 3.5].map((days) => evaluateCondition(c, ctx({ days })))).toEqual([false, true, true, true, false]);
  });
  it('orders dates', () => {
    const c: Condition = { op: 'between', left: f('d'), min: '2026-01-01', max: '2026-12-31' };
    expect(evaluateCondition(c, ctx({ d: '2026-06-01' }))).toBe(true);
    expect(evaluateCondition(c, ctx({ d: '2027-01-01' }))).toBe(false);
  });
});

describe('and, or, not', () => {
  const long: Condition = cmp('gte', f('days'), v(3));
  const sick: Condition = cmp('eq', f('type'), v('病假'));
  it('combine, nested', () => {
    const c: Condition = { op: 'or', conditions: [{ op: 'and', conditions: [long, { op: 'not', condition: sick }] }, cmp('gte', { applicant: 'rank' }, v('副总经理以上'))] };
    expect(evaluateCondition(c, ctx({ days: 5, type: '事假' }))).toBe(true);
    expect(evaluateCondition(c, ctx({ days: 5, type: '病假' }))).toBe(false);
    expect(evaluateCondition(c, ctx({ days: 1, type: '事假' }))).toBe(false);
    expect(evaluateCondition(c, ctx({ days: 1, type: '事假' }, { ...applicant, rank: '副总经理以上' }))).toBe(true);
  });
  it('empty and is true, empty or is false', () => {
    expect(evaluateCondition({ op: 'and', conditions: [] }, ctx({}))).toBe(true);
    expect(evaluateCondition({ op: 'or', conditions: [] }, ctx({}))).toBe(false);
  });
  it('not of a comparison on missing data is true', () => {
    expect(evaluateCondition({ op: 'not', condition: long }, ctx({}))).toBe(true);
  });
});

describe('totality', () => {
  const operand: fc.Arbitrary<Operand> = fc.oneof(
    fc.record({ field: fc.oneof(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), fc.string()) }),
    fc.record({ applicant: fc.constantFrom('department', 'departments', 'rank', 'positions') }),
    fc.record({ value: fc.jsonValue() as fc.Arbitrary<JsonValue> }),
  );
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte'), left: operand, right: operand }),
      fc.record({ op: fc.constantFrom('in', 'notIn'), left: operand, values: fc.array(fc.jsonValue()) }) as fc.Arbitrary<Condition>,
      fc.record({ op: fc.constant('between'), left: operand, min: fc.jsonValue(), max: fc.jsonValue() }) as fc.Arbitrary<Condition>,
      fc.record({ op: fc.constantFrom('empty', 'notEmpty'), operand }),
      fc.record({ op: fc.constantFrom('and', 'or'), conditions: fc.array(tie('condition'), { maxLength: 3 }) }),
      fc.record({ op: fc.constant('not'), condition: tie('condition') }),
    ),
  }));
  const form = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double()));

  it('never throws and always returns a boolean, whatever the data', () => {
    fc.assert(
      fc.property(condition, form, fc.option(fc.constant(applicant)), fc.option(fc.array(fc.string())), (c, data, a, r) => {
        const result = evaluateCondition(c, { form: data, ...(a ? { applicant: a } : {}), ...(r ? { ranks: r } : {}) });
        expect(typeof result).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on malformed conditions from stored JSON', () => {
    fc.assert(
      fc.property(fc.anything(), form, (c, data) => {
        expect(typeof evaluateCondition(c as Condition, { form: data })).toBe('boolean');
      }),
    );
    expect(evaluateCondition({ op: 'and', conditions: null } as unknown as Condition, ctx({}))).toBe(false);
  });

  it('not is the complement of its condition', () => {
    fc.assert(
      fc.property(condition, form, (c, data) => {
        expect(evaluateCondition({ op: 'not', condition: c }, ctx(data))).toBe(!evaluateCondition(c, ctx(data)));
      }),
    );
  });
});

describe('fieldsReferenced', () => {
  it('lists each field once, in order of first appearance, ignoring applicant and values', () => {
    const c: Condition = {
      op: 'and',
      conditions: [
        cmp('gte', f('days'), v(3)),
        { op: 'not', condition: { op: 'in', left: f('type'), values: ['事假'] } },
        { op: 'or', conditions: [cmp('lt', f('start'), f('days')), { op: 'empty', operand: f('note') }, cmp('eq', { applicant: 'rank' }, v('职员'))] },
        { op: 'between', left: f('amount'), min: 1, max: 2 },
      ],
    };
    expect(fieldsReferenced(c)).toEqual(['days', 'type', 'start', 'note', 'amount']);
  });
});
