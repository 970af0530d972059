import { describe, expect, it } from 'vitest';
import { amountInChinese, compileForm, validateSubmission, type FormModel } from './index.js';

// The README's example, kept true.
const model: FormModel = {
  modelVersion: 1,
  key: 'expense',
  title: { zh: '费用报销', en: 'Expense claim' },
  fields: [
    { key: 'kind', type: 'select', label: { zh: '类型', en: 'Kind' }, required: true,
      options: [{ value: 'travel', label: { zh: '差旅', en: 'Travel' } }, { value: 'meal', label: { zh: '餐费', en: 'Meals' } }] },
    { key: 'city', type: 'text', label: { zh: '出差城市', en: 'City' }, required: true,
      visibleWhen: { op: 'eq', left: { field: 'kind' }, right: { value: 'travel' } } },
    { key: 'items', type: 'table', label: { zh: '明细', en: 'Items' }, required: true, sumColumns: ['amount'],
      columns: [{ key: 'amount', type: 'money', label: { zh: '金额', en: 'Amount' }, required: true }] },
    { key: 'total', type: 'computed', label: { zh: '合计', en: 'Total' }, precision: 2,
      formula: { op: 'sum', table: 'items', column: 'amount' } },
  ],
};

describe('README example', () => {
  const { schema } = compileForm(model);
  it('drops the hidden city and recomputes the total', () => {
    expect(validateSubmission(schema, { kind: 'meal', city: '上海', items: [{ amount: 12.5 }, { amount: 7.5 }], total: 1 })).toEqual({
      ok: true,
      data: { kind: 'meal', items: [{ amount: 12.5 }, { amount: 7.5 }], total: 20 },
    });
  });
  it('names a table cell and a field required by its rule', () => {
    expect(validateSubmission(schema, { kind: 'travel', items: [{ amount: 1 }, { amount: -1 }] })).toEqual({
      ok: false,
      errors: [
        { path: 'items[1].amount', keyword: 'minimum', message: { zh: '「明细」第 2 行「金额」不能小于 0', en: '"Items" row 2 "Amount" must be at least 0' } },
        { path: 'city', keyword: 'required', message: { zh: '「出差城市」为必填项', en: '"City" is required' } },
      ],
    });
    expect(amountInChinese(1234.56)).toBe('壹仟贰佰叁拾肆元伍角陆分');
  });
});
