import { describe, expect, it } from 'vitest';
import { FIELD_PALETTE } from '@signoff/designer';
import { searchPalette } from './palette-search';

const types = (q: string) => searchPalette(q).flatMap((g) => g.types);

describe('searchPalette', () => {
  it('shows every group when the query is blank', () => {
    expect(searchPalette('  ')).toEqual([...FIELD_PALETTE]);
  });

  it('finds a field by its Chinese name, English name, pinyin and pinyin initials', () => {
    for (const q of ['金额', 'amount', 'jine', 'je', 'MONEY']) expect(types(q)).toContain('money');
  });

  it('keeps only the groups that still have a match', () => {
    const groups = searchPalette('附件');
    expect(groups.map((g) => g.id)).toEqual(['files']);
    expect(groups[0]?.types).toEqual(['attachment']);
  });

  it('needs every word to match', () => {
    expect(types('日期 区间')).toEqual(['dateRange']);
    expect(types('zzzz')).toEqual([]);
  });
});
