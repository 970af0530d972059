import type { FormField, FormModel } from './form-model.js';

/** The walking skeleton's leave form, as the server seeds it. */
export const leaveForm = (): FormModel => ({
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假申请', en: 'Leave request' },
  fields: [
    { key: 'days', type: 'number', label: { zh: '请假天数', en: 'Leave days' }, required: true, min: 0.5, max: 365, precision: 1, width: 12 },
    {
      key: 'type',
      type: 'select',
      label: { zh: '假期类型', en: 'Leave type' },
      required: true,
      width: 12,
      options: [
        { value: '事假', label: { zh: '事假', en: 'Personal' } },
        { value: '病假', label: { zh: '病假', en: 'Sick' } },
        { value: '年休假', label: { zh: '年休假', en: 'Annual' } },
        { value: '调休', label: { zh: '调休', en: 'Compensatory' } },
      ],
    },
    { key: 'reason', type: 'textarea', label: { zh: '请假事由', en: 'Reason' }, required: true, maxLength: 500, width: 24 },
  ],
});

export const label = (zh: string, en: string) => ({ zh, en });

export const options = (...values: string[]) => values.map((v) => ({ value: v, label: label(v, v.toUpperCase()) }));

/** A one-field form around `field`, for round trips per field type. */
export const formOf = (...fields: FormField[]): FormModel => ({ modelVersion: 1, key: 'f', title: label('表单', 'Form'), fields });
