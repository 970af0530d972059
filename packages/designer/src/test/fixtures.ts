/** A leave request with everything the commands must respect: rules, formulas, a table with totals. */
import type { FormField, FormModel } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });

export const DAYS: FormField = {
  key: 'days',
  type: 'number',
  label: L('请假天数', 'Days'),
  required: true,
  min: 0.5,
  precision: 1,
};
export const KIND: FormField = {
  key: 'kind',
  type: 'select',
  label: L('假期类型', 'Leave type'),
  required: true,
  options: [
    { value: 'annual', label: L('年休假', 'Annual leave') },
    { value: 'sick', label: L('病假', 'Sick leave') },
  ],
};
export const SPAN: FormField = {
  key: 'span',
  type: 'dateRange',
  label: L('请假日期', 'Dates'),
  required: true,
};
export const REASON: FormField = {
  key: 'reason',
  type: 'textarea',
  label: L('事由', 'Reason'),
  visibleWhen: { op: 'gte', left: { field: 'days' }, right: { value: 3 } },
};
export const ITEMS: FormField = {
  key: 'items',
  type: 'table',
  label: L('费用明细', 'Costs'),
  sumColumns: ['amount'],
  columns: [
    { key: 'what', type: 'text', label: L('项目', 'Item'), required: true },
    { key: 'amount', type: 'money', label: L('金额', 'Amount'), required: true },
    {
      key: 'twice',
      type: 'computed',
      label: L('双倍', 'Twice'),
      formula: { op: 'mul', left: { field: 'amount' }, right: { value: 2 } },
    },
  ],
};
export const TOTAL: FormField = {
  key: 'total',
  type: 'computed',
  label: L('合计', 'Total'),
  precision: 2,
  formula: { op: 'sum', table: 'items', column: 'amount' },
};
export const SPAN_DAYS: FormField = {
  key: 'spanDays',
  type: 'computed',
  label: L('日历天数', 'Calendar days'),
  formula: { op: 'daysBetween', range: { field: 'span' }, inclusive: true },
};
export const NOTE: FormField = {
  key: 'note',
  type: 'text',
  label: L('备注', 'Note'),
  visibleWhen: { op: 'eq', left: { field: 'kind' }, right: { value: 'annual' } },
};

export const leaveForm = (): FormModel => ({
  modelVersion: 1,
  key: 'leave',
  title: L('请假申请', 'Leave request'),
  fields: [DAYS, KIND, SPAN, REASON, ITEMS, TOTAL, SPAN_DAYS, NOTE],
});

export const keys = (fields: readonly { key: string }[]): string[] => fields.map((f) => f.key);

/** The field at a path of the model, for assertions. */
export function at(model: FormModel, path: string): FormField | undefined {
  const [top, column] = path.split('.');
  const f = model.fields.find((x) => x.key === top);
  return column === undefined ? f : f?.columns?.find((c) => c.key === column);
}
