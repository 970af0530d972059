import { useMemo, useState } from 'react';
import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Localized } from '@signoff/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { durationOption, ratesOption, requestsOption } from './chart-options';
import { stepColumns, templateColumns } from './stats-columns';
import { exportUrl, forTemplate, requestSeries } from './stats-data';
import { defaultDays, rangeOfDays } from './stats-filters';
import { StatsChart } from './StatsChart';
import { StatsTable } from './StatsTable';
import './admin-stats.i18n';
import './stats.css';
import { LoadFailed } from '../LoadFailed';

/** 统计分析: volume, duration, first-pass and overdue rates against seed 002's targets, bottlenecks. */
export default function StatsPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const [days, setDays] = useState<[Dayjs, Dayjs]>(() => defaultDays());
  const [templateKey, setTemplateKey] = useState<string | undefined>();
  const range = useMemo(() => rangeOfDays(days[0], days[1]), [days]);
  const overview = useQuery(trpc.stats.overview.queryOptions(range));
  const templates = useQuery(trpc.templates.list.queryOptions({ archived: false }));

  // `pick` is a new function every render; the memos key on the language instead
  const titles = useMemo(() => {
    const pick = (l: Localized) => l[lang] || l.zh;
    const m = new Map<string, string>();
    for (const x of templates.data?.templates ?? []) m.set(x.key, pick(x.title));
    for (const x of overview.data?.templates ?? []) m.set(x.templateKey, pick(x.title));
    return m;
  }, [templates.data, overview.data, lang]);
  const titleOf = (key: string) => titles.get(key) ?? key;
  const data = useMemo(
    () => (overview.data ? forTemplate(overview.data, templateKey) : undefined),
    [overview.data, templateKey],
  );
  // built once per answer, filter and language: a new option object redraws the canvas
  const charts = useMemo(() => {
    if (!data) return null;
    const pick = (l: Localized) => l[lang] || l.zh;
    const name = (key: string) => titles.get(key) ?? key;
    const keys = data.templates.map((x) => x.templateKey);
    return {
      requests: requestsOption(requestSeries(data.days, range, keys), name),
      duration: durationOption(
        templateKey ? data.steps : data.templates,
        (r) => ('nodeName' in r ? pick(r.nodeName) : pick(r.title)),
        t,
      ),
      rates: ratesOption(data.templates, pick, t),
    };
  }, [data, range, templateKey, titles, lang, t]);
  const options = [...titles].map(([value, label]) => ({ value, label }));

  const toolbar = (
    <div className="admin-stats-toolbar">
      <DatePicker.RangePicker
        value={days}
        allowClear={false}
        onChange={(v) => v?.[0] && v[1] && setDays([v[0], v[1]])}
        aria-label={t('adminStats.range')}
        data-testid="stats-range"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 200 }}
        placeholder={t('adminStats.allTemplates')}
        value={templateKey}
        onChange={(v: string | undefined) => setTemplateKey(v)}
        options={options}
        aria-label={t('adminStats.template')}
        data-testid="stats-template"
      />
      <span className="admin-stats-spacer" />
      <Button
        icon={<ReloadOutlined spin={overview.isFetching} />}
        onClick={() => void overview.refetch()}
        aria-label={t('adminStats.retry')}
      />
      <Button
        icon={<FileExcelOutlined />}
        href={exportUrl(range, templateKey)}
        download
        data-testid="stats-export-xlsx"
      >
        {t('adminStats.exportXlsx')}
      </Button>
    </div>
  );

  if (overview.isError)
    return (
      <div className="admin-stats">
        {toolbar}
        <LoadFailed
          testId="stats-error"
          title={t('adminStats.error', { error: errorText(overview.error, lang) })}
          onRetry={() => void overview.refetch()}
        />
      </div>
    );
  if (!data || !charts)
    return (
      <div className="admin-stats">
        {toolbar}
        <Spin />
      </div>
    );

  const ranked = data.bottlenecks.map((s, i) => ({ ...s, rank: i + 1 }));
  const steps = data.steps.map((s, i) => ({ ...s, rank: i + 1 }));
  const stepKey = (s: { templateKey: string; nodeName: { zh: string }; rank: number }) =>
    `${s.templateKey}-${s.nodeName.zh}-${s.rank}`;
  const file = (name: string) => `${name}-${range.from.slice(0, 10)}-${range.to.slice(0, 10)}`;

  return (
    <div className="admin-stats" data-testid="stats-page">
      {toolbar}
      {data.templates.length === 0 ? (
        <Card>
          <Empty description={t('adminStats.empty')} data-testid="stats-empty" />
        </Card>
      ) : (
        <div className="admin-stats-charts">
          <Card size="small" title={t('adminStats.chartRequests')} className="admin-stats-wide">
            <StatsChart
              testId="chart-requests"
              label={t('adminStats.chartRequests')}
              option={charts.requests}
            />
          </Card>
          <Card size="small" title={t('adminStats.chartDuration')}>
            <StatsChart
              testId="chart-duration"
              label={t('adminStats.chartDuration')}
              option={charts.duration}
            />
          </Card>
          <Card size="small" title={t('adminStats.chartRates')}>
            <StatsChart testId="chart-rates" label={t('adminStats.chartRates')} option={charts.rates} />
          </Card>
        </div>
      )}
      <StatsTable
        title={t('adminStats.templatesTable')}
        testId="stats-templates"
        fileName={file('templates')}
        rows={data.templates}
        rowKey={(r) => r.templateKey}
        columns={templateColumns(t, pick)}
      />
      <StatsTable
        title={t('adminStats.bottlenecks')}
        testId="stats-bottlenecks"
        fileName={file('bottlenecks')}
        rows={ranked}
        rowKey={stepKey}
        columns={stepColumns(t, pick, titleOf, true)}
      />
      <StatsTable
        title={t('adminStats.stepsTable')}
        testId="stats-steps"
        fileName={file('steps')}
        rows={steps}
        rowKey={stepKey}
        columns={stepColumns(t, pick, titleOf, false)}
      />
    </div>
  );
}
