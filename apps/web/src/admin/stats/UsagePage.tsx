import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Spin, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { formatDateTime } from '../../desk/locale-format';
import { rangeOfMonth } from './stats-filters';
import './admin-stats.i18n';
import './usage.css';

const MONTH = /^\d{4}-\d{2}$/;

/** Seed 003's monthly usage report: logins, active people, requests and the most used forms; printable. */
export default function UsagePage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  // the month sits in the address, so a report can be bookmarked or sent on
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? dayjs(`${asked}-01`) : dayjs().startOf('month');
  const key = month.format('YYYY-MM');
  const report = useQuery(trpc.stats.overview.queryOptions(rangeOfMonth(month)));
  const figures = report.data?.months.find((m) => m.month === key);
  const titleOf = (k: string) => pick(report.data?.templates.find((x) => x.templateKey === k)?.title) || k;
  const top = (figures?.topTemplates ?? []).map((x, i) => ({ ...x, rank: i + 1 }));

  const toolbar = (
    <div className="admin-usage-toolbar">
      <DatePicker
        picker="month"
        value={month}
        allowClear={false}
        onChange={(v) => v && setParams({ month: v.format('YYYY-MM') })}
        aria-label={t('adminStats.usage.month')}
        data-testid="usage-month"
      />
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="usage-print">
        {t('adminStats.usage.print')}
      </Button>
    </div>
  );
  if (report.isError)
    return (
      <div className="admin-usage">
        {toolbar}
        <Alert
          type="error"
          showIcon
          data-testid="usage-error"
          title={t('adminStats.usage.error', { error: errorText(report.error, lang) })}
        />
      </div>
    );
  if (!report.data)
    return (
      <div className="admin-usage">
        {toolbar}
        <Spin />
      </div>
    );

  const figure = (id: string, label: string, value: number) => (
    <Card size="small">
      <Statistic title={label} value={value} data-testid={`usage-${id}`} />
    </Card>
  );
  return (
    <div className="admin-usage" data-testid="usage-report">
      {toolbar}
      <h1 className="admin-usage-print-title">
        {t('adminStats.usage.title')} · {key}
      </h1>
      {figures ? (
        <>
          <div className="admin-usage-figures">
            {figure('logins', t('adminStats.usage.logins'), figures.logins)}
            {figure('active', t('adminStats.usage.activeUsers'), figures.activeUsers)}
            {figure('submitted', t('adminStats.usage.submitted'), figures.submitted)}
            {figure('finished', t('adminStats.usage.finished'), figures.finished)}
          </div>
          <Card size="small" title={t('adminStats.usage.topTemplates')}>
            <Table
              size="small"
              rowKey="templateKey"
              data-testid="usage-top"
              pagination={false}
              dataSource={top}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adminStats.usage.noTop')} />
                ),
              }}
              columns={[
                { key: 'rank', title: t('adminStats.usage.rank'), dataIndex: 'rank', width: 80 },
                {
                  key: 'template',
                  title: t('adminStats.col.template'),
                  render: (_: unknown, r) => titleOf(r.templateKey),
                },
                {
                  key: 'requests',
                  title: t('adminStats.usage.requests'),
                  dataIndex: 'submitted',
                  align: 'right',
                },
              ]}
            />
          </Card>
        </>
      ) : (
        <Card>
          <Empty description={t('adminStats.usage.empty')} data-testid="usage-empty" />
        </Card>
      )}
      <Typography.Text type="secondary">
        {t('adminStats.usage.generated', { at: formatDateTime(new Date().toISOString(), lang) })}
      </Typography.Text>
    </div>
  );
}
