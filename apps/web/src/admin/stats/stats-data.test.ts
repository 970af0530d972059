import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ratesOption, requestsOption } from './chart-options';
import { exportUrl, forTemplate, percent, requestSeries, type Overview } from './stats-data';
import { rangeOfDays, rangeOfMonth } from './stats-filters';
import { toCsv } from '../../files/csv';

const t = ((key: string, o?: { pct?: string }) => (o?.pct ? `${key} ${o.pct}` : key)) as never;
const pick = (l: { zh: string }) => l.zh;

describe('statistics data', () => {
  it('turns picked dates into whole UTC days, the last one included', () => {
    expect(rangeOfDays(dayjs('2026-11-01'), dayjs('2026-11-30'))).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(rangeOfMonth(dayjs('2026-12-15'))).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
  });

  it('charts a short range per day with the empty days as 0, a long one per month', () => {
    const days = [
      { day: '2026-11-02', templateKey: 'leave', submitted: 3 },
      { day: '2026-11-04', templateKey: 'leave', submitted: 1 },
      { day: '2026-11-04', templateKey: 'trip', submitted: 2 },
    ];
    const daily = requestSeries(days, rangeOfDays(dayjs('2026-11-01'), dayjs('2026-11-05')), [
      'leave',
      'trip',
    ]);
    expect(daily.byMonth).toBe(false);
    expect(daily.labels).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(daily.lines).toEqual([
      { templateKey: 'leave', data: [0, 3, 0, 1, 0] },
      { templateKey: 'trip', data: [0, 0, 0, 2, 0] },
    ]);
    const monthly = requestSeries(days, rangeOfDays(dayjs('2026-10-01'), dayjs('2026-12-31')), ['leave']);
    expect(monthly).toMatchObject({ byMonth: true, labels: ['2026-10', '2026-11', '2026-12'] });
    expect(monthly.lines[0]?.data).toEqual([0, 4, 0]);
    expect(requestsOption(monthly, (k) => `«${k}»`).series[0]).toMatchObject({
      name: '«leave»',
      type: 'bar',
    });
  });

  it('keeps one form’s rows and the company-wide months when a form is chosen', () => {
    const o = {
      templates: [{ templateKey: 'leave' }, { templateKey: 'trip' }],
      steps: [{ templateKey: 'trip' }],
      bottlenecks: [{ templateKey: 'trip' }],
      days: [{ templateKey: 'leave' }],
      months: [{ month: '2026-11' }],
    } as unknown as Overview;
    const trip = forTemplate(o, 'trip');
    expect(trip.templates).toEqual([{ templateKey: 'trip' }]);
    expect(trip.days).toEqual([]);
    expect(trip.months).toEqual(o.months);
    expect(forTemplate(o, undefined)).toBe(o);
  });

  it('draws the seed 002 targets as lines at 85 % first pass and 10 % overdue', () => {
    const rows = [{ title: { zh: '请假', en: 'Leave' }, firstPassRate: 0.667, overdueRate: null }] as never;
    const option = ratesOption(rows, pick, t);
    expect(option.series.map((s) => s.data)).toEqual([[66.7], [null]]);
    expect(option.series.map((s) => s.markLine?.data[0]?.yAxis)).toEqual([85, 10]);
    expect(option.series[0]?.markLine?.label.formatter).toBe('adminStats.targetFirstPass 85%');
  });

  it('writes CSV that Excel opens as UTF-8 and quotes and defuses what needs it', () => {
    expect(
      toCsv([
        ['表单', 'n'],
        ['报销, "差旅"', 3],
      ]),
    ).toBe('\uFEFF表单,n\r\n"报销, ""差旅""",3\r\n');
    // a form title that looks like a formula stays text in Excel
    expect(toCsv([['=1+1']])).toBe("\uFEFF'=1+1\r\n");
    expect(percent(0.85)).toBe('85%');
    expect(percent(null)).toBe('—');
    expect(exportUrl({ from: 'a', to: 'b' }, 'leave')).toBe(
      '/exports/requests.xlsx?from=a&to=b&templateKey=leave',
    );
  });
});
