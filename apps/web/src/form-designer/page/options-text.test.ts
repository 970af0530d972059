import { describe, expect, it } from 'vitest';
import type { FieldOption } from '@signoff/schema';
import { moveOption, optionsText, parseOptions } from './options-text';

const annual: FieldOption = { value: 'annual', label: { zh: '年休假', en: 'Annual leave' } };

describe('options box', () => {
  it('takes one option per line from a paste, dropping blanks and repeats', () => {
    const opts = parseOptions('事假\n\n病假 | Sick leave\n事假\n', []);
    expect(opts).toEqual([
      { value: 'shijia', label: { zh: '事假', en: '事假' } },
      { value: 'bingjia', label: { zh: '病假', en: 'Sick leave' } },
    ]);
  });

  it('keeps the value of an option that was there, so old submissions still match', () => {
    const opts = parseOptions('病假\n年休假 | Annual leave', [annual]);
    expect(opts.map((o) => o.value)).toEqual(['bingjia', 'annual']);
  });

  it('gives distinct values to labels with the same pinyin', () => {
    const opts = parseOptions('事假\n试驾', []);
    expect(new Set(opts.map((o) => o.value)).size).toBe(2);
  });

  it('shows the options back one per line and round-trips them', () => {
    const text = optionsText([annual, { value: 'sick', label: { zh: '病假', en: '病假' } }]);
    expect(text).toBe('年休假 | Annual leave\n病假');
    expect(parseOptions(text, [annual]).map((o) => o.label)).toEqual([
      annual.label,
      { zh: '病假', en: '病假' },
    ]);
  });

  it('moves an option up and down, and not past the ends', () => {
    const list = parseOptions('甲\n乙\n丙', []);
    expect(moveOption(list, 2, 1).map((o) => o.label.zh)).toEqual(['甲', '丙', '乙']);
    expect(moveOption(list, 0, -1)).toEqual(list);
  });
});
