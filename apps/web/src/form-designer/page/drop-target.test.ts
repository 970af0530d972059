import { describe, expect, it } from 'vitest';
import { createHistory, dispatch, type FormCommand } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { dropCommand, END_ZONE, fieldId, paletteId, tableZoneId } from './drop-target';

const form: FormModel = {
  modelVersion: 1,
  key: 'trip',
  title: { zh: '出差', en: 'Trip' },
  fields: [
    { key: 'a', type: 'text', label: { zh: '甲', en: 'A' } },
    { key: 'b', type: 'text', label: { zh: '乙', en: 'B' } },
    {
      key: 'items',
      type: 'table',
      label: { zh: '明细', en: 'Items' },
      columns: [{ key: 'amount', type: 'money', label: { zh: '金额', en: 'Amount' } }],
    },
    { key: 'c', type: 'text', label: { zh: '丙', en: 'C' } },
  ],
};

const keysAfter = (cmd: FormCommand | null) => {
  expect(cmd).not.toBeNull();
  const h = dispatch(createHistory(form), cmd as FormCommand);
  expect(h.last.kind).toBe('changed');
  return h.model.fields.map((f) => f.key);
};

describe('dropCommand', () => {
  it('puts a palette field where it is dropped, before the field there', () => {
    const cmd = dropCommand(form, paletteId('number'), fieldId('b'));
    expect(cmd).toEqual({ type: 'addField', fieldType: 'number', at: { index: 1 } });
  });

  it('appends at the end zone', () => {
    expect(keysAfter(dropCommand(form, paletteId('date'), END_ZONE))).toEqual([
      'a',
      'b',
      'items',
      'c',
      'field_1',
    ]);
  });

  it('reorders by dropping a field on another, downwards and upwards', () => {
    expect(keysAfter(dropCommand(form, fieldId('a'), fieldId('c')))).toEqual(['b', 'items', 'c', 'a']);
    expect(keysAfter(dropCommand(form, fieldId('c'), fieldId('a')))).toEqual(['c', 'a', 'b', 'items']);
  });

  it('drops into a detail table as a column, before a column or at the end', () => {
    expect(dropCommand(form, fieldId('a'), fieldId('items.amount'))).toEqual({
      type: 'moveField',
      field: 'a',
      to: { table: 'items', index: 0 },
    });
    const h = dispatch(
      createHistory(form),
      dropCommand(form, paletteId('text'), tableZoneId('items')) as FormCommand,
    );
    const table = h.model.fields.find((f) => f.key === 'items');
    expect(table?.columns?.map((c) => c.type)).toEqual(['money', 'text']);
  });

  it('changes nothing when dropped on itself or outside', () => {
    expect(dropCommand(form, fieldId('a'), fieldId('a'))).toBeNull();
    expect(dropCommand(form, fieldId('a'), null)).toBeNull();
    expect(dropCommand(form, fieldId('a'), 'somewhere')).toBeNull();
  });
});
