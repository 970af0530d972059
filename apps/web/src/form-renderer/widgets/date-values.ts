import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';
export const TIME_FORMAT = 'HH:mm';

/** `YYYY-MM-DD` → a day, or null for anything else (a half-typed draft, a bad import). */
export function parseDay(value: unknown): Dayjs | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = dayjs(value);
  return d.isValid() ? d : null;
}

/** `HH:mm` → today at that time, or null. */
export function parseTime(value: unknown): Dayjs | null {
  const m = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!m) return null;
  return dayjs().hour(Number(m[1])).minute(Number(m[2])).second(0).millisecond(0);
}

/** Days outside the schema's `formatMinimum` / `formatMaximum` cannot be picked; ISO dates compare as text. */
export function outsideRange(min: string | undefined, max: string | undefined): ((d: Dayjs) => boolean) | undefined {
  if (min === undefined && max === undefined) return undefined;
  return (d) => {
    const day = d.format(DATE_FORMAT);
    return (min !== undefined && day < min) || (max !== undefined && day > max);
  };
}
