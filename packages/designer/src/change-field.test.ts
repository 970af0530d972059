import { validateModel, type FieldOption, type FormModel } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command.js';
import { ok, refusedCode } from './test/expect-ok.js';
import { at, leaveForm } from './test/fixtures.js';

describe('changeField', () => {
  it('typing a label changes that field only', () => {
    const model = leaveForm();
    const r = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { label: { zh: '天数', en: 'Days' } },
      }),
    );
    expect(at(r.model, 'days')?.label).toEqual({ zh: '天数', en: 'Days' });
    expect(r.changed).toMatchObject({ updated: ['days'], added: [], removed: [], renamed: [] });
    expect(r.select).toBe('days');
    model.fields.slice(1).forEach((f, i) => expect(r.model.fields[i + 1]).toBe(f));
    expect(model.fields[0]?.label.zh).toBe('请假天数');
  });

  it('sets and clears limits; a limit given as undefined is removed', () => {
    const set = ok(
      applyCommand(leaveForm(), {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { max: 30, required: false },
      }),
    );
    expect(at(set.model, 'days')).toMatchObject({ max: 30, required: false, min: 0.5 });
    const cleared = ok(
      applyCommand(set.model, {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { min: undefined },
      }),
    );
    expect(at(cleared.model, 'days')).not.toHaveProperty('min');
  });

  it('a patch that changes nothing leaves the very same model', () => {
    const model = leaveForm();
    const r = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { min: 0.5, max: undefined },
      }),
    );
    expect(r.model).toBe(model);
    expect(r.changed.updated).toEqual([]);
  });

  it('edits options, width, placeholder, default and formulas; the model stays valid', () => {
    let model = leaveForm();
    const options: FieldOption[] = [
      { value: 'annual', label: { zh: '年休假', en: 'Annual leave' } },
      { value: 'personal', label: { zh: '事假', en: 'Personal leave' } },
    ];
    model = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'kind',
        fieldType: 'select',
        patch: { options, default: 'annual', width: 12 },
      }),
    ).model;
    model = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'reason',
        fieldType: 'textarea',
        patch: { placeholder: { zh: '请填写', en: 'Please fill in' } },
      }),
    ).model;
    model = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'total',
        fieldType: 'computed',
        patch: {
          formula: { op: 'add', left: { op: 'sum', table: 'items', column: 'amount' }, right: { value: 10 } },
        },
      }),
    ).model;
    expect(at(model, 'kind')).toMatchObject({ options, default: 'annual', width: 12 });
    expect(validateModel(model)).toEqual([]);
  });

  it('copies what it stores, so the panel changing its object later does not change the model', () => {
    const label = { zh: '天数', en: 'Days' };
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { label },
      }),
    );
    label.zh = '改了';
    expect(at(r.model, 'days')?.label.zh).toBe('天数');
  });

  it('refuses a patch that does not fit the field', () => {
    const model = leaveForm();
    const codes = [
      applyCommand(model, { type: 'changeField', field: 'days', fieldType: 'text', patch: { maxLength: 3 } }),
      applyCommand(model, {
        type: 'changeField',
        field: 'reason',
        fieldType: 'textarea',
        patch: { min: 3 } as never,
      }),
      applyCommand(model, {
        type: 'changeField',
        field: 'items',
        fieldType: 'table',
        patch: { columns: [] } as never,
      }),
      applyCommand(model, {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { type: 'text' } as never,
      }),
      applyCommand(model, { type: 'changeField', field: 'days', fieldType: 'number', patch: null as never }),
      applyCommand(model, { type: 'changeField', field: 'nope', fieldType: 'number', patch: {} }),
      applyCommand(model, {
        type: 'changeField',
        field: 'items.what',
        fieldType: 'text',
        patch: { visibleWhen: { op: 'notEmpty', operand: { field: 'days' } } },
      }),
    ].map(refusedCode);
    expect(codes).toEqual([
      'wrong_field_type',
      'property_not_allowed',
      'property_not_allowed',
      'property_not_allowed',
      'invalid_command',
      'unknown_field',
      'rule_in_table',
    ]);
  });

  it('refuses an invalid or taken key, naming who has it', () => {
    const model = leaveForm();
    const rename = (field: string, key: string) =>
      applyCommand(model, {
        type: 'changeField',
        field,
        fieldType: field.startsWith('items.') ? 'text' : 'number',
        patch: { key },
      });
    expect(refusedCode(rename('days', '1abc'))).toBe('invalid_key');
    expect(refusedCode(rename('days', ''))).toBe('invalid_key');
    const taken = rename('days', 'total');
    expect(refusedCode(taken)).toBe('key_taken');
    if (!taken.ok)
      expect(taken.problem.message).toEqual({
        zh: '标识「total」已被「合计」使用',
        en: 'The key "total" is already used by "Total"',
      });
    // a form field named like a column would be read by that table's row formulas instead: refused
    expect(refusedCode(rename('days', 'amount'))).toBe('key_taken');
    // and a column named like a form field likewise
    expect(refusedCode(rename('items.what', 'days'))).toBe('key_taken');
  });

  it('renaming a field carries its rules and formulas along, so the form stays valid', () => {
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'changeField',
        field: 'days',
        fieldType: 'number',
        patch: { key: 'leaveDays' },
      }),
    );
    expect(at(r.model, 'reason')?.visibleWhen).toEqual({
      op: 'gte',
      left: { field: 'leaveDays' },
      right: { value: 3 },
    });
    expect(r.changed.renamed).toEqual([{ from: 'days', to: 'leaveDays' }]);
    expect(r.changed.updated).toEqual(['leaveDays', 'reason']);
    expect(r.select).toBe('leaveDays');
    expect(validateModel(r.model)).toEqual([]);
  });

  it('renaming a column carries row formulas, totals and sums along', () => {
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'changeField',
        field: 'items.amount',
        fieldType: 'money',
        patch: { key: 'cost' },
      }),
    );
    const items = at(r.model, 'items');
    expect(items?.sumColumns).toEqual(['cost']);
    expect(at(r.model, 'items.twice')?.formula).toEqual({
      op: 'mul',
      left: { field: 'cost' },
      right: { value: 2 },
    });
    expect(at(r.model, 'total')?.formula).toEqual({ op: 'sum', table: 'items', column: 'cost' });
    expect(r.changed.renamed).toEqual([{ from: 'items.amount', to: 'items.cost' }]);
    expect([...r.changed.updated].sort()).toEqual(['items', 'items.cost', 'items.twice', 'total']);
    expect(validateModel(r.model)).toEqual([]);
  });

  it('renaming a table carries the sums over it along', () => {
    const r = ok(
      applyCommand(leaveForm(), {
        type: 'changeField',
        field: 'items',
        fieldType: 'table',
        patch: { key: 'costs' },
      }),
    );
    expect(at(r.model, 'total')?.formula).toEqual({ op: 'sum', table: 'costs', column: 'amount' });
    expect(validateModel(r.model)).toEqual([]);
  });

  it('a row formula reads its own column first: only references to the renamed field follow', () => {
    const L = { zh: '字段', en: 'Field' };
    const model: FormModel = {
      modelVersion: 1,
      key: 'f',
      title: L,
      fields: [
        { key: 'rate', type: 'number', label: L },
        { key: 'kind', type: 'select', label: L, options: [{ value: 'rate', label: L }] },
        {
          key: 'a',
          type: 'table',
          label: L,
          columns: [
            { key: 'n', type: 'number', label: L },
            {
              key: 'x',
              type: 'computed',
              label: L,
              formula: { op: 'mul', left: { field: 'n' }, right: { field: 'rate' } },
            },
          ],
        },
        {
          key: 'b',
          type: 'table',
          label: L,
          columns: [
            { key: 'rate', type: 'number', label: L },
            {
              key: 'y',
              type: 'computed',
              label: L,
              formula: { op: 'mul', left: { field: 'rate' }, right: { value: 2 } },
            },
          ],
        },
        {
          key: 'c',
          type: 'text',
          label: L,
          visibleWhen: { op: 'eq', left: { field: 'kind' }, right: { value: 'rate' } },
        },
      ],
    };
    expect(validateModel(model)).toEqual([]);
    const r = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'kind',
        fieldType: 'select',
        patch: { key: 'sort' },
      }),
    );
    // a literal that spells a key is data, not a reference
    expect(at(r.model, 'c')?.visibleWhen).toEqual({
      op: 'eq',
      left: { field: 'sort' },
      right: { value: 'rate' },
    });
    // `a` has no column `rate`, so its row formula read the form's field and follows; `b`'s read its own column
    const top = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'rate',
        fieldType: 'number',
        patch: { key: 'price' },
      }),
    );
    expect(at(top.model, 'a.x')?.formula).toEqual({
      op: 'mul',
      left: { field: 'n' },
      right: { field: 'price' },
    });
    expect(at(top.model, 'b.y')).toBe(at(model, 'b.y'));
    expect(validateModel(top.model)).toEqual([]);
    const col = ok(
      applyCommand(model, {
        type: 'changeField',
        field: 'b.rate',
        fieldType: 'number',
        patch: { key: 'factor' },
      }),
    );
    expect(at(col.model, 'b.y')?.formula).toEqual({
      op: 'mul',
      left: { field: 'factor' },
      right: { value: 2 },
    });
    expect(at(col.model, 'a.x')).toBe(at(model, 'a.x'));
    expect(validateModel(col.model)).toEqual([]);
  });
});
