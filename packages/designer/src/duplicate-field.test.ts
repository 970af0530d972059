import { validateModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, keys, leaveForm } from './test/fixtures.js';

describe('duplicateField', () => {
  it('puts a copy right after the original with a unique key and "副本" / "copy" label, and selects it', () => {
    const model = leaveForm();
    const r = ok(applyCommand(model, { type: 'duplicateField', field: 'days' }));
    expect(keys(r.model.fields).slice(0, 3)).toEqual(['days', 'field_1', 'kind']);
    const copy = at(r.model, 'field_1');
    expect(copy).toEqual({
      ...model.fields[0],
      key: 'field_1',
      label: { zh: '请假天数 副本', en: 'Days copy' },
    });
    expect(r.select).toBe('field_1');
    expect(r.changed.added).toEqual(['field_1']);
    expect(validateModel(r.model)).toEqual([]);
  });

  it('duplicating twice gives two different keys; the injected generator names them from the label', () => {
    const keyFromLabel = (l: { en: string }) => l.en.replace(/\s+/g, '_').toLowerCase();
    const once = ok(applyCommand(leaveForm(), { type: 'duplicateField', field: 'days' }, { keyFromLabel }));
    const twice = ok(applyCommand(once.model, { type: 'duplicateField', field: 'days' }, { keyFromLabel }));
    expect(once.select).toBe('days_copy');
    expect(twice.select).toBe('days_copy_2');
  });

  it('keeps rules and formulas of the original', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'duplicateField', field: 'reason' }));
    expect(at(r.model, 'field_1')?.visibleWhen).toEqual(at(r.model, 'reason')?.visibleWhen);
    expect(validateModel(r.model)).toEqual([]);
  });

  it('duplicates a column inside its table', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'duplicateField', field: 'items.amount' }));
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['what', 'amount', 'field_1', 'twice']);
    expect(r.select).toBe('items.field_1');
    expect(r.changed).toMatchObject({ added: ['items.field_1'], updated: ['items'] });
  });

  it('a duplicated table keeps its column keys and its row formulas, and is valid', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'duplicateField', field: 'items' }));
    expect(keys(at(r.model, 'field_1')?.columns ?? [])).toEqual(['what', 'amount', 'twice']);
    expect(validateModel(r.model)).toEqual([]);
  });

  it('refuses a field that does not exist', () => {
    expect(refusedCode(applyCommand(leaveForm(), { type: 'duplicateField', field: 'gone' }))).toBe(
      'unknown_field',
    );
  });
});
