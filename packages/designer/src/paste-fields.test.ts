import { validateModel, type FormField } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, DAYS, ITEMS, keys, leaveForm, REASON, TOTAL } from './test/fixtures.js';

const L = (zh: string, en: string) => ({ zh, en });

describe('pasteFields', () => {
  it('pastes fields from another form, keeping keys that are free', () => {
    const clipboard: FormField[] = [{ key: 'city', type: 'text', label: L('城市', 'City') }];
    const r = ok(applyCommand(leaveForm(), { type: 'pasteFields', fields: clipboard, at: { index: 1 } }));
    expect(keys(r.model.fields).slice(0, 3)).toEqual(['days', 'city', 'kind']);
    expect(r.select).toBe('city');
    expect(r.changed.added).toEqual(['city']);
    // the model has its own copy: the clipboard can change without changing the form
    expect(at(r.model, 'city')).not.toBe(clipboard[0]);
  });

  it('gives clashing keys fresh ones, and the pasted fields keep reading each other', () => {
    // copied from this very form: `days`, the rule on `reason` reading it, the table and the sum over it
    const r = ok(applyCommand(leaveForm(), { type: 'pasteFields', fields: [DAYS, REASON, ITEMS, TOTAL] }));
    const pasted = r.model.fields.slice(-4);
    expect(keys(pasted)).toEqual(['field_1', 'field_2', 'field_3', 'field_4']);
    expect(pasted[1]?.visibleWhen).toEqual({ op: 'gte', left: { field: 'field_1' }, right: { value: 3 } });
    expect(pasted[3]?.formula).toEqual({ op: 'sum', table: 'field_3', column: 'amount' });
    // the table's row formula reads its own column, which kept its key
    expect(pasted[2]?.columns?.[2]?.formula).toEqual({
      op: 'mul',
      left: { field: 'amount' },
      right: { value: 2 },
    });
    expect(r.select).toBe('field_1');
    expect(validateModel(r.model)).toEqual([]);
  });

  it('a pasted field that reads a field not pasted keeps that reference', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'pasteFields', fields: [{ ...REASON, key: 'why' }] }));
    expect(at(r.model, 'why')?.visibleWhen).toEqual(REASON.visibleWhen);
    expect(validateModel(r.model)).toEqual([]);
  });

  it('pasting the same clipboard twice gives different keys', () => {
    const clipboard: FormField[] = [{ key: 'city', type: 'text', label: L('城市', 'City') }];
    const once = ok(applyCommand(leaveForm(), { type: 'pasteFields', fields: clipboard }));
    const twice = ok(
      applyCommand(once.model, { type: 'pasteFields', fields: clipboard }, { keyFromLabel: (l) => l.en }),
    );
    expect(twice.select).toBe('City');
    expect(validateModel(twice.model)).toEqual([]);
  });

  it('pastes columns into a table; clashing columns get fresh keys and row formulas follow', () => {
    const columns: FormField[] = [
      { key: 'amount', type: 'money', label: L('金额', 'Amount') },
      {
        key: 'tax',
        type: 'computed',
        label: L('税', 'Tax'),
        formula: { op: 'mul', left: { field: 'amount' }, right: { value: 0.06 } },
      },
    ];
    const r = ok(
      applyCommand(leaveForm(), { type: 'pasteFields', fields: columns, at: { table: 'items', index: 0 } }),
    );
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['field_1', 'tax', 'what', 'amount', 'twice']);
    expect(at(r.model, 'items.tax')?.formula).toEqual({
      op: 'mul',
      left: { field: 'field_1' },
      right: { value: 0.06 },
    });
    expect(r.changed).toMatchObject({ added: ['items.field_1', 'items.tax'], updated: ['items'] });
    expect(validateModel(r.model)).toEqual([]);
  });

  it('a column pasted with a form field key gets a fresh one, so row formulas keep reading the form', () => {
    const r = ok(
      applyCommand(leaveForm(), { type: 'pasteFields', fields: [{ ...DAYS }], at: { table: 'items' } }),
    );
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['what', 'amount', 'twice', 'field_1']);
  });

  it('refuses to paste a table into a table, or a field with a visibility rule', () => {
    const model = leaveForm();
    const table = applyCommand(model, { type: 'pasteFields', fields: [ITEMS], at: { table: 'items' } });
    expect(refusedCode(table)).toBe('table_in_table');
    expect(table.model).toBe(model);
    expect(
      refusedCode(
        applyCommand(model, { type: 'pasteFields', fields: [DAYS, REASON], at: { table: 'items' } }),
      ),
    ).toBe('rule_in_table');
  });

  it('refuses a clipboard that holds no fields', () => {
    const model = leaveForm();
    for (const fields of [
      [],
      null,
      'days',
      [1],
      [{ key: 'x', type: 'slider', label: L('x', 'x') }],
      [DAYS, {}],
    ]) {
      expect(refusedCode(applyCommand(model, { type: 'pasteFields', fields: fields as never }))).toBe(
        'invalid_clipboard',
      );
    }
  });

  it('takes a clipboard with broken fields and lets the problems list say what is wrong', () => {
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'pasteFields',
        fields: [{ key: '', type: 'number', label: 'Days' } as never],
      }),
    );
    expect(r.select).toBe('field_1');
    expect(validateModel(r.model).map((p) => [p.field, p.code])).toEqual([['field_1', 'missing_label']]);
  });
});
