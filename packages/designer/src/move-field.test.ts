import { validateModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, keys, leaveForm } from './test/fixtures.js';

describe('moveField', () => {
  it('the fixture is a valid form', () => {
    expect(validateModel(leaveForm())).toEqual([]);
  });

  it('a field dragged down lands where it was dropped, the same object', () => {
    const model = leaveForm();
    const r = ok(applyCommand(model, { type: 'moveField', field: 'days', to: { index: 3 } }));
    expect(keys(r.model.fields)).toEqual([
      'kind',
      'span',
      'reason',
      'days',
      'items',
      'total',
      'spanDays',
      'note',
    ]);
    expect(at(r.model, 'days')).toBe(model.fields[0]);
    expect(r.changed.moved).toEqual([{ from: 'days', to: 'days' }]);
    expect(r.select).toBe('days');
  });

  it('a field dragged up lands where it was dropped', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'moveField', field: 'note', to: { index: 0 } }));
    expect(keys(r.model.fields)).toEqual([
      'note',
      'days',
      'kind',
      'span',
      'reason',
      'items',
      'total',
      'spanDays',
    ]);
    const end = ok(applyCommand(leaveForm(), { type: 'moveField', field: 'days', to: {} }));
    expect(end.model.fields.at(-1)?.key).toBe('days');
  });

  it('dropping a field where it already is changes nothing', () => {
    const model = leaveForm();
    const r = ok(applyCommand(model, { type: 'moveField', field: 'kind', to: { index: 1 } }));
    expect(r.model).toBe(model);
    expect(r.changed.moved).toEqual([]);
  });

  it('reorders the columns of a table', () => {
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'moveField',
        field: 'items.twice',
        to: { table: 'items', index: 0 },
      }),
    );
    expect(keys(at(r.model, 'items')?.columns ?? [])).toEqual(['twice', 'what', 'amount']);
    expect(r.changed).toMatchObject({
      moved: [{ from: 'items.twice', to: 'items.twice' }],
      updated: ['items'],
    });
  });

  it('moves a field into a table at the index, and back out', () => {
    const model = leaveForm();
    const into = ok(
      applyCommand(model, { type: 'moveField', field: 'days', to: { table: 'items', index: 1 } }),
    );
    expect(keys(into.model.fields)).not.toContain('days');
    expect(keys(at(into.model, 'items')?.columns ?? [])).toEqual(['what', 'days', 'amount', 'twice']);
    expect(at(into.model, 'items.days')).toBe(model.fields[0]);
    expect(into.changed).toMatchObject({ moved: [{ from: 'days', to: 'items.days' }], updated: ['items'] });
    expect(into.select).toBe('items.days');
    // the rule on `reason` read `days`, which is no longer a form field: a problem on `reason`
    expect(
      validateModel(into.model)
        .filter((p) => p.field === 'reason')
        .map((p) => p.code),
    ).toEqual(['invalid_visibility']);

    const out = ok(applyCommand(into.model, { type: 'moveField', field: 'items.days', to: { index: 0 } }));
    expect(out.model.fields).toEqual(model.fields);
    expect(out.changed.moved).toEqual([{ from: 'items.days', to: 'days' }]);
  });

  it('a column moved out of its table leaves the table totals', () => {
    const r = ok(applyCommand(leaveForm(), { type: 'moveField', field: 'items.amount', to: { index: 0 } }));
    expect(at(r.model, 'items')?.sumColumns).toBeUndefined();
    expect(at(r.model, 'amount')?.type).toBe('money');
  });

  it('refuses to put a table into a table', () => {
    const model = {
      ...leaveForm(),
      fields: [
        ...leaveForm().fields,
        { key: 'more', type: 'table' as const, label: { zh: '更多', en: 'More' }, columns: [] },
      ],
    };
    const r = applyCommand(model, { type: 'moveField', field: 'more', to: { table: 'items' } });
    expect(refusedCode(r)).toBe('table_in_table');
    expect(r.model).toBe(model);
    expect(
      refusedCode(applyCommand(model, { type: 'moveField', field: 'items', to: { table: 'items' } })),
    ).toBe('table_in_table');
  });

  it('refuses a field with a visibility rule as a column, and says what to do', () => {
    const r = applyCommand(leaveForm(), { type: 'moveField', field: 'reason', to: { table: 'items' } });
    expect(refusedCode(r)).toBe('rule_in_table');
    if (!r.ok) expect(r.problem.message.zh).toContain('请先删除「事由」的显示条件');
  });

  it('refuses a key the destination already has', () => {
    const model = leaveForm();
    // a top-level field named like a column cannot go into that table, nor a column out next to a field of its key
    const clash = {
      ...model,
      fields: [...model.fields, { key: 'what', type: 'text' as const, label: { zh: '什么', en: 'What' } }],
    };
    expect(
      refusedCode(applyCommand(clash, { type: 'moveField', field: 'what', to: { table: 'items' } })),
    ).toBe('key_taken');
    expect(refusedCode(applyCommand(clash, { type: 'moveField', field: 'items.what', to: {} }))).toBe(
      'key_taken',
    );
  });

  it('refuses unknown fields and places', () => {
    const model = leaveForm();
    expect(refusedCode(applyCommand(model, { type: 'moveField', field: 'nope', to: {} }))).toBe(
      'unknown_field',
    );
    expect(refusedCode(applyCommand(model, { type: 'moveField', field: 'items.nope', to: {} }))).toBe(
      'unknown_field',
    );
    expect(
      refusedCode(applyCommand(model, { type: 'moveField', field: 'days', to: { table: 'kind' } })),
    ).toBe('not_a_table');
    expect(refusedCode(applyCommand(model, { type: 'moveField', field: 'days', to: null as never }))).toBe(
      'invalid_place',
    );
  });
});
