import { describe, expect, it } from 'vitest';
import { diffForms } from './diff-forms.js';
import type { FormField, FormModel } from './form-model.js';
import { expenseForm, formOf, label, leaveForm, options } from './test-fixtures.js';

const withFields = (model: FormModel, edit: (fields: FormField[]) => FormField[]): FormModel => ({ ...model, fields: edit(structuredClone(model.fields)) });
const kinds = (changes: ReturnType<typeof diffForms>) => changes.map((c) => [c.field, c.kind, c.breaking]);

describe('diffForms', () => {
  it('finds nothing between a form and itself', () => {
    expect(diffForms(leaveForm(), leaveForm())).toEqual([]);
    expect(diffForms(expenseForm(), expenseForm())).toEqual([]);
  });

  it('a removed field is breaking, and the message names it in both languages', () => {
    const after = withFields(leaveForm(), (f) => f.filter((x) => x.key !== 'reason'));
    expect(diffForms(leaveForm(), after)).toEqual([
      { field: 'reason', kind: 'field_removed', breaking: true, message: { zh: '删除了字段「请假事由」(reason)', en: 'Removed the field "Reason" (reason)' } },
    ]);
  });

  it('an added optional field is not breaking; an added required one is', () => {
    const after = withFields(leaveForm(), (f) => [
      ...f,
      { key: 'phone', type: 'text', label: label('电话', 'Phone') },
      { key: 'deputy', type: 'user', label: label('代理人', 'Deputy'), required: true },
    ]);
    expect(diffForms(leaveForm(), after)).toEqual([
      { field: 'phone', kind: 'field_added', breaking: false, message: { zh: '新增了选填字段「电话」(phone)', en: 'Added the optional field "Phone" (phone)' } },
      { field: 'deputy', kind: 'field_added', breaking: true, message: { zh: '新增了必填字段「代理人」(deputy)', en: 'Added the required field "Deputy" (deputy)' } },
    ]);
  });

  it('a type change is breaking unless the value keeps its shape (select ↔ radio)', () => {
    const text = withFields(leaveForm(), (f) => f.map((x) => (x.key === 'days' ? { ...x, type: 'text' } : x)));
    expect(diffForms(leaveForm(), text)).toEqual([
      { field: 'days', kind: 'type_changed', breaking: true, message: { zh: '「请假天数」(days) 的类型由 number 改为 text', en: '"Leave days" (days): type changed from number to text' } },
    ]);
    const radio = withFields(leaveForm(), (f) => f.map((x) => (x.key === 'type' ? { ...x, type: 'radio' } : x)));
    expect(kinds(diffForms(leaveForm(), radio))).toEqual([['type', 'type_changed', false]]);
    const many = formOf({ key: 'u', type: 'user', label: label('人', 'User'), multiple: true });
    expect(kinds(diffForms(formOf({ key: 'u', type: 'user', label: label('人', 'User') }), many))).toEqual([['u', 'type_changed', true]]);
  });

  it('newly required is breaking, newly optional is not; a label change is not', () => {
    const before = formOf({ key: 'a', type: 'text', label: label('甲', 'A') });
    const after = formOf({ key: 'a', type: 'text', label: label('甲方', 'Party A'), required: true });
    expect(diffForms(before, after)).toEqual([
      { field: 'a', kind: 'label_changed', breaking: false, message: { zh: '「甲」(a) 的名称改为「甲方」', en: '"A" (a): label changed to "Party A"' } },
      { field: 'a', kind: 'became_required', breaking: true, message: { zh: '「甲」(a) 改为必填', en: '"A" (a) became required' } },
    ]);
    expect(kinds(diffForms(after, before))).toEqual([['a', 'label_changed', false], ['a', 'became_optional', false]]);
  });

  it('a removed option is breaking, an added one is not', () => {
    const after = withFields(leaveForm(), (f) => f.map((x) => (x.key === 'type' ? { ...x, options: [...options('事假', '病假', '婚假')] } : x)));
    expect(kinds(diffForms(leaveForm(), after))).toEqual([
      ['type', 'option_removed', true],
      ['type', 'option_removed', true],
      ['type', 'option_added', false],
    ]);
    expect(diffForms(leaveForm(), after)[0]?.message).toEqual({ zh: '「假期类型」(type) 删除了选项「年休假」', en: '"Leave type" (type): option "年休假" removed' });
  });

  it('narrowed limits are breaking, widened ones are not', () => {
    const narrowed = withFields(leaveForm(), (f) => f.map((x) => (x.key === 'days' ? { ...x, min: 1, max: 30, precision: 0 } : x)));
    expect(kinds(diffForms(leaveForm(), narrowed))).toEqual([
      ['days', 'range_narrowed', true],
      ['days', 'range_narrowed', true],
      ['days', 'range_narrowed', true],
    ]);
    expect(diffForms(leaveForm(), narrowed)[1]?.message).toEqual({
      zh: '「请假天数」(days) 的最大值由 365 改为 30（收紧）',
      en: '"Leave days" (days): maximum changed from 365 to 30 (narrowed)',
    });
    expect(kinds(diffForms(narrowed, leaveForm()))).toEqual([
      ['days', 'range_widened', false],
      ['days', 'range_widened', false],
      ['days', 'range_widened', false],
    ]);
    const files = (f: Partial<FormField>) => formOf({ key: 'f', type: 'attachment', label: label('附件', 'Files'), ...f });
    expect(kinds(diffForms(files({}), files({ maxCount: 3, accept: ['application/pdf'] })))).toEqual([
      ['f', 'range_narrowed', true],
      ['f', 'range_narrowed', true],
    ]);
    expect(kinds(diffForms(files({ accept: ['application/pdf'] }), files({ accept: ['application/pdf', 'image/*'] })))).toEqual([['f', 'range_widened', false]]);
  });

  it('compares table columns as fields named through their table', () => {
    const after = withFields(expenseForm(), (f) =>
      f.map((x) => (x.key === 'items' ? { ...x, columns: (x.columns ?? []).filter((c) => c.key !== 'what').concat({ key: 'memo', type: 'text', label: label('备注', 'Memo') }) } : x)),
    );
    const changes = diffForms(expenseForm(), after);
    expect(changes).toEqual([
      { field: 'items.what', kind: 'field_removed', breaking: true, message: { zh: '删除了字段「明细」的列「品名」(items.what)', en: 'Removed the field "Items" column "Item" (items.what)' } },
      { field: 'items.memo', kind: 'field_added', breaking: false, message: { zh: '新增了选填字段「明细」的列「备注」(items.memo)', en: 'Added the optional field "Items" column "Memo" (items.memo)' } },
    ]);
  });

  it('notes formula and visibility changes as not breaking', () => {
    const after = withFields(expenseForm(), (f) =>
      f.map((x) => (x.key === 'total' ? { ...x, precision: 0 } : x.key === 'city' ? { ...x, visibleWhen: { op: 'notEmpty', operand: { field: 'kind' } } } : x)),
    );
    expect(kinds(diffForms(expenseForm(), after))).toEqual([
      ['city', 'visibility_changed', false],
      ['total', 'formula_changed', false],
    ]);
  });
});
