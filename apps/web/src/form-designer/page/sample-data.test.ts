import { describe, expect, it } from 'vitest';
import { compileForm, validateSubmission, type FormModel } from '@signoff/schema';
import { sampleData } from './sample-data';

const form: FormModel = {
  modelVersion: 1,
  key: 'expense',
  title: { zh: '报销', en: 'Expense' },
  fields: [
    { key: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' }, required: true },
    { key: 'days', type: 'number', label: { zh: '天数', en: 'Days' }, min: 0.5 },
    {
      key: 'kind',
      type: 'select',
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'travel', label: { zh: '差旅', en: 'Travel' } },
        { value: 'meal', label: { zh: '餐费', en: 'Meal' } },
      ],
    },
    {
      key: 'items',
      type: 'table',
      label: { zh: '明细', en: 'Items' },
      columns: [{ key: 'amount', type: 'money', label: { zh: '金额', en: 'Amount' } }],
    },
    {
      key: 'total',
      type: 'computed',
      label: { zh: '合计', en: 'Total' },
      formula: { op: 'sum', table: 'items', column: 'amount' },
    },
  ],
};

describe('sampleData', () => {
  it('fills the preview with answers the form accepts', () => {
    const data = sampleData(form);
    expect(data).toEqual({ reason: '示例事由', days: 1, kind: 'travel', items: [{ amount: 100 }] });
    expect(validateSubmission(compileForm(form).schema, data).ok).toBe(true);
  });
});
