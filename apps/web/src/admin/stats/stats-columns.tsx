import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { Localized } from '@signoff/schema';
import type { StatsColumn } from './StatsTable';
import {
  FIRST_PASS_TARGET,
  hours,
  OVERDUE_TARGET,
  percent,
  type StepRow,
  type TemplateRow,
} from './stats-data';

/** A rate against its target: green when met, red when missed, so the table reads at a glance. */
function rateCell(v: number | null, met: (v: number) => boolean, t: TFunction) {
  if (v === null) return <Typography.Text type="secondary">{t('adminStats.none')}</Typography.Text>;
  const ok = met(v);
  return (
    <Typography.Text
      type={ok ? 'success' : 'danger'}
      title={t(ok ? 'adminStats.metTarget' : 'adminStats.missedTarget')}
    >
      {percent(v)}
    </Typography.Text>
  );
}

export function templateColumns(t: TFunction, pick: (l: Localized) => string): StatsColumn<TemplateRow>[] {
  const n = (key: Extract<keyof TemplateRow, string>, value: (r: TemplateRow) => string | number) => ({
    key,
    title: t(`adminStats.col.${key}`),
    value,
    numeric: true,
  });
  return [
    { key: 'template', title: t('adminStats.col.template'), value: (r) => pick(r.title) },
    n('submitted', (r) => r.submitted),
    n('finished', (r) => r.finished),
    n('approved', (r) => r.approved),
    n('rejected', (r) => r.rejected),
    n('running', (r) => r.running),
    n('avgHours', (r) => hours(r.avgHours)),
    n('p90Hours', (r) => hours(r.p90Hours)),
    {
      ...n('firstPassRate', (r) => percent(r.firstPassRate)),
      title: t('adminStats.col.firstPass'),
      render: (r) => rateCell(r.firstPassRate, (v) => v >= FIRST_PASS_TARGET, t),
    },
    {
      ...n('overdueRate', (r) => percent(r.overdueRate)),
      title: t('adminStats.col.overdue'),
      render: (r) => rateCell(r.overdueRate, (v) => v <= OVERDUE_TARGET, t),
    },
  ];
}

/** Per step; `ranked` puts the bottleneck rank first. */
export function stepColumns(
  t: TFunction,
  pick: (l: Localized) => string,
  titleOf: (templateKey: string) => string,
  ranked: boolean,
): StatsColumn<StepRow & { rank: number }>[] {
  const n = (key: string, value: (r: StepRow) => string | number) => ({
    key,
    title: t(`adminStats.col.${key}`),
    value,
    numeric: true,
  });
  return [
    ...(ranked
      ? [{ key: 'rank', title: t('adminStats.col.rank'), value: (r: { rank: number }) => r.rank }]
      : []),
    { key: 'template', title: t('adminStats.col.template'), value: (r) => titleOf(r.templateKey) },
    { key: 'step', title: t('adminStats.col.step'), value: (r) => pick(r.nodeName) },
    n('tasks', (r) => r.tasks),
    n('open', (r) => r.open),
    {
      ...n('overdueTasks', (r) => r.overdue),
      render: (r) => (r.overdue > 0 ? <Typography.Text type="danger">{r.overdue}</Typography.Text> : 0),
    },
    n('avgHours', (r) => hours(r.avgHours)),
    n('p90Hours', (r) => hours(r.p90Hours)),
    n('maxHours', (r) => hours(r.maxHours)),
  ];
}
