import { describe, expect, it } from 'vitest';
import type { FormModel } from '@signoff/schema';
import { decodeFields, encodeFields, fieldsToCopy, pastePlace } from './field-clipboard';

const model: FormModel = {
  modelVersion: 1,
  key: 'f',
  title: { zh: '表', en: 'Form' },
  fields: [
    { key: 'a', type: 'text', label: { zh: '甲', en: 'A' } },
    {
      key: 't',
      type: 'table',
      label: { zh: '明细', en: 'Items' },
      columns: [
        { key: 'c1', type: 'text', label: { zh: '列一', en: 'C1' } },
        { key: 'c2', type: 'number', label: { zh: '列二', en: 'C2' } },
      ],
    },
    { key: 'b', type: 'number', label: { zh: '乙', en: 'B' } },
  ],
};

describe('the field clipboard', () => {
  it('round-trips a table with its columns under the marker', () => {
    const fields = fieldsToCopy(model, 't');
    expect(fields?.[0]?.columns).toHaveLength(2);
    const text = encodeFields(fields ?? []);
    expect(JSON.parse(text)).toMatchObject({ signoff: 'fields', version: 1 });
    expect(decodeFields(text)).toEqual(fields);
  });

  it('copies a single column, and nothing when no field is selected', () => {
    expect(fieldsToCopy(model, 't.c2')?.[0]?.key).toBe('c2');
    expect(fieldsToCopy(model, null)).toBeNull();
    expect(fieldsToCopy(model, 'gone')).toBeNull();
  });

  it('refuses any other text: plain words, other JSON, a wrong version, an empty list', () => {
    for (const text of [
      '',
      '请假天数',
      '{"fields":[{"key":"a","type":"text"}]}',
      '{"signoff":"fields","version":2,"fields":[{"type":"text"}]}',
      '{"signoff":"fields","version":1,"fields":[]}',
      '{"signoff":"fields","version":1,"fields":[1]}',
      '[1,2]',
      '{"signoff":"fields"',
    ])
      expect([text, decodeFields(text)]).toEqual([text, null]);
  });

  it('pastes right after the selected field, inside its table for a column, at the end with none', () => {
    expect(pastePlace(model, 'a')).toEqual({ index: 1 });
    expect(pastePlace(model, 'b')).toEqual({ index: 3 });
    expect(pastePlace(model, 't.c1')).toEqual({ table: 't', index: 1 });
    expect(pastePlace(model, null)).toEqual({});
  });
});
