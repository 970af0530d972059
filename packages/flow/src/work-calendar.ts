/**
 * A tenant's working calendar. Chinese public holidays move working days around: the State
 * Council lists the days off (holidays) and the weekend days worked instead (调休 make-up days),
 * so both lists are needed; neither follows a rule the engine could compute.
 */
export interface WorkCalendar {
  /** days off that would otherwise be working days, as `YYYY-MM-DD` in the tenant's time zone */
  holidays: string[];
  /** weekend days that are worked (make-up days); they win over `holidays` if a day is in both */
  extraWorkdays?: string[];
  /** the tenant's offset from UTC in minutes (China: 480); 0 when absent, so days are UTC days */
  utcOffsetMinutes?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
const dayKey = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function parse(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${iso}`);
  return ms;
}

/** The instant `hours` after `from`, as an ISO string. Hours are elapsed time: nights and weekends count. */
export function addHours(from: string, hours: number): string {
  return new Date(parse(from) + hours * HOUR).toISOString();
}

/** Whether a calendar day (`YYYY-MM-DD`) is worked: Monday to Friday unless a holiday, plus make-up days. */
export function isWorkingDay(date: string, calendar?: WorkCalendar): boolean {
  if (calendar?.extraWorkdays?.includes(date)) return true;
  if (calendar?.holidays.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The instant `days` working days after `from`, keeping the local time of day: Friday 10:00 plus
 * one working day is Monday 10:00. When `from` falls on a day off, the clock starts at 00:00 of
 * the next working day, so a request sent on Saturday with one working day is due at the end of
 * Monday (Tuesday 00:00), a full working day later. Terminates because the lists are finite.
 */
export function addWorkingDays(from: string, days: number, calendar?: WorkCalendar): string {
  const offset = (calendar?.utcOffsetMinutes ?? 0) * 60_000;
  const local = parse(from) + offset;
  let day = Math.floor(local / DAY);
  let timeOfDay = local - day * DAY;
  const working = (d: number) => isWorkingDay(dayKey(d), calendar);
  if (!working(day)) {
    while (!working(day)) day++;
    timeOfDay = 0;
  }
  for (let left = Math.max(0, Math.floor(days)); left > 0; ) {
    day++;
    if (working(day)) left--;
  }
  return new Date(day * DAY + timeOfDay - offset).toISOString();
}

/** Milliseconds from `a` to `b`. */
export function msBetween(a: string, b: string): number {
  return parse(b) - parse(a);
}
