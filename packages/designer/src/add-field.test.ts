import { FIELD_TYPES, validateModel, type FormModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok } from './test/expect-ok.js';
import { at, keys, leaveForm } from './test/fixtures.js';
const empty = (): FormModel => ({ modelVersion: 1, key: 'f', title: { zh: '表', en: 'Form' }, fields: [] });

describe('addField', () => {
  it('appends a clicked palette item with the type name as label and selects it', () => {
    const model = leaveForm();
    const r = ok(applyCommand(model, { type: 'addField', fieldType: 'number' }));
    const added = r.model.fields.at(-1);
    expect(added).toEqual({ key: 'field_1', type: 'number', label: { zh: '数字', en: 'Number' } });
    expect(r.select).toBe('field_1');
    expect(r.changed).toMatchObject({ added: ['field_1'], removed: [], updated: [], moved: [] });
    // everything else is the very same object, so the canvas redraws one row
    model.fields.forEach((f, i) => expect(r.model.fields[i]).toBe(f));
    expect(model.fields).toHaveLength(8);
  });

  it('drops between fields: the new field is at the index it was dropped on', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'addField', fieldType: 'text', at: { index: 2 } }));
    expect(keys(r.model.fields).slice(0, 4)).toEqual(['days', 'kind', 'field_1', 'span']);
    const end = ok(applyCommand(leaveForm(), { type: 'addField', fieldType: 'text', at: { index: 99 } }));
    expect(end.model.fields.at(-1)?.key).toBe('field_1');
  });

  it('drops into a detail table as a column at the index', () => {
    const r = ok(
      applyCommand(leaveForm(), { type: 'addField', fieldType: 'date', at: { table: 'items', index: 1 } }),
    );
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['what', 'field_1', 'amount', 'twice']);
    expect(r.select).toBe('items.field_1');
    expect(r.changed).toMatchObject({ added: ['items.field_1'], updated: ['items'] });
  });

  it('refuses what a column cannot be, leaving the model as it was', () => {
    const model = leaveForm();
    for (const [fieldType, code] of [
      ['table', 'table_in_table'],
      ['serialNumber', 'serial_number_in_table'],
    ] as const) {
      const r = applyCommand(model, { type: 'addField', fieldType, at: { table: 'items' } });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.problem.code).toBe(code);
        expect(r.problem.message.zh).toMatch(/明细表/);
      }
      expect(r.model).toBe(model);
    }
  });

  it('refuses an unknown type, table or position with a typed problem', () => {
    const model = leaveForm();
    const codes = [
      applyCommand(model, { type: 'addField', fieldType: 'slider' as never }),
      applyCommand(model, { type: 'addField', fieldType: 'text', at: { table: 'nope' } }),
      applyCommand(model, { type: 'addField', fieldType: 'text', at: { table: 'days' } }),
      applyCommand(model, { type: 'addField', fieldType: 'text', at: { index: -1 } }),
      applyCommand(model, { type: 'addField', fieldType: 'text', at: { index: 1.5 } }),
      applyCommand(model, { type: 'addField', fieldType: 'text', label: 'x' as never }),
    ].map((r) => (r.ok ? 'ok' : r.problem.code));
    expect(codes).toEqual([
      'unknown_type',
      'unknown_table',
      'not_a_table',
      'invalid_place',
      'invalid_place',
      'invalid_command',
    ]);
  });

  it('makes keys from the label with the injected generator, unique and valid', () => {
    const pinyin: Record<string, string> = { 数字: 'shuzi', 金额: 'jine', 日期: '2024', 附件: '附件' };
    const keyFromLabel = (l: { zh: string }) => pinyin[l.zh] ?? '';
    let model = leaveForm();
    const made: string[] = [];
    for (const fieldType of ['number', 'number', 'money', 'date', 'attachment'] as const) {
      const r = ok(applyCommand(model, { type: 'addField', fieldType }, { keyFromLabel }));
      model = r.model;
      made.push(r.select as string);
    }
    expect(made).toEqual(['shuzi', 'shuzi_2', 'jine', 'f2024', 'field_1']);
    const days = ok(
      applyCommand(
        leaveForm(),
        { type: 'addField', fieldType: 'number', label: { zh: '天数', en: 'Days' } },
        {
          keyFromLabel: (l) => (l.en === 'Days' ? 'days' : 'x'),
        },
      ),
    );
    // `days` is taken, so the label's key gets a suffix
    expect(days.select).toBe('days_2');
    expect(at(days.model, 'days_2')?.label).toEqual({ zh: '天数', en: 'Days' });
  });

  it('numbers default keys past the highest in use, so a deleted key is not reused at once', () => {
    let model = empty();
    for (let i = 0; i < 3; i++)
      model = ok(applyCommand(model, { type: 'addField', fieldType: 'text' })).model;
    model = ok(applyCommand(model, { type: 'removeField', field: 'field_3' })).model;
    expect(ok(applyCommand(model, { type: 'addField', fieldType: 'text' })).select).toBe('field_3');
    model = ok(applyCommand(model, { type: 'removeField', field: 'field_1' })).model;
    expect(ok(applyCommand(model, { type: 'addField', fieldType: 'text' })).select).toBe('field_3');
  });

  it('gives every field type a valid start; only a calculation asks for its formula', () => {
    for (const fieldType of FIELD_TYPES) {
      const r = ok(applyCommand(empty(), { type: 'addField', fieldType }));
      const problems = validateModel(r.model).map((p) => p.code);
      expect(problems, fieldType).toEqual(fieldType === 'computed' ? ['missing_formula'] : []);
    }
  });

  it('keeps column keys unique across the form, so a path names one field', () => {
    let model = empty();
    model = ok(applyCommand(model, { type: 'addField', fieldType: 'table' })).model;
    model = ok(applyCommand(model, { type: 'addField', fieldType: 'text' })).model;
    model = ok(applyCommand(model, { type: 'addField', fieldType: 'text', at: { table: 'field_1' } })).model;
    expect(keys(model.fields)).toEqual(['field_1', 'field_3']);
    expect(keys(model.fields[0]?.columns ?? [])).toEqual(['field_2', 'field_4']);
  });
});
