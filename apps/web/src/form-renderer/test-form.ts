import type { JsonSchema, UiSchema } from '@signoff/schema';

const L = (zh: string, en: string) => ({ zh, en });

/** One field of every widget the renderer draws, shaped like the schema package's output. */
export const testSchema: JsonSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', maxLength: 50 },
    reason: { type: 'string', minLength: 1, maxLength: 500 },
    days: { type: 'number', minimum: 0.5, maximum: 365, multipleOf: 0.1 },
    amount: { type: 'number', minimum: 0, multipleOf: 0.01 },
    type: { type: 'string', enum: ['personal', 'sick'] },
    urgency: { type: 'string', enum: ['low', 'high'] },
    tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, uniqueItems: true },
    needs: { type: 'array', items: { type: 'string', enum: ['car', 'room'] }, uniqueItems: true, minItems: 1 },
    start: { type: 'string', format: 'date' },
    secret: { type: 'string' },
  },
  required: ['reason', 'type', 'needs', 'start'],
  additionalProperties: false,
};

export const testUiSchema: UiSchema = {
  formKey: 'test',
  title: L('测试表单', 'Test form'),
  order: ['note', 'title', 'reason', 'days', 'amount', 'type', 'urgency', 'tags', 'needs', 'start', 'secret'],
  fields: {
    note: { widget: 'description', label: L('填写须知', 'Before you start'), help: L('请如实填写', 'Fill in truthfully'), width: 24 },
    title: { widget: 'text', label: L('标题', 'Title'), width: 12, placeholder: L('一句话说明', 'In one line') },
    reason: { widget: 'textarea', label: L('请假事由', 'Reason'), width: 24, required: true },
    days: { widget: 'number', label: L('请假天数', 'Days'), width: 12, precision: 1 },
    amount: { widget: 'money', label: L('金额', 'Amount'), width: 12, precision: 2 },
    type: {
      widget: 'select',
      label: L('假期类型', 'Leave type'),
      width: 12,
      required: true,
      options: [
        { value: 'personal', label: L('事假', 'Personal') },
        { value: 'sick', label: L('病假', 'Sick') },
      ],
    },
    urgency: {
      widget: 'radio',
      label: L('紧急程度', 'Urgency'),
      width: 12,
      options: [
        { value: 'low', label: L('一般', 'Normal') },
        { value: 'high', label: L('紧急', 'Urgent') },
      ],
    },
    tags: {
      widget: 'multiSelect',
      label: L('标签', 'Tags'),
      width: 12,
      options: [
        { value: 'a', label: L('甲', 'A') },
        { value: 'b', label: L('乙', 'B') },
      ],
    },
    needs: {
      widget: 'checkbox',
      label: L('需要', 'Needs'),
      width: 12,
      required: true,
      options: [
        { value: 'car', label: L('用车', 'Car') },
        { value: 'room', label: L('会议室', 'Room') },
      ],
    },
    start: { widget: 'date', label: L('开始日期', 'Start date'), width: 8, required: true },
    secret: { widget: 'text', label: L('隐藏字段', 'Hidden field'), width: 24, hidden: true },
  },
};
