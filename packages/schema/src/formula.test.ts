import { describe, expect, it } from 'vitest';
import { checkFormula, formulaFieldsReferenced } from './check-formula.js';
import { evaluateFormula } from './evaluate-formula.js';
import type { FormField } from './form-model.js';
import type { Formula } from './formula.js';
import { label, options } from './test-fixtures.js';

const fields: FormField[] = [
  { key: 'days', type: 'number', label: label('天数', 'Days') },
  { key: 'price', type: 'money', label: label('单价', 'Price') },
  { key: 'start', type: 'date', label: label('开始', 'Start') },
  { key: 'end', type: 'date', label: label('结束', 'End') },
  { key: 'span', type: 'dateRange', label: label('起止', 'Period') },
  { key: 'note', type: 'text', label: label('备注', 'Note') },
  { key: 'kind', type: 'select', label: label('类型', 'Kind'), options: options('a', 'b') },
  {
    key: 'items',
    type: 'table',
    label: label('明细', 'Items'),
    columns: [
      { key: 'qty', type: 'number', label: label('数量', 'Qty') },
      { key: 'unit', type: 'money', label: label('单价', 'Unit price') },
      { key: 'what', type: 'text', label: label('品名', 'Item') },
    ],
  },
];
const F = (f: unknown) => f as Formula;

describe('checkFormula', () => {
  it('accepts arithmetic, sums, day counts, conditionals and rounding over the right types', () => {
    const ok: Formula[] = [
      { op: 'mul', left: { field: 'days' }, right: { field: 'price' } },
      { op: 'sum', table: 'items', column: 'unit' },
      { op: 'daysBetween', from: { field: 'start' }, to: { field: 'end' }, inclusive: true },
      { op: 'daysBetween', from: { value: '2026-01-01' }, to: { field: 'end' } },
      { op: 'daysBetween', range: { field: 'span' }, inclusive: true },
      { op: 'if', condition: { op: 'eq', left: { field: 'kind' }, right: { value: 'a' } }, then: { value: 1 }, else: { field: 'days', ifEmpty: 0 } },
      { op: 'round', value: { op: 'div', left: { field: 'price' }, right: { value: 3 } }, precision: 2 },
    ];
    for (const f of ok) expect(checkFormula(f, { fields })).toEqual([]);
  });

  it('reads row columns first inside a table column', () => {
    const f: Formula = { op: 'mul', left: { field: 'qty' }, right: { field: 'unit' } };
    expect(checkFormula(f, { fields, row: fields[7]!.columns })).toEqual([]);
    expect(checkFormula(f, { fields })).toMatchObject([{ path: 'left', code: 'unknown_field' }, { path: 'right', code: 'unknown_field' }]);
  });

  it('names the missing field and the path of the sub-expression', () => {
    expect(checkFormula({ op: 'add', left: { value: 1 }, right: { op: 'mul', left: { field: 'nope' }, right: { value: 2 } } }, { fields })).toEqual([
      { path: 'right.left', code: 'unknown_field', message: { zh: '表单中没有字段「nope」', en: 'The form has no field "nope"' } },
    ]);
  });

  it('catches type mismatches: text in arithmetic, numbers where dates go, a date range outside daysBetween', () => {
    expect(checkFormula({ op: 'add', left: { field: 'note' }, right: { value: 1 } }, { fields })).toEqual([
      { path: 'left', code: 'type_mismatch', message: { zh: '「备注」是非数字，这里需要数字', en: '"Note" is not a number, but a number is needed here' } },
    ]);
    expect(checkFormula({ op: 'daysBetween', from: { field: 'days' }, to: { field: 'end' } }, { fields })).toMatchObject([{ path: 'from', code: 'type_mismatch' }]);
    expect(checkFormula({ op: 'add', left: { field: 'start' }, right: { value: 1 } }, { fields })).toMatchObject([
      { path: 'left', code: 'type_mismatch', message: { en: '"Start" is a date, but a number is needed here' } },
    ]);
    expect(checkFormula({ field: 'span' }, { fields })).toMatchObject([{ path: '', code: 'type_mismatch' }]);
    expect(checkFormula({ op: 'daysBetween', range: { field: 'start' } }, { fields })).toMatchObject([{ path: 'range', code: 'type_mismatch' }]);
    expect(checkFormula({ value: 'abc' }, { fields })).toMatchObject([{ path: '', code: 'type_mismatch' }]);
    expect(checkFormula({ op: 'daysBetween', from: { value: 3 }, to: { value: '2026-13-01x' } }, { fields })).toMatchObject([
      { path: 'from', code: 'type_mismatch' },
      { path: 'to', code: 'type_mismatch' },
    ]);
  });

  it('checks sum: a table and a number column of it', () => {
    expect(checkFormula({ op: 'sum', table: 'days', column: 'x' }, { fields })).toMatchObject([{ path: 'table', code: 'not_a_table' }]);
    expect(checkFormula({ op: 'sum', table: 'nope', column: 'x' }, { fields })).toMatchObject([{ path: 'table', code: 'unknown_field' }]);
    expect(checkFormula({ op: 'sum', table: 'items', column: 'x' }, { fields })).toMatchObject([{ path: 'column', code: 'unknown_column' }]);
    expect(checkFormula({ op: 'sum', table: 'items', column: 'what' }, { fields })).toMatchObject([{ path: 'column', code: 'type_mismatch' }]);
  });

  it('checks the condition of if with the condition checker, under the path condition', () => {
    const f = F({ op: 'if', condition: { op: 'gt', left: { field: 'kind' }, right: { value: 3 } }, then: { value: 1 }, else: { value: 2 } });
    expect(checkFormula(f, { fields })).toMatchObject([{ path: 'condition.left', code: 'invalid_condition', message: { en: '"Kind" is an option and has no order' } }]);
    expect(checkFormula(F({ op: 'if', then: { value: 1 }, else: { value: 2 } }), { fields })).toMatchObject([{ path: 'condition', code: 'invalid_condition' }]);
  });

  it('catches bad operators, bad precision and malformed parts', () => {
    expect(checkFormula(F({ op: 'pow', left: { value: 2 }, right: { value: 3 } }), { fields })).toEqual([
      { path: 'op', code: 'invalid_formula', message: { zh: '未知的运算「pow」', en: 'Unknown operation "pow"' } },
    ]);
    expect(checkFormula(F({ op: 'round', value: { value: 1 }, precision: 1.5 }), { fields })).toMatchObject([{ path: 'precision', code: 'invalid_precision' }]);
    expect(checkFormula(F({ op: 'add', left: 3, right: { foo: 1 } }), { fields })).toMatchObject([
      { path: 'left', code: 'invalid_formula' },
      { path: 'right', code: 'invalid_formula' },
    ]);
    expect(checkFormula(F(null), { fields })).toMatchObject([{ path: '', code: 'invalid_formula' }]);
    expect(checkFormula(F({ field: 'days', ifEmpty: 'zero' }), { fields })).toMatchObject([{ path: 'ifEmpty', code: 'invalid_formula' }]);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    let f: Formula = { value: 1 };
    for (let i = 0; i < 200; i++) f = { op: 'add', left: f, right: { value: 1 } };
    expect(checkFormula(f, { fields }).map((p) => p.code)).toContain('too_deep');
    expect(evaluateFormula(f, { form: {} })).toBeNull();
  });

  it('lists the fields a formula reads', () => {
    expect(
      formulaFieldsReferenced({
        op: 'if',
        condition: { op: 'notEmpty', operand: { field: 'kind' } },
        then: { op: 'sum', table: 'items', column: 'unit' },
        else: { op: 'daysBetween', range: { field: 'span' } },
      }),
    ).toEqual(['kind', 'items', 'span']);
  });
});

describe('evaluateFormula', () => {
  const form = {
    days: 2.5,
    price: 100.1,
    start: '2026-11-24',
    end: '2026-11-26',
    span: ['2026-02-27', '2026-03-01'],
    kind: 'a',
    items: [{ qty: 2, unit: 0.1 }, { qty: 1, unit: 0.2 }, { unit: 'x' }, 'junk'],
  };
  const ev = (f: unknown) => evaluateFormula(f as Formula, { form });

  it('does arithmetic with decimal-minded results', () => {
    expect(ev({ op: 'mul', left: { field: 'days' }, right: { field: 'price' } })).toBe(250.25);
    expect(ev({ op: 'add', left: { value: 0.1 }, right: { value: 0.2 } })).toBe(0.3);
    expect(ev({ op: 'sub', left: { value: 1 }, right: { value: 0.9 } })).toBe(0.1);
    expect(ev({ op: 'div', left: { value: 1 }, right: { value: 3 } })).toBe(0.333333333333333);
  });

  it('gives null for division by zero, missing fields and non-numbers, and ifEmpty fills a gap', () => {
    expect(ev({ op: 'div', left: { value: 1 }, right: { value: 0 } })).toBeNull();
    expect(ev({ op: 'add', left: { field: 'missing' }, right: { value: 1 } })).toBeNull();
    expect(ev({ op: 'add', left: { field: 'missing', ifEmpty: 0 }, right: { value: 1 } })).toBe(1);
    expect(ev({ op: 'add', left: { field: 'kind' }, right: { value: 1 } })).toBeNull();
    expect(ev({ op: 'mul', left: { value: 1e308 }, right: { value: 10 } })).toBeNull();
  });

  it('sums a column, skipping empty and junk cells; no rows is 0', () => {
    expect(ev({ op: 'sum', table: 'items', column: 'unit' })).toBe(0.3);
    expect(ev({ op: 'sum', table: 'none', column: 'unit' })).toBe(0);
  });

  it('counts days between dates, inclusive or not, also across February and over a range field', () => {
    expect(ev({ op: 'daysBetween', from: { field: 'start' }, to: { field: 'end' } })).toBe(2);
    expect(ev({ op: 'daysBetween', from: { field: 'start' }, to: { field: 'end' }, inclusive: true })).toBe(3);
    expect(ev({ op: 'daysBetween', from: { field: 'end' }, to: { field: 'start' } })).toBe(-2);
    expect(ev({ op: 'daysBetween', from: { field: 'end' }, to: { field: 'end' }, inclusive: true })).toBe(1);
    expect(ev({ op: 'daysBetween', range: { field: 'span' }, inclusive: true })).toBe(3);
    expect(ev({ op: 'daysBetween', from: { value: '2024-02-28' }, to: { value: '2024-03-01' } })).toBe(2);
    expect(ev({ op: 'daysBetween', from: { value: '2026-02-30' }, to: { field: 'end' } })).toBeNull();
    expect(ev({ op: 'daysBetween', from: { field: 'missing' }, to: { field: 'end' } })).toBeNull();
  });

  it('branches with the condition language and rounds half away from zero', () => {
    const f = { op: 'if', condition: { op: 'eq', left: { field: 'kind' }, right: { value: 'a' } }, then: { value: 1 }, else: { value: 2 } };
    expect(ev(f)).toBe(1);
    expect(evaluateFormula(f as Formula, { form: { kind: 'b' } })).toBe(2);
    expect(ev({ op: 'round', value: { value: 1.005 }, precision: 2 })).toBe(1.01);
    expect(ev({ op: 'round', value: { value: -2.5 }, precision: 0 })).toBe(-3);
    expect(ev({ op: 'round', value: { value: 2.5 }, precision: 11 })).toBeNull();
  });

  it('reads the row first for a table column, and the form for everything else', () => {
    const f = { op: 'mul', left: { field: 'qty' }, right: { field: 'price' } };
    expect(evaluateFormula(f as Formula, { form, row: { qty: 3 }, columns: new Set(['qty', 'unit']) })).toBe(300.3);
    // a column with no value in this row is empty, even when the form has a field of that key
    expect(evaluateFormula({ field: 'days' }, { form, row: {}, columns: new Set(['days']) })).toBeNull();
    const cond = { op: 'if', condition: { op: 'gt', left: { field: 'qty' }, right: { value: 2 } }, then: { value: 1 }, else: { value: 0 } };
    expect(evaluateFormula(cond as Formula, { form, row: { qty: 3 }, columns: new Set(['qty']) })).toBe(1);
  });

  it('never throws on junk', () => {
    for (const junk of [null, undefined, 3, 'x', [], {}, { op: 'nope' }, { op: 'add' }, { op: 'sum' }, { op: 'if' }, { op: 'daysBetween', range: 3 }, { field: 3 }]) {
      expect(evaluateFormula(junk as unknown as Formula, { form })).toBeNull();
      expect(evaluateFormula(junk as unknown as Formula, { form: null as unknown as Record<string, unknown> })).toBeNull();
    }
  });
});
