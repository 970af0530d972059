import { compileForm, type CompiledForm, type FormField, type FormModel } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });

/** A leave-and-expense form with one field of every type, as a designer would publish it. */
export const testFields: FormField[] = [
  { key: 'serialNo', type: 'serialNumber', label: L('审批编号', 'Serial number'), width: 12 },
  { key: 'note', type: 'description', label: L('填写须知', 'Before you start'), help: L('请如实填写', 'Fill in truthfully') },
  { key: 'title', type: 'text', label: L('标题', 'Title'), width: 12, maxLength: 50, placeholder: L('一句话说明', 'In one line') },
  { key: 'reason', type: 'textarea', label: L('请假事由', 'Reason'), required: true, maxLength: 500 },
  { key: 'days', type: 'number', label: L('请假天数', 'Days'), width: 12, min: 0.5, max: 365, precision: 1 },
  { key: 'amount', type: 'money', label: L('金额', 'Amount'), width: 12 },
  {
    key: 'type',
    type: 'select',
    label: L('假期类型', 'Leave type'),
    required: true,
    width: 12,
    options: [
      { value: 'personal', label: L('事假', 'Personal') },
      { value: 'sick', label: L('病假', 'Sick') },
    ],
  },
  {
    key: 'doctor',
    type: 'text',
    label: L('就诊医院', 'Hospital'),
    required: true,
    width: 12,
    visibleWhen: { op: 'eq', left: { field: 'type' }, right: { value: 'sick' } },
  },
  {
    key: 'urgency',
    type: 'radio',
    label: L('紧急程度', 'Urgency'),
    width: 12,
    options: [
      { value: 'low', label: L('一般', 'Normal') },
      { value: 'high', label: L('紧急', 'Urgent') },
    ],
  },
  { key: 'tags', type: 'multiSelect', label: L('标签', 'Tags'), width: 12, options: [{ value: 'a', label: L('甲', 'A') }, { value: 'b', label: L('乙', 'B') }] },
  {
    key: 'needs',
    type: 'checkbox',
    label: L('需要', 'Needs'),
    width: 12,
    options: [
      { value: 'car', label: L('用车', 'Car') },
      { value: 'room', label: L('会议室', 'Room') },
    ],
  },
  { key: 'start', type: 'date', label: L('开始日期', 'Start date'), width: 8, required: true, minDate: '2020-01-01' },
  { key: 'span', type: 'dateRange', label: L('请假期间', 'Period'), width: 16 },
  { key: 'at', type: 'time', label: L('出发时间', 'Departure'), width: 8 },
  { key: 'deputy', type: 'user', label: L('工作代理人', 'Deputy'), width: 12 },
  { key: 'dept', type: 'department', label: L('费用部门', 'Department'), width: 12 },
  { key: 'files', type: 'attachment', label: L('附件', 'Attachments'), maxCount: 3, maxSizeBytes: 1024 * 1024, accept: ['application/pdf', 'image/*'] },
  { key: 'photos', type: 'image', label: L('照片', 'Photos'), maxCount: 2 },
  {
    key: 'items',
    type: 'table',
    label: L('费用明细', 'Expenses'),
    sumColumns: ['amount'],
    maxRows: 100,
    columns: [
      { key: 'what', type: 'text', label: L('项目', 'Item'), required: true, maxLength: 50 },
      { key: 'qty', type: 'number', label: L('数量', 'Qty'), min: 1, precision: 0 },
      { key: 'unit', type: 'money', label: L('单价', 'Unit price') },
      { key: 'amount', type: 'computed', label: L('金额', 'Amount'), precision: 2, formula: { op: 'mul', left: { field: 'qty', ifEmpty: 0 }, right: { field: 'unit', ifEmpty: 0 } } },
    ],
  },
  { key: 'total', type: 'computed', label: L('合计', 'Total'), width: 12, precision: 2, formula: { op: 'sum', table: 'items', column: 'amount' } },
  { key: 'sign', type: 'signature', label: L('申请人签名', 'Signature') },
  { key: 'secret', type: 'text', label: L('隐藏字段', 'Hidden field'), hidden: true },
];

export const testModel: FormModel = { modelVersion: 1, key: 'test', title: L('测试表单', 'Test form'), fields: testFields };

const compiled: CompiledForm = compileForm(testModel);
export const testSchema = compiled.schema;
export const testUiSchema = compiled.uiSchema;

/** The same form with some fields changed or added, for focused tests. */
export function formWith(fields: FormField[]): CompiledForm & { model: FormModel } {
  const model: FormModel = { modelVersion: 1, key: 'custom', title: L('表单', 'Form'), fields };
  return { model, ...compileForm(model) };
}

export const testForm = { model: testModel, schema: testSchema, uiSchema: testUiSchema };
