import { useState } from 'react';
import { Empty, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { filterSupervision, type SupervisionFilter, type SupervisionRow } from './supervision-filter';
import './admin-supervision.i18n';
import { LoadFailed } from '../LoadFailed';

/** 督办总览: every published form's supervisors and its open and overdue work now; the tasks themselves are on /supervision. */
export default function SupervisionOverviewPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const overview = useQuery({ ...trpc.stats.supervision.queryOptions(), refetchInterval: 60_000 });
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SupervisionFilter>('all');
  const all = overview.data ?? [];
  const rows = filterSupervision(all, query, filter, pick);
  const open = all.reduce((n, r) => n + r.open, 0);
  const overdue = all.reduce((n, r) => n + r.overdue, 0);

  const columns: TableColumnsType<SupervisionRow> = [
    {
      key: 'template',
      title: t('adminSupervision.col.template'),
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          {pick(r.title)}
          <Typography.Text type="secondary">{r.templateKey}</Typography.Text>
          {r.archived && <Tag>{t('adminSupervision.archived')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'supervisors',
      title: t('adminSupervision.col.supervisors'),
      render: (_: unknown, r) =>
        r.supervisors.length === 0 ? (
          <Typography.Text type="warning">{t('adminSupervision.none')}</Typography.Text>
        ) : (
          <Space size={4} wrap>
            {r.supervisors.map((s) => (
              <Tag key={s.id} color={s.active ? 'blue' : 'default'}>
                {s.active ? s.name : `${s.name}（${t('adminSupervision.left')}）`}
              </Tag>
            ))}
          </Space>
        ),
    },
    { key: 'open', title: t('adminSupervision.col.open'), dataIndex: 'open', align: 'right' },
    {
      key: 'overdue',
      title: t('adminSupervision.col.overdue'),
      align: 'right',
      render: (_: unknown, r) =>
        r.overdue > 0 ? <Typography.Text type="danger">{r.overdue}</Typography.Text> : 0,
    },
    {
      key: 'desk',
      title: '',
      render: (_: unknown, r) =>
        r.open > 0 ? <Link to="/supervision">{t('adminSupervision.openDesk')}</Link> : null,
    },
  ];

  if (overview.isError)
    return (
      <LoadFailed
        testId="supervision-overview-error"
        title={t('adminSupervision.error', { error: errorText(overview.error, lang) })}
        onRetry={() => void overview.refetch()}
      />
    );
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="supervision-overview">
      <Space wrap size={12}>
        <Input.Search
          allowClear
          placeholder={t('adminSupervision.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 280 }}
          data-testid="supervision-search"
        />
        <Segmented<SupervisionFilter>
          value={filter}
          onChange={setFilter}
          options={(['all', 'overdue', 'unsupervised'] as const).map((value) => ({
            value,
            label: t(`adminSupervision.filter.${value}`),
          }))}
        />
        {overview.data && (
          <Typography.Text type="secondary" data-testid="supervision-summary">
            {t('adminSupervision.summary', { templates: all.length, open, overdue })}
          </Typography.Text>
        )}
      </Space>
      <Table<SupervisionRow>
        data-testid="supervision-overview-table"
        size="middle"
        rowKey="templateKey"
        loading={overview.isPending}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(all.length === 0 ? 'adminSupervision.empty' : 'adminSupervision.noMatch')}
            />
          ),
        }}
      />
    </Space>
  );
}
