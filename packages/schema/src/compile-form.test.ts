import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import { FIELD_TYPES, type FormField } from './form-model.js';
import { SchemaError } from './schema-error.js';
import { formOf, label, leaveForm, options } from './test-fixtures.js';
import { validateSubmission } from './validate-submission.js';

interface RoundTrip {
  field: FormField;
  valid: unknown[];
  invalid: { value: unknown; path: string; keyword: string; zh: string; en: string }[];
}

const L = label('金额', 'Amount');
const cases: Record<string, RoundTrip> = {
  text: {
    field: { key: 'name', type: 'text', label: label('姓名', 'Name'), required: true, maxLength: 4 },
    valid: ['张三', 'abcd'],
    invalid: [
      { value: '', path: 'name', keyword: 'minLength', zh: '「姓名」为必填项', en: '"Name" is required' },
      { value: 'abcde', path: 'name', keyword: 'maxLength', zh: '「姓名」不能超过 4 个字', en: '"Name" must be at most 4 characters long' },
      { value: 7, path: 'name', keyword: 'type', zh: '「姓名」应为文本', en: '"Name" must be text' },
    ],
  },
  textarea: {
    field: { key: 'note', type: 'textarea', label: label('备注', 'Note'), minLength: 3 },
    valid: ['三个字', 'abc'],
    invalid: [{ value: 'ab', path: 'note', keyword: 'minLength', zh: '「备注」至少需要 3 个字', en: '"Note" must be at least 3 characters long' }],
  },
  number: {
    field: { key: 'n', type: 'number', label: label('数量', 'Count'), min: 1, max: 10, precision: 0 },
    valid: [1, 10],
    invalid: [
      { value: 0, path: 'n', keyword: 'minimum', zh: '「数量」不能小于 1', en: '"Count" must be at least 1' },
      { value: 11, path: 'n', keyword: 'maximum', zh: '「数量」不能大于 10', en: '"Count" must be at most 10' },
      { value: 2.5, path: 'n', keyword: 'type', zh: '「数量」应为整数', en: '"Count" must be a whole number' },
      { value: '3', path: 'n', keyword: 'type', zh: '「数量」应为整数', en: '"Count" must be a whole number' },
    ],
  },
  money: {
    field: { key: 'amount', type: 'money', label: L, required: true, max: 5000, currency: 'CNY' },
    valid: [0, 19.99, 1234.01, 0.07, 5000],
    invalid: [
      { value: 5000.01, path: 'amount', keyword: 'maximum', zh: '「金额」不能大于 5000', en: '"Amount" must be at most 5000' },
      { value: undefined, path: 'amount', keyword: 'required', zh: '「金额」为必填项', en: '"Amount" is required' },
      { value: -0.01, path: 'amount', keyword: 'minimum', zh: '「金额」不能小于 0', en: '"Amount" must be at least 0' },
      { value: 1.001, path: 'amount', keyword: 'multipleOf', zh: '「金额」最多保留 2 位小数', en: '"Amount" may have at most 2 decimal places' },
    ],
  },
  date: {
    field: { key: 'start', type: 'date', label: label('开始日期', 'Start date'), minDate: '2024-01-01', maxDate: '2026-12-31' },
    valid: ['2026-02-28', '2024-02-29', '2024-01-01', '2026-12-31'],
    invalid: [
      { value: '2023-12-31', path: 'start', keyword: 'formatMinimum', zh: '「开始日期」不能早于 2024-01-01', en: '"Start date" must not be before 2024-01-01' },
      { value: '2027-01-01', path: 'start', keyword: 'formatMaximum', zh: '「开始日期」不能晚于 2026-12-31', en: '"Start date" must not be after 2026-12-31' },
      { value: '2026-02-30', path: 'start', keyword: 'format', zh: '「开始日期」不是有效的日期（YYYY-MM-DD）', en: '"Start date" must be a valid date (YYYY-MM-DD)' },
      { value: '2026/01/01', path: 'start', keyword: 'format', zh: '「开始日期」不是有效的日期（YYYY-MM-DD）', en: '"Start date" must be a valid date (YYYY-MM-DD)' },
    ],
  },
  time: {
    field: { key: 'at', type: 'time', label: label('时间', 'Time') },
    valid: ['09:30', '23:59'],
    invalid: [{ value: '24:00', path: 'at', keyword: 'pattern', zh: '「时间」不是有效的时间（HH:mm）', en: '"Time" must be a valid time (HH:mm)' }],
  },
  dateRange: {
    field: { key: 'span', type: 'dateRange', label: label('起止日期', 'Period') },
    valid: [['2026-01-01', '2026-01-03'], ['2026-01-01', '2026-01-01']],
    invalid: [
      { value: ['2026-01-03', '2026-01-01'], path: 'span', keyword: 'x-orderedRange', zh: '「起止日期」的开始不能晚于结束', en: '"Period" must not start after it ends' },
      { value: ['2026-01-01'], path: 'span', keyword: 'minItems', zh: '「起止日期」至少需要 2 项', en: '"Period" needs at least 2 items' },
      { value: ['2026-01-01', 'x'], path: 'span[1]', keyword: 'format', zh: '「起止日期」不是有效的日期（YYYY-MM-DD）', en: '"Period" must be a valid date (YYYY-MM-DD)' },
    ],
  },
  select: {
    field: { key: 'kind', type: 'select', label: label('类型', 'Kind'), options: options('a', 'b') },
    valid: ['a', 'b'],
    invalid: [{ value: 'c', path: 'kind', keyword: 'enum', zh: '「类型」的值不在可选项中', en: '"Kind" is not one of the options' }],
  },
  radio: {
    field: { key: 'yes', type: 'radio', label: label('是否', 'Yes or no'), options: options('y', 'n') },
    valid: ['y'],
    invalid: [{ value: 'maybe', path: 'yes', keyword: 'enum', zh: '「是否」的值不在可选项中', en: '"Yes or no" is not one of the options' }],
  },
  multiSelect: {
    field: { key: 'tags', type: 'multiSelect', label: label('标签', 'Tags'), required: true, options: options('a', 'b', 'c'), maxSelected: 2 },
    valid: [['a'], ['a', 'b']],
    invalid: [
      { value: ['a', 'b', 'c'], path: 'tags', keyword: 'maxItems', zh: '「标签」最多 2 项', en: '"Tags" allows at most 2 choices' },
      { value: [], path: 'tags', keyword: 'minItems', zh: '「标签」为必填项', en: '"Tags" is required' },
      { value: ['a', 'a'], path: 'tags', keyword: 'uniqueItems', zh: '「标签」有重复的项', en: '"Tags" lists the same item twice' },
      { value: ['a', 'z'], path: 'tags[1]', keyword: 'enum', zh: '「标签」的值不在可选项中', en: '"Tags" is not one of the options' },
    ],
  },
  checkbox: {
    field: { key: 'ok', type: 'checkbox', label: label('确认', 'Confirm'), options: options('x', 'y', 'z'), minSelected: 2 },
    valid: [['x', 'y'], ['x', 'y', 'z']],
    invalid: [
      { value: ['x'], path: 'ok', keyword: 'minItems', zh: '「确认」至少需要 2 项', en: '"Confirm" needs at least 2 choices' },{ value: 'x', path: 'ok', keyword: 'type', zh: '「确认」应为列表', en: '"Confirm" must be a list' }],
  },
  user: {
    field: { key: 'who', type: 'user', label: label('代理人', 'Deputy') },
    valid: ['u-1'],
    invalid: [
      { value: '', path: 'who', keyword: 'minLength', zh: '「代理人」不能为空', en: '"Deputy" must not be empty' },
      { value: ['u-1'], path: 'who', keyword: 'type', zh: '「代理人」应为文本', en: '"Deputy" must be text' },
    ],
  },
  userMultiple: {
    field: { key: 'cc', type: 'user', label: label('抄送人', 'Copy to'), multiple: true, required: true },
    valid: [['u-1'], ['u-1', 'u-2']],
    invalid: [
      { value: [], path: 'cc', keyword: 'minItems', zh: '「抄送人」为必填项', en: '"Copy to" is required' },
      { value: ['u-1', 'u-1'], path: 'cc', keyword: 'uniqueItems', zh: '「抄送人」有重复的项', en: '"Copy to" lists the same item twice' },
      { value: 'u-1', path: 'cc', keyword: 'type', zh: '「抄送人」应为列表', en: '"Copy to" must be a list' },
    ],
  },
  department: {
    field: { key: 'dept', type: 'department', label: label('部门', 'Department'), required: true },
    valid: ['d-1'],
    invalid: [{ value: 3, path: 'dept', keyword: 'type', zh: '「部门」应为文本', en: '"Department" must be text' }],
  },
  departmentMultiple: {
    field: { key: 'depts', type: 'department', label: label('协办部门', 'Other departments'), multiple: true },
    valid: [[], ['d-1', 'd-2']],
    invalid: [{ value: [''], path: 'depts[0]', keyword: 'minLength', zh: '「协办部门」不能为空', en: '"Other departments" must not be empty' }],
  },
  attachment: {
    field: { key: 'files', type: 'attachment', label: label('附件', 'Files'), maxCount: 2, maxSizeBytes: 10 * 1024 * 1024, accept: ['application/pdf', 'image/*'] },
    valid: [[], [{ id: 'f1', name: 'a.pdf', size: 10, type: 'application/pdf' }, { id: 'f2', name: 'b.png', size: 10485760, type: 'image/png' }]],
    invalid: [
      { value: [{ id: 'f1', name: 'a.pdf', type: 'application/pdf' }], path: 'files[0].size', keyword: 'required', zh: '「附件」第 1 个文件「大小」为必填项', en: '"Files" file 1 "Size" is required' },
      { value: [{ id: 'f1', name: 'a.pdf', size: 10485761, type: 'application/pdf' }], path: 'files[0].size', keyword: 'maximum', zh: '「附件」第 1 个文件「大小」不能大于 10 MB', en: '"Files" file 1 "Size" must be at most 10 MB' },
      { value: [{ id: 'f1', name: 'a.exe', size: 1, type: 'application/x-msdownload' }], path: 'files[0].type', keyword: 'pattern', zh: '「附件」第 1 个文件「文件类型」须为 application/pdf、image/*', en: '"Files" file 1 "Type" must be one of application/pdf, image/*' },
      { value: [1, 2, 3].map((i) => ({ id: `f${i}`, name: 'a.pdf', size: 1, type: 'application/pdf' })), path: 'files', keyword: 'maxItems', zh: '「附件」最多 2 个文件', en: '"Files" allows at most 2 files' },
      { value: [{ id: 'f1', name: 'a.pdf', size: 1, type: 'application/pdf', url: '/x' }], path: 'files[0].url', keyword: 'additionalProperties', zh: '「附件」第 1 个文件「url」不是此表单的字段', en: '"Files" file 1 "url" is not a field of this form' },
    ],
  },
  image: {
    field: { key: 'photos', type: 'image', label: label('照片', 'Photos'), required: true },
    valid: [[{ id: 'p1', name: 'a.jpg', size: 2048, type: 'image/jpeg' }]],
    invalid: [
      { value: [], path: 'photos', keyword: 'minItems', zh: '「照片」为必填项', en: '"Photos" is required' },
      { value: [{ id: 'p1', name: 'a.pdf', size: 1, type: 'application/pdf' }], path: 'photos[0].type', keyword: 'pattern', zh: '「照片」第 1 个文件「文件类型」须为 image/*', en: '"Photos" file 1 "Type" must be one of image/*' },
    ],
  },
  table: {
    field: {
      key: 'items',
      type: 'table',
      label: label('明细', 'Items'),
      minRows: 1,
      maxRows: 4,
      sumColumns: ['amount'],
      columns: [{ key: 'amount', type: 'money', label: L, required: true }, { key: 'note', type: 'text', label: label('说明', 'Note') }],
    },
    valid: [[{ amount: 1 }, { amount: 2.5, note: '午餐' }]],
    invalid: [
      { value: [{ amount: 1 }, {}, {}, { amount: -1 }], path: 'items[3].amount', keyword: 'minimum', zh: '「明细」第 4 行「金额」不能小于 0', en: '"Items" row 4 "Amount" must be at least 0' },
      { value: [{ amount: 1 }, {}], path: 'items[1].amount', keyword: 'required', zh: '「明细」第 2 行「金额」为必填项', en: '"Items" row 2 "Amount" is required' },
      { value: [], path: 'items', keyword: 'minItems', zh: '「明细」至少需要 1 行', en: '"Items" needs at least 1 row' },
      { value: [1, 2, 3, 4, 5].map((amount) => ({ amount })), path: 'items', keyword: 'maxItems', zh: '「明细」最多 4 行', en: '"Items" allows at most 4 rows' },
      { value: [{ amount: 1, note: 5 }], path: 'items[0].note', keyword: 'type', zh: '「明细」第 1 行「说明」应为文本', en: '"Items" row 1 "Note" must be text' },
    ],
  },
  computed: {
    // The server recomputes: whatever was submitted is replaced (here: 2 × 3 = 6), so no submission fails on it.
    field: { key: 'total', type: 'computed', label: label('合计', 'Total'), formula: { op: 'mul', left: { value: 2 }, right: { value: 3 } } },
    valid: [],
    invalid: [],
  },
  serialNumber: {
    field: { key: 'sn', type: 'serialNumber', label: label('编号', 'Serial number'), required: true },
    valid: ['YY-202611-0007'],
    invalid: [{ value: 7, path: 'sn', keyword: 'type', zh: '「编号」应为文本', en: '"Serial number" must be text' }],
  },
  signature: {
    field: { key: 'sig', type: 'signature', label: label('签名', 'Signature'), required: true },
    valid: ['sig-123'],
    invalid: [{ value: '', path: 'sig', keyword: 'minLength', zh: '「签名」为必填项', en: '"Signature" is required' }],
  },
};

describe('compileForm round trips', () => {
  for (const [type, c] of Object.entries(cases)) {
    // computed has its own test below: no submission can fail on it
    if (c.valid.length + c.invalid.length === 0) continue;
    describe(type, () => {
      const { schema } = compileForm(formOf(c.field));
      if (c.valid.length > 0) it.each(c.valid.map((v) => [v]))('accepts %j', (value) => {
        expect(validateSubmission(schema, { [c.field.key]: value })).toEqual({ ok: true, data: { [c.field.key]: value } });
      });
      if (c.invalid.length > 0) it.each(c.invalid.map((x) => [x.value, x]))('refuses %j', (_value, x) => {
        const result = validateSubmission(schema, x.value === undefined ? {} : { [c.field.key]: x.value });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors).toContainEqual({ path: x.path, keyword: x.keyword, message: { zh: x.zh, en: x.en } });
      });
    });
  }

  it('covers every field type', () => {
    const covered = new Set([...Object.values(cases).map((c) => c.field.type), 'description']);
    expect([...FIELD_TYPES].filter((t) => !covered.has(t))).toEqual([]);
  });

  it('recomputes a computed field and ignores what was submitted', () => {
    const { schema } = compileForm(formOf(cases.computed!.field));
    expect(validateSubmission(schema, { total: 'garbage' })).toEqual({ ok: true, data: { total: 6 } });
    expect(validateSubmission(schema, {})).toEqual({ ok: true, data: { total: 6 } });
  });

  it('gives a description field no data property but a place in the UI', () => {
    const { schema, uiSchema } = compileForm(
      formOf({ key: 'intro', type: 'description', label: label('说明', 'About'), help: label('请如实填写', 'Be honest') }, { key: 'n', type: 'number', label: label('数', 'N') }),
    );
    expect(schema.properties).not.toHaveProperty('intro');
    expect(uiSchema.order).toEqual(['intro', 'n']);
    expect(uiSchema.fields.intro).toEqual({ widget: 'description', label: label('说明', 'About'), help: label('请如实填写', 'Be honest'), width: 24 });
    expect(validateSubmission(schema, { intro: 'x' }).ok).toBe(false);
  });
});

describe('compileForm on the leave form', () => {
  const { schema, uiSchema } = compileForm(leaveForm());

  it('emits a closed 2020-12 object with titles and the required fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['days', 'type', 'reason']);
    expect(schema.properties?.days).toMatchObject({ type: 'number', title: 'Leave days', minimum: 0.5, maximum: 365, multipleOf: 0.1 });
    expect(schema.properties?.type?.enum).toEqual(['事假', '病假', '年休假', '调休']);
    expect(schema.properties?.reason).toMatchObject({ type: 'string', minLength: 1, maxLength: 500 });
  });

  it('emits the UI in designer order with widths, options and precision', () => {
    expect(uiSchema.order).toEqual(['days', 'type', 'reason']);
    expect(uiSchema.fields.days).toMatchObject({ widget: 'number', width: 12, precision: 1, required: true });
    expect(uiSchema.fields.type?.options?.[3]).toEqual({ value: '调休', label: { zh: '调休', en: 'Compensatory' } });
  });

  it('is deterministic: compiling twice gives byte-identical JSON', () => {
    const again = compileForm(leaveForm());
    expect(JSON.stringify(again.schema)).toBe(JSON.stringify(schema));
    expect(JSON.stringify(again.uiSchema)).toBe(JSON.stringify(uiSchema));
  });

  it('does not share objects with the model, so editing the model later cannot change a published schema', () => {
    const model = leaveForm();
    const compiled = compileForm(model);
    model.fields[1]?.options?.push({ value: 'x', label: label('x', 'x') });
    model.fields[0]!.label.zh = '改了';
    expect(compiled.uiSchema.fields.type?.options).toHaveLength(4);
    expect(compiled.schema.properties?.days?.['x-label']?.zh).toBe('请假天数');
  });

  it('accepts 0.3 * 3 days despite floating point, and refuses 1.25 days', () => {
    expect(validateSubmission(schema, { days: 0.3 * 3, type: '事假', reason: '家中有事' }).ok).toBe(true);
    const r = validateSubmission(schema, { days: 1.25, type: '事假', reason: '家中有事' });
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'days', keyword: 'multipleOf', message: { zh: '「请假天数」最多保留 1 位小数', en: '"Leave days" may have at most 1 decimal place' } }],
    });
  });

  it('refuses an invalid model with a SchemaError listing the problems', () => {
    const bad = formOf({ key: 'n', type: 'number', label: label('数', 'N'), min: 5, max: 1 });
    expect(() => compileForm(bad)).toThrow(SchemaError);
    try {
      compileForm(bad);
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid_model', messageKey: 'schema.invalidModel', details: [{ path: 'fields[0].min' }] });
    }
  });

  it('leaves hidden and read-only fields out of required', () => {
    const { schema: s } = compileForm(
      formOf(
        { key: 'a', type: 'text', label: label('甲', 'A'), required: true, hidden: true },
        { key: 'b', type: 'text', label: label('乙', 'B'), required: true, readOnly: true },
        { key: 'c', type: 'text', label: label('丙', 'C'), required: true },
      ),
    );
    expect(s.required).toEqual(['c']);
  });
});
