import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSerialPattern, formatSerialNumber, serialPeriod, type SerialPattern } from './serial-number.js';
import { thrown } from './test-fixtures.js';

const monthly: SerialPattern = { prefix: 'YY', dateParts: 'YYYYMM', width: 4, reset: 'monthly' };
const NOW = '2026-11-02T09:00:00.000Z';

describe('formatSerialNumber', () => {
  it('prints prefix, date and the zero-padded sequence, as DESIGN.md shows', () => {
    expect(formatSerialNumber(monthly, { now: NOW, seq: 7 })).toBe('YY-202611-0007');
  });

  it('leaves out empty parts and uses the separator given', () => {
    expect(formatSerialNumber({ prefix: '', dateParts: 'YYYYMMDD', width: 3, reset: 'daily' }, { now: NOW, seq: 12 })).toBe('20261102-012');
    expect(formatSerialNumber({ prefix: 'HT', dateParts: 'none', width: 5, reset: 'never', separator: '' }, { now: NOW, seq: 42 })).toBe('HT00042');
    expect(formatSerialNumber({ prefix: '合同', dateParts: 'YYYY', width: 2, reset: 'yearly', separator: '/' }, { now: NOW, seq: 3 })).toBe('合同/2026/03');
  });

  it('prints a sequence longer than the width in full rather than cutting it', () => {
    expect(formatSerialNumber(monthly, { now: NOW, seq: 12345 })).toBe('YY-202611-12345');
  });

  it('dates the number in the tenant time zone', () => {
    // 1 December 07:00 in Beijing is still 30 November in UTC
    const now = '2026-11-30T23:00:00.000Z';
    expect(formatSerialNumber(monthly, { now, seq: 1 })).toBe('YY-202611-0001');
    expect(formatSerialNumber(monthly, { now, seq: 1, utcOffsetMinutes: 480 })).toBe('YY-202612-0001');
  });

  it('refuses a bad sequence or pattern with a typed error', () => {
    expect(thrown(() => formatSerialNumber(monthly, { now: NOW, seq: 0 }))).toMatchObject({ code: 'invalid_serial_pattern' });
    expect(thrown(() => formatSerialNumber({ ...monthly, width: 0 }, { now: NOW, seq: 1 }))).toMatchObject({ code: 'invalid_serial_pattern' });
    expect(thrown(() => formatSerialNumber(monthly, { now: 'soon', seq: 1 }))).toMatchObject({ code: 'invalid_serial_pattern' });
  });
});

describe('serialPeriod', () => {
  it('is the counter key: the year, month or day, or one counter for ever', () => {
    expect(serialPeriod(monthly, NOW)).toBe('202611');
    expect(serialPeriod({ ...monthly, reset: 'yearly' }, NOW)).toBe('2026');
    expect(serialPeriod({ ...monthly, dateParts: 'YYYYMMDD', reset: 'daily' }, NOW)).toBe('20261102');
    expect(serialPeriod({ ...monthly, reset: 'never' }, NOW)).toBe('all');
    expect(serialPeriod(monthly, '2026-11-30T23:00:00.000Z', 480)).toBe('202612');
  });

  it('two submissions in one period never print the same number when the sequences differ', () => {
    const patterns = fc.record({
      prefix: fc.constantFrom('', 'YY', 'QJ'),
      dateParts: fc.constantFrom('YYYY' as const, 'YYYYMM' as const, 'YYYYMMDD' as const, 'none' as const),
      width: fc.integer({ min: 1, max: 6 }),
      reset: fc.constantFrom('never' as const, 'yearly' as const, 'monthly' as const, 'daily' as const),
    });
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(patterns, instant, instant, fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 99999 }), (p, a, b, s, t) => {
        fc.pre(checkSerialPattern(p).length === 0);
        // a valid pattern prints the same number only for the same counter and the same value
        const same = formatSerialNumber(p, { now: a, seq: s }) === formatSerialNumber(p, { now: b, seq: t });
        if (same) expect(s).toBe(t);
        if (same && p.reset !== 'never') expect(serialPeriod(p, a)).toBe(serialPeriod(p, b));
      }),
    );
  });
});

describe('checkSerialPattern', () => {
  it('accepts the default pattern', () => {
    expect(checkSerialPattern(monthly)).toEqual([]);
  });

  it('refuses a reset finer than the printed date, which would repeat numbers', () => {
    expect(checkSerialPattern({ ...monthly, reset: 'daily' }).map((p) => p.code)).toEqual(['serial_not_unique']);
    expect(checkSerialPattern({ ...monthly, dateParts: 'none', reset: 'yearly' }).map((p) => p.code)).toEqual(['serial_not_unique']);
  });

  it('names each malformed part', () => {
    const bad = { prefix: 7, dateParts: 'YY', width: 2.5, reset: 'weekly' } as unknown as SerialPattern;
    expect(checkSerialPattern(bad).map((p) => p.path)).toEqual(['prefix', 'dateParts', 'reset', 'width']);
  });
});
