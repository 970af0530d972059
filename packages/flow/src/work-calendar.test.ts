import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addHours, addWorkingDays, isWorkingDay, type WorkCalendar } from './work-calendar.js';

/** National Day 2026 as a tenant would enter it: 1–7 October off, Sunday 20 September and Saturday 10 October worked. */
const nationalDay: WorkCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: ['2026-09-20', '2026-10-10'],
  utcOffsetMinutes: 480,
};

/** Beijing wall-clock time as an ISO instant. */
const beijing = (local: string) => new Date(`${local}+08:00`).toISOString();

describe('addHours', () => {
  it('counts elapsed time, nights and weekends included', () => {
    expect(addHours('2026-11-06T09:00:00.000Z', 24)).toBe('2026-11-07T09:00:00.000Z');
    expect(addHours('2026-11-06T09:00:00Z', 1.5)).toBe('2026-11-06T10:30:00.000Z');
  });

  it('refuses a time that is not an instant', () => {
    expect(() => addHours('next Tuesday', 1)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('Monday to Friday, unless a holiday; weekend make-up days are worked', () => {
    expect(isWorkingDay('2026-11-06')).toBe(true);
    expect(isWorkingDay('2026-11-07')).toBe(false);
    expect(isWorkingDay('2026-10-01', nationalDay)).toBe(false);
    expect(isWorkingDay('2026-09-20', nationalDay)).toBe(true);
    expect(isWorkingDay('2026-10-10', nationalDay)).toBe(true);
    expect(isWorkingDay('2026-10-11', nationalDay)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('keeps the time of day and passes over the weekend', () => {
    expect(addWorkingDays('2026-11-04T10:00:00.000Z', 2)).toBe('2026-11-06T10:00:00.000Z');
    expect(addWorkingDays('2026-11-06T10:00:00.000Z', 1)).toBe('2026-11-09T10:00:00.000Z');
  });

  it('starts the clock at the next working morning when sent on a day off', () => {
    // Saturday: one working day is all of Monday, so it is due when Monday ends
    expect(addWorkingDays('2026-11-07T10:00:00.000Z', 1)).toBe('2026-11-10T00:00:00.000Z');
  });

  it('counts in the tenant time zone: Monday 07:00 in Beijing is still Sunday in UTC', () => {
    expect(addWorkingDays(beijing('2026-11-09T07:00:00'), 1, { holidays: [], utcOffsetMinutes: 480 })).toBe(beijing('2026-11-10T07:00:00'));
    // without the offset, the same instant is a Sunday and the clock starts on Monday 00:00 UTC
    expect(addWorkingDays(beijing('2026-11-09T07:00:00'), 1)).toBe('2026-11-10T00:00:00.000Z');
  });

  it('skips the Golden Week and counts the Saturday make-up day', () => {
    // Wednesday 30 September, 15:00: the next working days are Thursday 8, Friday 9 and Saturday 10 October
    expect(addWorkingDays(beijing('2026-09-30T15:00:00'), 1, nationalDay)).toBe(beijing('2026-10-08T15:00:00'));
    expect(addWorkingDays(beijing('2026-09-30T15:00:00'), 3, nationalDay)).toBe(beijing('2026-10-10T15:00:00'));
    expect(addWorkingDays(beijing('2026-09-30T15:00:00'), 4, nationalDay)).toBe(beijing('2026-10-12T15:00:00'));
    // sent on a holiday: the clock starts on the morning of 8 October
    expect(addWorkingDays(beijing('2026-10-03T11:00:00'), 2, nationalDay)).toBe(beijing('2026-10-10T00:00:00'));
  });

  it('counts the Sunday make-up day before the holiday', () => {
    // Friday 18 September, 17:00 + 1 working day: Sunday 20 September is worked
    expect(addWorkingDays(beijing('2026-09-18T17:00:00'), 1, nationalDay)).toBe(beijing('2026-09-20T17:00:00'));
  });

  it('always lands on a working day, later than it started, at least n calendar days on', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }), fc.integer({ min: 1, max: 10 }), (ms, n) => {
        const from = new Date(ms).toISOString();
        const to = addWorkingDays(from, n, nationalDay);
        const local = new Date(Date.parse(to) + 480 * 60_000).toISOString().slice(0, 10);
        const atMidnight = to.slice(11) === '16:00:00.000Z';
        expect(Date.parse(to) - ms).toBeGreaterThanOrEqual(n * day - day);
        // the deadline is on a working day, or at 00:00 straight after one (a clock started on a day off)
        expect(isWorkingDay(local, nationalDay) || atMidnight).toBe(true);
      }),
    );
  });
});
