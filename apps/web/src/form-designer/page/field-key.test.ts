import { describe, expect, it } from 'vitest';
import { createHistory, dispatch } from '@signoff/designer';
import type { FormModel } from '@signoff/schema';
import { isGeneratedKey, keyFromLabel } from './field-key';

const empty: FormModel = { modelVersion: 1, key: 'leave', title: { zh: '请假', en: 'Leave' }, fields: [] };

describe('keyFromLabel', () => {
  it('spells a Chinese label in pinyin without tones', () => {
    expect(keyFromLabel({ zh: '请假天数', en: 'Days' }, 'number')).toBe('qingjiatianshu');
  });

  it('keeps letters and digits and drops punctuation', () => {
    expect(keyFromLabel({ zh: '第2天（A班）', en: '' }, 'text')).toBe('di2tianaban');
  });

  it('falls back to the English label when the Chinese one gives nothing', () => {
    expect(keyFromLabel({ zh: '！？', en: 'Leave type' }, 'select')).toBe('leavetype');
  });

  it('gives the designer unique keys for two fields with the same label', () => {
    let h = createHistory(empty, { keyFromLabel });
    h = dispatch(h, { type: 'addField', fieldType: 'number', label: { zh: '请假天数', en: 'Days' } });
    h = dispatch(h, { type: 'addField', fieldType: 'number', label: { zh: '请假天数', en: 'Days' } });
    expect(h.model.fields.map((f) => f.key)).toEqual(['qingjiatianshu', 'qingjiatianshu_2']);
  });
});

describe('isGeneratedKey', () => {
  it('knows a key made from the label from one a person typed', () => {
    expect(isGeneratedKey('shuzi', { zh: '数字', en: 'Number' }, 'number')).toBe(true);
    expect(isGeneratedKey('shuzi_2', { zh: '数字', en: 'Number' }, 'number')).toBe(true);
    expect(isGeneratedKey('field_3', { zh: '', en: '' }, 'number')).toBe(true);
    expect(isGeneratedKey('days', { zh: '数字', en: 'Number' }, 'number')).toBe(false);
  });
});
