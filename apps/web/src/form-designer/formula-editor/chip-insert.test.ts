import { describe, expect, it } from 'vitest';
import { columnSnippet, FUNCTION_SNIPPETS, insertAt } from './chip-insert';

describe('chip insertion', () => {
  it('puts the chip at the caret, or over the selection', () => {
    expect(insertAt('1 +  × 2', 4, 4, { text: '[金额]' })).toEqual({ text: '1 + [金额] × 2', caret: 8 });
    expect(insertAt('1 + x × 2', 4, 5, { text: '[金额]' })).toEqual({ text: '1 + [金额] × 2', caret: 8 });
  });

  it('leaves the caret inside a function for its first argument', () => {
    expect(insertAt('', 0, 0, FUNCTION_SNIPPETS.round)).toEqual({ text: 'round(, 2)', caret: 6 });
  });

  it('writes SUM around a column unless the caret is already inside SUM(', () => {
    expect(columnSnippet('[费用明细.金额]', '1 + ')).toEqual({ text: 'SUM([费用明细.金额])' });
    expect(columnSnippet('[费用明细.金额]', '1 + sum( ')).toEqual({ text: '[费用明细.金额]' });
  });
});
