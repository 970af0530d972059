import type { TFunction } from 'i18next';
import type { Localized } from '@signoff/schema';
import { FIRST_PASS_TARGET, OVERDUE_TARGET, type Series, type StepRow, type TemplateRow } from './stats-data';

/**
 * The ECharts options of the statistics page, as plain data: built and tested without a canvas,
 * drawn by `StatsChart`. Only the parts of the option the charts use are typed.
 */
// a type, not an interface: ECharts takes an object with an index signature
export type ChartOption = {
  tooltip: { trigger: 'axis' };
  legend: { top: 0; type: 'scroll' };
  grid: { left: number; right: number; top: number; bottom: number; containLabel: true };
  xAxis: { type: 'category'; data: string[]; axisLabel?: { interval: 'auto' | number; rotate?: number } };
  yAxis: { type: 'value'; minInterval?: number; max?: number; axisLabel?: { formatter: string } };
  series: ChartSeries[];
};

export interface ChartSeries {
  name: string;
  type: 'line' | 'bar';
  data: (number | null)[];
  barMaxWidth?: number;
  markLine?: {
    symbol: 'none';
    silent: true;
    label: { formatter: string; position: 'insideEndTop' };
    lineStyle: { type: 'dashed'; color: string };
    data: { yAxis: number }[];
  };
}

const base = (labels: string[]): Omit<ChartOption, 'series' | 'yAxis'> => ({
  tooltip: { trigger: 'axis' },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 12, right: 24, top: 36, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: labels, axisLabel: { interval: 'auto' } },
});

/** A bar series kept narrow: with one or two forms a full-width bar reads as a wall, not a value. */
const bar = (name: string, data: (number | null)[], extra: Partial<ChartSeries> = {}): ChartSeries => ({
  name,
  type: 'bar',
  data,
  barMaxWidth: 48,
  ...extra,
});

/** Requests over time, a line per form (bars per month: few points read better as bars); straight segments, since a spline would dip below zero between counts. */
export function requestsOption(series: Series, titleOf: (key: string) => string): ChartOption {
  return {
    ...base(series.labels),
    yAxis: { type: 'value', minInterval: 1 },
    series: series.lines.map((l) =>
      series.byMonth
        ? bar(titleOf(l.templateKey), l.data)
        : { name: titleOf(l.templateKey), type: 'line', data: l.data },
    ),
  };
}

/** Mean and P90 hours per form, or per step of the one form chosen. */
export function durationOption(
  rows: (TemplateRow | StepRow)[],
  label: (row: TemplateRow | StepRow) => string,
  t: TFunction,
): ChartOption {
  return {
    ...base(rows.map(label)),
    yAxis: { type: 'value' },
    series: [
      bar(
        t('adminStats.avg'),
        rows.map((r) => r.avgHours),
      ),
      bar(
        t('adminStats.p90'),
        rows.map((r) => r.p90Hours),
      ),
    ],
  };
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const target = (value: number, text: string, color: string): ChartSeries['markLine'] => ({
  symbol: 'none',
  silent: true,
  label: { formatter: text, position: 'insideEndTop' },
  lineStyle: { type: 'dashed', color },
  data: [{ yAxis: value * 100 }],
});

/** First-pass and overdue rates per form in percent, each with its target as a dashed line. */
export function ratesOption(rows: TemplateRow[], pick: (l: Localized) => string, t: TFunction): ChartOption {
  const show = (v: number) => `${Math.round(v * 100)}%`;
  return {
    ...base(rows.map((r) => pick(r.title))),
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      bar(
        t('adminStats.firstPass'),
        rows.map((r) => pct(r.firstPassRate)),
        {
          markLine: target(
            FIRST_PASS_TARGET,
            t('adminStats.targetFirstPass', { pct: show(FIRST_PASS_TARGET) }),
            '#389e0d',
          ),
        },
      ),
      bar(
        t('adminStats.overdue'),
        rows.map((r) => pct(r.overdueRate)),
        {
          markLine: target(
            OVERDUE_TARGET,
            t('adminStats.targetOverdue', { pct: show(OVERDUE_TARGET) }),
            '#cf1322',
          ),
        },
      ),
    ],
  };
}
