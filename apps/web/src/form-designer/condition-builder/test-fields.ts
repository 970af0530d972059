import type { FormField } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });

/** A leave form with a field of each kind a rule or formula can read, for the designer's tests. */
export const leaveFields: FormField[] = [
  { key: 'days', type: 'number', label: L('请假天数', 'Leave days') },
  {
    key: 'kind',
    type: 'select',
    label: L('假期类型', 'Leave type'),
    options: [
      { value: 'annual', label: L('年休假', 'Annual leave') },
      { value: 'personal', label: L('事假', 'Personal leave') },
      { value: 'sick', label: L('病假', 'Sick leave') },
    ],
  },
  { key: 'start', type: 'date', label: L('开始日期', 'Start date') },
  { key: 'end', type: 'date', label: L('结束日期', 'End date') },
  { key: 'span', type: 'dateRange', label: L('请假期间', 'Period') },
  { key: 'title', type: 'text', label: L('标题', 'Title') },
  {
    key: 'needs',
    type: 'checkbox',
    label: L('需要', 'Needs'),
    options: [
      { value: 'car', label: L('用车', 'Car') },
      { value: 'room', label: L('会议室', 'Room') },
    ],
  },
  { key: 'amount', type: 'money', label: L('金额', 'Amount') },
  { key: 'files', type: 'attachment', label: L('附件', 'Attachments') },
  { key: 'deputy', type: 'user', label: L('工作代理人', 'Deputy') },
  { key: 'note', type: 'description', label: L('填写须知', 'Before you start') },
  {
    key: 'items',
    type: 'table',
    label: L('费用明细', 'Expenses'),
    columns: [
      { key: 'qty', type: 'number', label: L('数量', 'Qty') },
      { key: 'unit', type: 'money', label: L('单价', 'Unit price') },
      { key: 'what', type: 'text', label: L('项目', 'Item') },
      {
        key: 'cost',
        type: 'computed',
        label: L('小计', 'Subtotal'),
        formula: { op: 'mul', left: { field: 'qty' }, right: { field: 'unit' } },
      },
    ],
  },
  {
    key: 'total',
    type: 'computed',
    label: L('合计', 'Total'),
    formula: { op: 'sum', table: 'items', column: 'cost' },
  },
];

export const ranks = ['职员', '主管级', '副总经理以上'];
