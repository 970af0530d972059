import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '@signoff/schema';
import { leaveFields as fields } from '../condition-builder/test-fields';
import { parseFormula } from './parse-formula';

const zh = { fields, lang: 'zh' as const };
const parse = (text: string) => parseFormula(text, zh);
const formulaOf = (text: string) => {
  const r = parse(text);
  expect(r.problems).toEqual([]);
  return r.formula;
};

describe('parseFormula', () => {
  it('binds × and ÷ tighter than + and −, left to right', () => {
    expect(formulaOf('1 + 2 × 3')).toEqual({
      op: 'add',
      left: { value: 1 },
      right: { op: 'mul', left: { value: 2 }, right: { value: 3 } },
    });
    expect(formulaOf('8 - 3 - 2')).toEqual({
      op: 'sub',
      left: { op: 'sub', left: { value: 8 }, right: { value: 3 } },
      right: { value: 2 },
    });
    expect(formulaOf('12 / 3 * 2')).toEqual({
      op: 'mul',
      left: { op: 'div', left: { value: 12 }, right: { value: 3 } },
      right: { value: 2 },
    });
    expect(evaluateFormula(formulaOf('2 + 3 * 4 - 6 / 2') ?? { value: 0 }, { form: {} })).toBe(11);
  });

  it('follows parentheses, full-width ones from a Chinese keyboard too', () => {
    expect(formulaOf('(1 + 2) × 3')).toEqual({
      op: 'mul',
      left: { op: 'add', left: { value: 1 }, right: { value: 2 } },
      right: { value: 3 },
    });
    expect(formulaOf('（1＋2）＊３')).toEqual(formulaOf('(1+2)*3'));
    expect(formulaOf('8 - (3 - 2)')).toEqual({
      op: 'sub',
      left: { value: 8 },
      right: { op: 'sub', left: { value: 3 }, right: { value: 2 } },
    });
  });

  it('reads fields by label in either language, by key, bare or in brackets', () => {
    const product = { op: 'mul', left: { field: 'days' }, right: { field: 'amount' } };
    expect(formulaOf('[请假天数] × [金额]')).toEqual(product);
    expect(formulaOf('[Leave days] * [Amount]')).toEqual(product);
    expect(formulaOf('days * amount')).toEqual(product);
    expect(formulaOf('请假天数 × 金额')).toEqual(product);
  });

  it('reads the functions', () => {
    expect(formulaOf('SUM([费用明细.小计])')).toEqual({ op: 'sum', table: 'items', column: 'cost' });
    expect(formulaOf('sum([Expenses.Subtotal])')).toEqual({ op: 'sum', table: 'items', column: 'cost' });
    expect(formulaOf('daysBetween([开始日期], [结束日期], true)')).toEqual({
      op: 'daysBetween',
      from: { field: 'start' },
      to: { field: 'end' },
      inclusive: true,
    });
    expect(formulaOf('daysBetween([请假期间])')).toEqual({ op: 'daysBetween', range: { field: 'span' } });
    expect(formulaOf('round([金额] ÷ 3, 2)')).toEqual({
      op: 'round',
      value: { op: 'div', left: { field: 'amount' }, right: { value: 3 } },
      precision: 2,
    });
    expect(formulaOf('ifEmpty([金额], 0) + 1')).toEqual({
      op: 'add',
      left: { field: 'amount', ifEmpty: 0 },
      right: { value: 1 },
    });
    expect(formulaOf('-3 × [金额]')).toEqual({ op: 'mul', left: { value: -3 }, right: { field: 'amount' } });
  });

  it('reads if with a condition, options by label, and computes it right', () => {
    const f = formulaOf('if([请假天数] >= 3 且 [假期类型] = "年休假", [请假天数] - 1, 0)');
    expect(f).toEqual({
      op: 'if',
      condition: {
        op: 'and',
        conditions: [
          { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
          { op: 'eq', left: { field: 'kind' }, right: { value: 'annual' } },
        ],
      },
      then: { op: 'sub', left: { field: 'days' }, right: { value: 1 } },
      else: { value: 0 },
    });
    if (!f) throw new Error('no formula');
    expect(evaluateFormula(f, { form: { days: 5, kind: 'annual' } })).toBe(4);
    expect(evaluateFormula(f, { form: { days: 5, kind: 'sick' } })).toBe(0);
    expect(formulaOf('if(applicant.rank >= "主管级" or not ([需要] in ("用车")), 1, 2)')).toEqual({
      op: 'if',
      condition: {
        op: 'or',
        conditions: [
          { op: 'gte', left: { applicant: 'rank' }, right: { value: '主管级' } },
          { op: 'not', condition: { op: 'in', left: { field: 'needs' }, values: ['car'] } },
        ],
      },
      then: { value: 1 },
      else: { value: 2 },
    });
  });

  it('names an unknown field at its place and still gives the formula', () => {
    const r = parse('[请假天数] + [加班天数]');
    expect(r.problems).toEqual([
      {
        code: 'unknownField',
        start: 9,
        end: 15,
        message: { zh: '表单中没有字段「加班天数」', en: 'The form has no field "加班天数"' },
      },
    ]);
    expect(r.formula).toEqual({ op: 'add', left: { field: 'days' }, right: { field: '加班天数' } });
  });

  it('says which parenthesis is missing or extra, and where', () => {
    const open = parse('round(([金额] + 1, 2)');
    expect(open.formula).toBeUndefined();
    expect(open.problems).toMatchObject([{ code: 'unclosedParen', start: 6, end: 7 }]);
    expect(open.problems[0]?.message.zh).toBe('缺少右括号「)」');
    expect(parse('(1 + 2').problems).toMatchObject([{ code: 'unclosedParen', start: 0, end: 1 }]);
    const extra = parse('1 + 2)');
    expect(extra.problems).toMatchObject([{ code: 'extraParen', start: 5, end: 6 }]);
    expect(extra.problems[0]?.message.en).toBe('There is one ")" too many');
  });

  it('says what else is wrong, at its place', () => {
    expect(parse('1 +').problems).toMatchObject([{ code: 'end', start: 3 }]);
    expect(parse('1 + # 2').problems).toMatchObject([{ code: 'badChar', start: 4, end: 5 }]);
    expect(parse('foo(1)').problems).toMatchObject([{ code: 'unknownFunction', start: 0, end: 3 }]);
    expect(parse('round(1)').formula).toEqual({ op: 'round', value: { value: 1 }, precision: 0 });
    expect(parse('if([请假天数] > 1, 2)').problems).toMatchObject([{ code: 'arity' }]);
    expect(parse('SUM([费用明细.备注])').problems).toMatchObject([
      { code: 'unknownColumn', start: 4, end: 13 },
    ]);
    expect(parse('[请假天数').problems).toMatchObject([{ code: 'unclosedRef', start: 0 }]);
    expect(parse('   ')).toMatchObject({ formula: undefined, problems: [] });
  });

  it('points a checker path back at the text it was read from', () => {
    const text = '[请假天数] + [标题] × 2';
    const r = parse(text);
    const span = r.spanOf('right.left');
    expect(span && text.slice(span.start, span.end)).toBe('[标题]');
    const cond = parse('if([假期类型] > 1, 1, 0)');
    const at = cond.spanOf('condition.left');
    expect(at && 'if([假期类型] > 1, 1, 0)'.slice(at.start, at.end)).toBe('[假期类型]');
  });
});
