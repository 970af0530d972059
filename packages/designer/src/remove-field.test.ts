import { validateModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, keys, leaveForm } from './test/fixtures.js';

const problemsOn = (model: Parameters<typeof validateModel>[0], field: string) =>
  validateModel(model)
    .filter((p) => p.field === field)
    .map((p) => p.code);

describe('removeField', () => {
  it('removes the field and selects its neighbour', () => {
    const model = leaveForm();
    const r = ok(applyCommand(model, { type: 'removeField', field: 'kind' }));
    expect(keys(r.model.fields)).toEqual(['days', 'span', 'reason', 'items', 'total', 'spanDays', 'note']);
    expect(r.changed.removed).toEqual(['kind']);
    expect(r.select).toBe('span');
    const last = ok(applyCommand(model, { type: 'removeField', field: 'note' }));
    expect(last.select).toBe('spanDays');
  });

  it('removing the only field selects nothing', () => {
    const model = { ...leaveForm(), fields: [leaveForm().fields[0]!] };
    expect(ok(applyCommand(model, { type: 'removeField', field: 'days' })).select).toBeNull();
  });

  it('removing a field a rule reads leaves a problem on the field with the rule', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'removeField', field: 'days' }));
    expect(at(r.model, 'reason')?.visibleWhen).toEqual({
      op: 'gte',
      left: { field: 'days' },
      right: { value: 3 },
    });
    expect(problemsOn(r.model, 'reason')).toEqual(['invalid_visibility']);
  });

  it('removing a field a formula reads leaves a problem on the calculation', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'removeField', field: 'span' }));
    expect(problemsOn(r.model, 'spanDays')).toEqual(['invalid_formula']);
    const table = ok(applyCommand(leaveForm(), { type: 'removeField', field: 'items' }));
    expect(problemsOn(table.model, 'total')).toEqual(['invalid_formula']);
  });

  it('removing a column takes it out of the totals; a row formula that read it becomes a problem', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'removeField', field: 'items.amount' }));
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['what', 'twice']);
    expect(at(r.model, 'items')?.sumColumns).toBeUndefined();
    expect(r.changed).toMatchObject({ removed: ['items.amount'], updated: ['items'] });
    expect(r.select).toBe('items.twice');
    expect(problemsOn(r.model, 'items.twice')).toEqual(['invalid_formula']);
    expect(problemsOn(r.model, 'total')).toEqual(['invalid_formula']);
  });

  it('removing the last column selects the table, which then asks for a column', () => {
    let model = leaveForm();
    for (const c of ['what', 'amount', 'twice'])
      model = ok(applyCommand(model, { type: 'removeField', field: `items.${c}` })).model;
    const last = ok(applyCommand(leaveForm(), { type: 'removeField', field: 'items.what' }));
    expect(last.select).toBe('items.amount');
    expect(problemsOn(model, 'items')).toEqual(['missing_columns']);
  });

  it('refuses a field that does not exist', () => {
    const model = leaveForm();
    const r = applyCommand(model, { type: 'removeField', field: 'nope' });
    expect(refusedCode(r)).toBe('unknown_field');
    expect(r.model).toBe(model);
    expect(refusedCode(applyCommand(model, { type: 'removeField', field: 42 as never }))).toBe(
      'unknown_field',
    );
  });
});
