import { describe, expect, it } from 'vitest';
import { createHistory, dispatch, type FormCommand } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import {
  dropCommand,
  fieldId,
  gapsInOrder,
  homeGap,
  paletteId,
  stepGap,
  subjectOf,
  type Gap,
} from './drop-target';

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

const after = (cmd: FormCommand | null) => {
  expect(cmd).not.toBeNull();
  const h = dispatch(createHistory(form), cmd as FormCommand);
  expect(h.last.kind).toBe('changed');
  return h.model;
};
const keysAfter = (cmd: FormCommand | null) => after(cmd).fields.map((f) => f.key);

describe('dropCommand', () => {
  it('puts a palette field in the gap, before the field there, or at the end', () => {
    expect(dropCommand(form, paletteId('number'), { index: 1 })).toEqual({
      type: 'addField',
      fieldType: 'number',
      at: { index: 1 },
    });
    expect(keysAfter(dropCommand(form, paletteId('date'), { index: 4 })).at(-1)).toBe('field_1');
  });

  it('reorders downwards and upwards: a gap counts the list with the dragged field still in it', () => {
    // the gap before c is index 3; a leaves index 0, so it ends up at 2, just before c
    expect(keysAfter(dropCommand(form, fieldId('a'), { index: 3 }))).toEqual(['b', 'items', 'a', 'c']);
    expect(keysAfter(dropCommand(form, fieldId('a'), { index: 4 }))).toEqual(['b', 'items', 'c', 'a']);
    expect(keysAfter(dropCommand(form, fieldId('c'), { index: 0 }))).toEqual(['c', 'a', 'b', 'items']);
  });

  it('moves into a detail table before a column or at its end, and a column back out', () => {
    expect(dropCommand(form, fieldId('a'), { table: 'items', index: 0 })).toEqual({
      type: 'moveField',
      field: 'a',
      to: { table: 'items', index: 0 },
    });
    const table = after(dropCommand(form, paletteId('text'), { table: 'items', index: 1 })).fields[2];
    expect(table?.columns?.map((c) => c.type)).toEqual(['money', 'text']);
    expect(keysAfter(dropCommand(form, fieldId('items.amount'), { index: 0 }))).toEqual([
      'amount',
      'a',
      'b',
      'items',
      'c',
    ]);
  });

  it('changes nothing beside itself, outside the canvas, or where the core refuses a column', () => {
    expect(dropCommand(form, fieldId('b'), { index: 1 })).toBeNull();
    expect(dropCommand(form, fieldId('b'), { index: 2 })).toBeNull();
    expect(dropCommand(form, fieldId('a'), null)).toBeNull();
    expect(dropCommand(form, fieldId('items'), { table: 'items', index: 0 })).toBeNull();
    expect(dropCommand(form, paletteId('table'), { table: 'items', index: 0 })).toBeNull();
    expect(dropCommand(form, 'somewhere', { index: 0 })).toBeNull();
  });
});

describe('the keyboard walk over the gaps', () => {
  const walk = (id: string, from: Gap, direction: 1 | -1, steps: number) => {
    const subject = subjectOf(id);
    if (!subject) throw new Error(id);
    const seen: Gap[] = [];
    let gap = from;
    for (let i = 0; i < steps; i++) seen.push((gap = stepGap(form, subject, gap, direction)));
    return seen;
  };

  it('lists every gap in reading order, a table’s columns right after the gap before it', () => {
    expect(gapsInOrder(form)).toEqual([
      { index: 0 },
      { index: 1 },
      { index: 2 },
      { table: 'items', index: 0 },
      { table: 'items', index: 1 },
      { index: 3 },
      { index: 4 },
    ]);
  });

  it('one ArrowDown swaps a field with the next; it steps into a table and out, and stops at the end', () => {
    const home = homeGap(form, { kind: 'field', path: 'a' });
    expect(home).toEqual({ index: 0 });
    expect(walk(fieldId('a'), home as Gap, 1, 6)).toEqual([
      { index: 2 },
      { table: 'items', index: 0 },
      { table: 'items', index: 1 },
      { index: 3 },
      { index: 4 },
      { index: 4 },
    ]);
    expect(keysAfter(dropCommand(form, fieldId('a'), { index: 2 }))).toEqual(['b', 'a', 'items', 'c']);
  });

  it('skips the column places for what cannot be a column, and walks up too', () => {
    expect(walk(fieldId('c'), { index: 3 }, -1, 3)).toEqual([
      { table: 'items', index: 1 },
      { table: 'items', index: 0 },
      { index: 2 },
    ]);
    expect(walk(fieldId('items'), { index: 2 }, 1, 1)).toEqual([{ index: 4 }]);
    expect(walk(fieldId('items.amount'), { table: 'items', index: 0 }, -1, 1)).toEqual([{ index: 2 }]);
  });
});
