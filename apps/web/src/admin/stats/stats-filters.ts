import dayjs, { type Dayjs } from 'dayjs';
import type { StatsRange } from './stats-data';

/**
 * Picked dates become whole UTC days, [first day 00:00, day after the last 00:00): the server
 * counts days and months in UTC, so the chart's buckets are exactly the days picked.
 */
export function rangeOfDays(first: Dayjs, last: Dayjs): StatsRange {
  const utc = (d: Dayjs) => new Date(Date.UTC(d.year(), d.month(), d.date())).toISOString();
  return { from: utc(first), to: utc(last.add(1, 'day')) };
}

/** The last 30 days, today included. */
export function defaultDays(today = dayjs()): [Dayjs, Dayjs] {
  return [today.subtract(29, 'day'), today];
}

/** One calendar month as a range, for the usage report: `YYYY-MM`. */
export function rangeOfMonth(month: Dayjs): StatsRange {
  const from = new Date(Date.UTC(month.year(), month.month(), 1));
  const to = new Date(Date.UTC(month.year(), month.month() + 1, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}
