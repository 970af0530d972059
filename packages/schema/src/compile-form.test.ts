import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import type { FormField } from './form-model.js';
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
    field: { key: 'amount', type: 'money', label: L, required: true },
    valid: [0, 19.99, 1234567.01, 0.07],
    invalid: [
      { value: -0.01, path: 'amount', keyword: 'minimum', zh: '「金额」不能小于 0', en: '"Amount" must be at least 0' },
      { value: 1.001, path: 'amount', keyword: 'multipleOf', zh: '「金额」最多保留 2 位小数', en: '"Amount" may have at most 2 decimal places' },
    ],
  },
  date: {
    field: { key: 'start', type: 'date', label: label('开始日期', 'Start date') },
    valid: ['2026-02-28', '2024-02-29'],
    invalid: [
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
    valid: [['2026-01-01', '2026-01-03']],
    invalid: [
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
    field: { key: 'tags', type: 'multiSelect', label: label('标签', 'Tags'), required: true, options: options('a', 'b') },
    valid: [['a'], ['a', 'b']],
    invalid: [
      { value: [], path: 'tags', keyword: 'minItems', zh: '「标签」为必填项', en: '"Tags" is required' },
      { value: ['a', 'a'], path: 'tags', keyword: 'uniqueItems', zh: '「标签」有重复的项', en: '"Tags" lists the same item twice' },
      { value: ['a', 'z'], path: 'tags[1]', keyword: 'enum', zh: '「标签」的值不在可选项中', en: '"Tags" is not one of the options' },
    ],
  },
  checkbox: {
    field: { key: 'ok', type: 'checkbox', label: label('确认', 'Confirm'), options: options('x') },
    valid: [[], ['x']],
    invalid: [{ value: 'x', path: 'ok', keyword: 'type', zh: '「确认」应为列表', en: '"Confirm" must be a list' }],
  },
  user: {
    field: { key: 'who', type: 'user', label: label('代理人', 'Deputy') },
    valid: ['u-1'],
    invalid: [{ value: '', path: 'who', keyword: 'minLength', zh: '「代理人」不能为空', en: '"Deputy" must not be empty' }],
  },
  attachment: {
    field: { key: 'files', type: 'attachment', label: label('附件', 'Files') },
    valid: [[], [{ name: 'a.pdf', size: 10, url: '/files/1' }]],
    invalid: [{ value: [{ name: 'a.pdf', url: '/f' }], path: 'files[0].size', keyword: 'required', zh: '「附件 第 1 行 大小」为必填项', en: '"Files, row 1, Size" is required' }],
  },
  table: {
    field: { key: 'items', type: 'table', label: label('明细', 'Items'), columns: [{ key: 'amount', type: 'money', label: L, required: true }] },
    valid: [[{ amount: 1 }, { amount: 2.5 }]],
    invalid: [
      { value: [{ amount: 1 }, {}, {}, { amount: -1 }], path: 'items[3].amount', keyword: 'minimum', zh: '「明细 第 4 行 金额」不能小于 0', en: '"Items, row 4, Amount" must be at least 0' },
      { value: [{ amount: 1 }, {}], path: 'items[1].amount', keyword: 'required', zh: '「明细 第 2 行 金额」为必填项', en: '"Items, row 2, Amount" is required' },
    ],
  },
};

describe('compileForm round trips', () => {
  for (const [type, c] of Object.entries(cases)) {
    describe(type, () => {
      const { schema } = compileForm(formOf(c.field));
      it.each(c.valid.map((v) => [v]))('accepts %j', (value) => {
        expect(validateSubmission(schema, { [c.field.key]: value })).toEqual({ ok: true, data: { [c.field.key]: value } });
      });
      it.each(c.invalid.map((x) => [x.value, x]))('refuses %j', (_value, x) => {
        const result = validateSubmission(schema, { [c.field.key]: x.value });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors).toContainEqual({ path: x.path, keyword: x.keyword, message: { zh: x.zh, en: x.en } });
      });
    });
  }

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
