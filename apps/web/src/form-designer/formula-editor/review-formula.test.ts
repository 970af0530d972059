import { describe, expect, it } from 'vitest';
import { leaveFields as fields } from '../condition-builder/test-fields';
import { reviewFormula } from './review-formula';

const total = { key: 'total' };
const review = (text: string, target: { key: string; table?: string } = total) =>
  reviewFormula(text, { fields, target, lang: 'zh' });
const at = (text: string, span: { start: number; end: number } | undefined) =>
  span && text.slice(span.start, span.end);

describe('reviewFormula', () => {
  it('finds nothing wrong with a sound formula', () => {
    expect(review('SUM([费用明细.小计]) + [金额]')).toMatchObject({ formula: { op: 'add' }, problems: [] });
  });

  it('points a type mismatch at the text it concerns', () => {
    const text = '[请假天数] + [标题]';
    const r = review(text);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message.zh).toBe('「标题」是非数字，这里需要数字');
    expect(at(text, r.problems[0]?.span)).toBe('[标题]');
  });

  it('says an unknown field once', () => {
    const r = review('[请假天数] + [加班天数]');
    expect(r.problems.map((p) => p.message.zh)).toEqual(['表单中没有字段「加班天数」']);
  });

  it('names a loop the formula would close, directly or through another formula', () => {
    expect(review('[合计] + 1').problems.map((p) => p.message.zh)).toEqual([
      expect.stringContaining('循环引用'),
    ]);
    // the column's subtotal reads the total, which sums the subtotals
    const r = reviewFormula('[数量] × [合计]', {
      fields,
      target: { key: 'cost', table: 'items' },
      lang: 'en',
    });
    expect(r.problems.map((p) => p.message.en)).toEqual([
      expect.stringMatching(/loop: .*total.*items\.cost|loop: .*items\.cost.*total/),
    ]);
  });

  it('reads a column formula against its row first', () => {
    expect(
      reviewFormula('[数量] × [单价]', { fields, target: { key: 'cost', table: 'items' }, lang: 'zh' }),
    ).toMatchObject({
      formula: { op: 'mul', left: { field: 'qty' }, right: { field: 'unit' } },
      problems: [],
    });
  });

  it('says a formula on a field that is not computed has no effect', () => {
    expect(review('1 + 1', { key: 'days' }).problems.map((p) => p.message.zh)).toEqual([
      '「请假天数」不是计算字段，公式不会生效',
    ]);
  });
});
