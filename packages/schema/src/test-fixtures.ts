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

/** An expense claim with every kind of rule: visibility on a field and on the applicant, computed columns, sums, day counts. */
export const expenseForm = (): FormModel => ({
  modelVersion: 1,
  key: 'expense',
  title: label('费用报销', 'Expense claim'),
  fields: [
    { key: 'kind', type: 'select', label: label('类型', 'Kind'), required: true, options: options('travel', 'meal') },
    {
      key: 'city',
      type: 'text',
      label: label('出差城市', 'City'),
      required: true,
      visibleWhen: { op: 'eq', left: { field: 'kind' }, right: { value: 'travel' } },
    },
    { key: 'start', type: 'date', label: label('开始日期', 'Start'), required: true },
    { key: 'end', type: 'date', label: label('结束日期', 'End'), required: true },
    {
      key: 'days',
      type: 'computed',
      label: label('天数', 'Days'),
      formula: { op: 'daysBetween', from: { field: 'start' }, to: { field: 'end' }, inclusive: true },
    },
    {
      key: 'items',
      type: 'table',
      label: label('明细', 'Items'),
      required: true,
      sumColumns: ['subtotal'],
      columns: [
        { key: 'what', type: 'text', label: label('品名', 'Item'), required: true },
        { key: 'qty', type: 'number', label: label('数量', 'Qty'), required: true, min: 1, precision: 0 },
        { key: 'unit', type: 'money', label: label('单价', 'Unit price'), required: true },
        { key: 'subtotal', type: 'computed', label: label('小计', 'Subtotal'), precision: 2, formula: { op: 'mul', left: { field: 'qty' }, right: { field: 'unit' } } },
      ],
    },
    { key: 'total', type: 'computed', label: label('合计', 'Total'), precision: 2, formula: { op: 'sum', table: 'items', column: 'subtotal' } },
    {
      key: 'perDay',
      type: 'computed',
      label: label('日均', 'Per day'),
      precision: 2,
      formula: { op: 'div', left: { field: 'total' }, right: { field: 'days' } },
    },
    {
      key: 'gmNote',
      type: 'textarea',
      label: label('总经理意见', 'GM note'),
      required: true,
      visibleWhen: {
        op: 'and',
        conditions: [
          { op: 'gt', left: { field: 'total' }, right: { value: 5000 } },
          { op: 'gte', left: { applicant: 'rank' }, right: { value: '主管级' } },
        ],
      },
    },
    { key: 'sn', type: 'serialNumber', label: label('编号', 'Serial number') },
  ],
});

export const RANKS = ['职员', '主管级', '副总经理以上'];

export const applicant = (rank: string) => ({ department: '工程部', departments: ['工程部'], rank, positions: [] as string[] });
