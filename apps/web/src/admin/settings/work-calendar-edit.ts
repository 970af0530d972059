/** The two lists of the tenant's work calendar, as `settings.update` takes them (`YYYY-MM-DD`). */
export interface CalendarDays {
  holidays: string[];
  extraWorkdays: string[];
}

export type DayState = 'workday' | 'weekend' | 'holiday' | 'makeUp';

const isWeekend = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** What a day is, read the way the engine reads it: a make-up day wins over a holiday. */
export function dayState(date: string, days: CalendarDays): DayState {
  if (days.extraWorkdays.includes(date)) return 'makeUp';
  if (days.holidays.includes(date)) return 'holiday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

const sorted = (list: string[]) => [...list].sort();

/**
 * One click on a day: a weekday becomes a holiday, a weekend day a make-up working day, and a
 * marked day goes back to normal. Only these two make sense (a holiday on a Sunday changes
 * nothing), so one click is enough and the admin never picks a kind.
 */
export function toggleDay(date: string, days: CalendarDays): CalendarDays {
  const state = dayState(date, days);
  const without = (list: string[]) => list.filter((d) => d !== date);
  if (state === 'holiday' || state === 'makeUp')
    return { holidays: without(days.holidays), extraWorkdays: without(days.extraWorkdays) };
  if (state === 'workday')
    return { holidays: sorted([...days.holidays, date]), extraWorkdays: days.extraWorkdays };
  return { holidays: days.holidays, extraWorkdays: sorted([...days.extraWorkdays, date]) };
}

/** The days of a list that fall in `year`, in order. */
export const daysOfYear = (list: readonly string[], year: number): string[] =>
  sorted(list.filter((d) => d.startsWith(`${year}-`)));

/** The years the lists mention and the current one, for the year switcher. */
export function calendarYears(days: CalendarDays, current: number): number[] {
  const years = new Set([current - 1, current, current + 1]);
  for (const d of [...days.holidays, ...days.extraWorkdays]) years.add(Number(d.slice(0, 4)));
  return [...years].filter((y) => Number.isInteger(y)).sort((a, b) => a - b);
}
