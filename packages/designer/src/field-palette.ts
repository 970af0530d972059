import type { FieldType, Localized } from '@signoff/schema';

/** What each field type is called in the palette, and the label a new field of it starts with. */
export const FIELD_TYPE_NAMES: Readonly<Record<FieldType, Localized>> = {
  text: { zh: '单行文本', en: 'Text' },
  textarea: { zh: '多行文本', en: 'Long text' },
  number: { zh: '数字', en: 'Number' },
  money: { zh: '金额', en: 'Amount' },
  date: { zh: '日期', en: 'Date' },
  dateRange: { zh: '日期区间', en: 'Date range' },
  time: { zh: '时间', en: 'Time' },
  select: { zh: '下拉单选', en: 'Dropdown' },
  multiSelect: { zh: '下拉多选', en: 'Multi-select dropdown' },
  radio: { zh: '单选', en: 'Single choice' },
  checkbox: { zh: '多选', en: 'Multiple choice' },
  user: { zh: '联系人', en: 'Person' },
  department: { zh: '部门', en: 'Department' },
  attachment: { zh: '附件', en: 'Attachment' },
  image: { zh: '图片', en: 'Image' },
  table: { zh: '明细', en: 'Details' },
  computed: { zh: '计算公式', en: 'Calculation' },
  description: { zh: '说明文字', en: 'Description' },
  serialNumber: { zh: '流水号', en: 'Serial number' },
  signature: { zh: '手写签名', en: 'Signature' },
};

export type PaletteGroupId = 'basic' | 'choice' | 'people' | 'files' | 'layout' | 'advanced';

export interface PaletteGroup {
  id: PaletteGroupId;
  name: Localized;
  types: readonly FieldType[];
}

/** The palette's groups, in order; every field type is in exactly one. */
export const FIELD_PALETTE: readonly PaletteGroup[] = [
  {
    id: 'basic',
    name: { zh: '基础字段', en: 'Basic' },
    types: ['text', 'textarea', 'number', 'money', 'date', 'dateRange', 'time'],
  },
  {
    id: 'choice',
    name: { zh: '选择', en: 'Choices' },
    types: ['select', 'multiSelect', 'radio', 'checkbox'],
  },
  { id: 'people', name: { zh: '人员与部门', en: 'People and departments' }, types: ['user', 'department'] },
  { id: 'files', name: { zh: '文件', en: 'Files' }, types: ['attachment', 'image'] },
  { id: 'layout', name: { zh: '布局', en: 'Layout' }, types: ['table', 'description'] },
  { id: 'advanced', name: { zh: '高级', en: 'Advanced' }, types: ['computed', 'serialNumber', 'signature'] },
];

const KNOWN: ReadonlySet<string> = new Set(Object.keys(FIELD_TYPE_NAMES));
export const isFieldType = (v: unknown): v is FieldType => typeof v === 'string' && KNOWN.has(v);
