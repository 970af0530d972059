import type { ReactNode } from 'react';
import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Space, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../format/format-time';
import { useIsPhone } from '../hooks/use-is-phone';
import { useLang, type Localized } from '../i18n/use-lang';
import { StatusTag, TaskStatusTag } from './StatusTag';

/** What both "my requests" and the inbox list: an instance, and for the inbox the task on it. */
export interface RequestRow {
  id: string;
  serialNo: string;
  templateTitle: Localized;
  applicantName: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
  taskId?: string;
  nodeName?: Localized;
  taskStatus?: string;
  kind?: string;
  taskCreatedAt?: string;
}

type Variant = 'mine' | 'todo' | 'done';

/** A table on desktop, a tappable card list on phones; every row opens the request. */
export function RequestList({ rows, loading, variant }: { rows: RequestRow[] | undefined; loading: boolean; variant: Variant }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const href = (r: RequestRow) => `/requests/${encodeURIComponent(r.id)}`;
  const rowKey = (r: RequestRow) => r.taskId ?? r.id;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.empty')} />;

  if (phone) {
    // a plain tappable list: antd's List is deprecated in 6.6 and this needs none of its features
    return (
      <Spin spinning={loading}>
        <div className="signoff-phone-list">
          {(rows ?? []).length === 0 && !loading && empty}
          {(rows ?? []).map((r) => (
            <Link key={rowKey(r)} to={href(r)} className="signoff-list-item" data-testid="request-row">
              <div className="signoff-list-item-main">
                <Space size={8} wrap>
                  <Typography.Text strong>{t('list.rowTitle', { name: r.applicantName, title: pick(r.templateTitle) })}</Typography.Text>
                  <StatusTag status={r.status} />
                </Space>
                {variant !== 'mine' && r.nodeName && (
                  <Typography.Text type="secondary" className="signoff-list-item-line">
                    {`${t('list.node')}：${pick(r.nodeName)}`}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" className="signoff-list-item-line">
                  {`${r.serialNo} · ${formatTime(variant === 'mine' ? r.createdAt : r.taskCreatedAt)}`}
                </Typography.Text>
              </div>
              <RightOutlined style={{ color: '#bfbfbf' }} />
            </Link>
          ))}
        </div>
      </Spin>
    );
  }

  const columns: TableColumnsType<RequestRow> = [
    {
      title: t('list.title'),
      key: 'title',
      render: (_: unknown, r) => (
        <Link to={href(r)} data-testid="request-link">
          {pick(r.templateTitle)}
        </Link>
      ),
    },
    { title: t('list.serialNo'), dataIndex: 'serialNo', key: 'serialNo', render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text> },
    ...(variant === 'mine' ? [] : [{ title: t('list.applicant'), dataIndex: 'applicantName', key: 'applicant' }]),
    ...(variant === 'mine' ? [] : [{ title: t('list.node'), key: 'node', render: (_: unknown, r: RequestRow): ReactNode => pick(r.nodeName) }]),
    ...(variant === 'done'
      ? [{ title: t('list.taskStatus'), key: 'taskStatus', render: (_: unknown, r: RequestRow): ReactNode => (r.taskStatus ? <TaskStatusTag status={r.taskStatus} /> : null) }]
      : []),
    { title: t('list.status'), dataIndex: 'status', key: 'status', render: (s: string) => <StatusTag status={s} /> },
    {
      title: variant === 'mine' ? t('list.createdAt') : t('list.receivedAt'),
      key: 'time',
      render: (_: unknown, r) => formatTime(variant === 'mine' ? r.createdAt : r.taskCreatedAt),
    },
  ];

  return (
    <Card variant="borderless" styles={{ body: { padding: 0 } }}>
      <Table<RequestRow>
        rowKey={rowKey}
        columns={columns}
        dataSource={rows ?? []}
        loading={loading}
        locale={{ emptyText: empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => void navigate(href(r)), style: { cursor: 'pointer' } })}
        rowClassName="signoff-request-row"
      />
    </Card>
  );
}
