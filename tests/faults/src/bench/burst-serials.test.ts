import { describe, expect, it } from 'vitest';
import { checkSerials, serialsAreSound } from './burst-serials.js';

const row = (id: string, serialNo: string, templateId = 't1') => ({ id, serialNo, templateId });

describe('the burst serial check', () => {
  it('passes a gap-free run per template and period', () => {
    const stored = [
      row('a', 'QJ-202612-0001'),
      row('b', 'QJ-202612-0002'),
      row('c', 'QJ-202701-0001'),
      row('d', 'CC-202612-0001', 't2'),
    ];
    const v = checkSerials(
      [
        { id: 'a', serialNo: 'QJ-202612-0001' },
        { id: 'c', serialNo: undefined },
      ],
      stored,
    );
    expect(serialsAreSound(v)).toBe(true);
  });

  it('names an acknowledged submission that is not stored, or stored under another number', () => {
    const stored = [row('a', 'QJ-202612-0001')];
    const v = checkSerials(
      [
        { id: 'a', serialNo: 'QJ-202612-0002' },
        { id: 'lost', serialNo: 'QJ-202612-0003' },
      ],
      stored,
    );
    expect(v.missing).toEqual(['a', 'lost']);
    expect(serialsAreSound(v)).toBe(false);
  });

  it('names duplicates and holes', () => {
    const stored = [row('a', 'QJ-202612-0001'), row('b', 'QJ-202612-0001'), row('c', 'QJ-202612-0004')];
    const v = checkSerials([], stored);
    expect(v.duplicates).toEqual(['QJ-202612-0001']);
    expect(v.gaps).toEqual(['t1 202612: 2', 't1 202612: 3']);
  });

  it('refuses a number it cannot read rather than skipping it', () => {
    const v = checkSerials([], [row('a', 'free text')]);
    expect(v.unreadable).toEqual(['free text']);
    expect(serialsAreSound(v)).toBe(false);
  });
});
