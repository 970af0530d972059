import { describe, expect, it } from 'vitest';
import { calendarYears, dayState, daysOfYear, toggleDay } from './work-calendar-edit';

const EMPTY = { holidays: [], extraWorkdays: [] };

describe('the work calendar editor', () => {
  it('makes a weekday a holiday and a weekend day a make-up working day, and undoes either', () => {
    // 2026-10-01 is a Thursday, 2026-10-10 a Saturday
    const off = toggleDay('2026-10-01', EMPTY);
    expect(off).toEqual({ holidays: ['2026-10-01'], extraWorkdays: [] });
    expect(dayState('2026-10-01', off)).toBe('holiday');
    const work = toggleDay('2026-10-10', off);
    expect(work).toEqual({ holidays: ['2026-10-01'], extraWorkdays: ['2026-10-10'] });
    expect(dayState('2026-10-10', work)).toBe('makeUp');
    expect(toggleDay('2026-10-01', toggleDay('2026-10-10', work))).toEqual(EMPTY);
  });

  it('keeps the lists sorted and reads a day in both lists as the engine does (worked)', () => {
    const days = toggleDay('2026-10-01', toggleDay('2026-10-05', EMPTY));
    expect(days.holidays).toEqual(['2026-10-01', '2026-10-05']);
    expect(dayState('2026-10-03', EMPTY)).toBe('weekend');
    expect(dayState('2026-10-01', { holidays: ['2026-10-01'], extraWorkdays: ['2026-10-01'] })).toBe(
      'makeUp',
    );
    // clicking such a day clears it from both lists
    expect(toggleDay('2026-10-01', { holidays: ['2026-10-01'], extraWorkdays: ['2026-10-01'] })).toEqual(
      EMPTY,
    );
  });

  it('lists one year and offers every year the lists mention', () => {
    const days = { holidays: ['2027-01-01', '2026-10-02', '2026-10-01'], extraWorkdays: ['2024-09-29'] };
    expect(daysOfYear(days.holidays, 2026)).toEqual(['2026-10-01', '2026-10-02']);
    expect(calendarYears(days, 2026)).toEqual([2024, 2025, 2026, 2027]);
  });
});
