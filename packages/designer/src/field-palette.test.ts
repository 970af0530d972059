import { FIELD_TYPES } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { createField } from './field-factory.js';
import { FIELD_PALETTE, FIELD_TYPE_NAMES } from './field-palette.js';
import { FIELD_PROPERTIES } from './field-properties.js';

describe('palette and field factories', () => {
  it('every field type is in exactly one palette group', () => {
    const listed = FIELD_PALETTE.flatMap((g) => g.types);
    expect([...listed].sort()).toEqual([...FIELD_TYPES].sort());
    expect(FIELD_PALETTE.map((g) => g.name.zh)).toEqual([
      '基础字段',
      '选择',
      '人员与部门',
      '文件',
      '布局',
      '高级',
    ]);
  });

  it('a new field carries its type name as label, in both languages', () => {
    expect(createField('text')).toEqual({
      key: 'field_1',
      type: 'text',
      label: { zh: '单行文本', en: 'Text' },
    });
    for (const type of FIELD_TYPES) {
      const f = createField(type);
      expect(f.label).toEqual(FIELD_TYPE_NAMES[type]);
      expect(f.label).not.toBe(FIELD_TYPE_NAMES[type]);
    }
  });

  it('choices start with three options and a table with one column, each keyed by the generator', () => {
    expect(createField('radio').options?.map((o) => o.label.zh)).toEqual(['选项1', '选项2', '选项3']);
    const asked: string[] = [];
    const table = createField('table', (label, type) => {
      asked.push(`${type}:${label.zh}`);
      return `k${asked.length}`;
    });
    expect(asked).toEqual(['table:明细', 'text:单行文本']);
    expect(table.key).toBe('k1');
    expect(table.columns?.map((c) => c.key)).toEqual(['k2']);
  });

  it('every type may change its key, label and place; only inputs are required', () => {
    for (const type of FIELD_TYPES) {
      expect(FIELD_PROPERTIES[type]).toEqual(
        expect.arrayContaining(['key', 'label', 'width', 'visibleWhen']),
      );
    }
    const requirable = FIELD_TYPES.filter((t) =>
      (FIELD_PROPERTIES[t] as readonly string[]).includes('required'),
    );
    expect(requirable).not.toContain('computed');
    expect(requirable).not.toContain('description');
    expect(requirable).not.toContain('serialNumber');
  });
});
