import type { RouterOutputs } from '../../api/trpc';

export type Overview = RouterOutputs['stats']['overview'];
export type TemplateRow = Overview['templates'][number];
export type StepRow = Overview['steps'][number];
export type DayRow = Overview['days'][number];

/** Seed 002: at least 85 % of requests go through without a return or rejection. */
export const FIRST_PASS_TARGET = 0.85;
/** Seed 002 asks approvers to act within 24 h; we read that as at most one task in ten running late. */
export const OVERDUE_TARGET = 0.1;
/** Longer ranges are charted per month, so a year is 12 points, not 365. */
export const DAILY_UP_TO_DAYS = 62;

const DAY_MS = 86_400_000;

export interface StatsRange {
  from: string;
  to: string;
}

/** Only the given form's rows; the month figures stay company-wide (seed 003's report). */
export function forTemplate(o: Overview, templateKey: string | undefined): Overview {
  if (!templateKey) return o;
  const mine = <T extends { templateKey: string }>(rows: T[]) =>
    rows.filter((r) => r.templateKey === templateKey);
  return {
    ...o,
    templates: mine(o.templates),
    steps: mine(o.steps),
    bottlenecks: mine(o.bottlenecks),
    days: mine(o.days),
  };
}

export interface Series {
  /** the x axis: YYYY-MM-DD days or YYYY-MM months, every one in the range, gaps as 0 */
  labels: string[];
  byMonth: boolean;
  lines: { templateKey: string; data: number[] }[];
}

function periods(range: StatsRange, byMonth: boolean): string[] {
  const out: string[] = [];
  const end = Date.parse(range.to);
  for (let t = Date.parse(range.from); t < end; t += DAY_MS) {
    const label = new Date(t).toISOString().slice(0, byMonth ? 7 : 10);
    if (out[out.length - 1] !== label) out.push(label);
  }
  return out;
}

/** Requests per form and period: one line per form, busiest form first. */
export function requestSeries(days: DayRow[], range: StatsRange, keys: string[]): Series {
  const byMonth = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS > DAILY_UP_TO_DAYS;
  const labels = periods(range, byMonth);
  const index = new Map(labels.map((l, i) => [l, i]));
  const lines = keys.map((templateKey) => {
    const data = labels.map(() => 0);
    for (const d of days) {
      const i = index.get(byMonth ? d.day.slice(0, 7) : d.day);
      if (d.templateKey === templateKey && i !== undefined) data[i] = (data[i] ?? 0) + d.submitted;
    }
    return { templateKey, data };
  });
  return { labels, byMonth, lines };
}

export const percent = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`;

export const hours = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : String(Math.round(v * 10) / 10);

/** The streamed workbook of the range's requests with their data (one sheet per form, or the chosen form). */
export function exportUrl(range: StatsRange, templateKey: string | undefined): string {
  const q = new URLSearchParams({ from: range.from, to: range.to });
  if (templateKey) q.set('templateKey', templateKey);
  return `/exports/requests.xlsx?${q.toString()}`;
}
