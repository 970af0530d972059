import type { FormField, FormModel } from '@signoff/schema';

const field = (key: string, type: FormField['type'], zh: string, options?: string[]): FormField => ({
  key,
  type,
  label: { zh, en: key },
  ...(options ? { options: options.map((v) => ({ value: v, label: { zh: v, en: v } })) } : {}),
});

/** A form with one field of each kind the parser's conditions read. */
export const routingForm = (): FormModel => ({
  modelVersion: 1,
  key: 'routing',
  title: { zh: '测试表单', en: 'Test form' },
  fields: [
    field('days', 'number', '请假天数'),
    field('amountInvolved', 'money', '涉及金额'),
    field('scope', 'radio', '用车范围', ['市内', '市外']),
    field('leaveType', 'select', '假期类型', ['事假', '年休假', '调休']),
    field('purchaseCategory', 'radio', '申购类别', ['工程类', '日常']),
  ],
});
