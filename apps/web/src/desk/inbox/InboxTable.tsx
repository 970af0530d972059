import type { ReactNode } from 'react';
import { Card, Empty, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLang } from '../../i18n/use-lang';
import { StatusTag, TaskStatusTag } from '../../requests/StatusTag';
import { formatDateTime } from '../locale-format';
import { CurrentStepText } from './CurrentStepText';
import { DueText } from './DueText';
import type { Box } from './inbox-params';
import { batchable, type InboxRow } from './inbox-row';
import { RowTags } from './RowTags';

export interface Selection {
  keys: string[];
  onChange: (rows: InboxRow[]) => void;
}

export const requestHref = (r: InboxRow) => `/requests/${encodeURIComponent(r.instanceId)}`;

/** The desktop's approval centre list: one table per box, with the columns that box needs. */
export function InboxTable(props: {
  box: Box;
  rows: InboxRow[];
  loading: boolean;
  total: number;
  page: number;
  onPage: (page: number) => void;
  pageSize: number;
  filtered: boolean;
  selection?: Selection | undefined;
  /** the menu entry the list belongs to, kept when a request is opened from it */
  from: string;
}) {
  const { box, rows, loading, total, page, onPage, pageSize, filtered, selection, from } = props;
  const { t } = useTranslation();
  const { pick, lang } = useLang();
  const navigate = useNavigate();
  const time = (iso: string | null) => <Typography.Text type="secondary">{formatDateTime(iso, lang)}</Typography.Text>;

  const title = {
    title: t('desk.list.title'),
    key: 'title',
    render: (_: unknown, r: InboxRow): ReactNode => (
      <Space size={4} wrap>
        <Link to={requestHref(r)} state={{ from }} data-testid="request-link" onClick={(e) => e.stopPropagation()}>
          {pick(r.title)}
        </Link>
        <RowTags row={r} />
      </Space>
    ),
  };
  const serial = { title: t('desk.list.serialNo'), key: 'serialNo', render: (_: unknown, r: InboxRow): ReactNode => <Typography.Text type="secondary">{r.serialNo}</Typography.Text> };
  const applicant = { title: t('desk.list.applicant'), key: 'applicant', render: (_: unknown, r: InboxRow): ReactNode => r.applicantName };
  const current = { title: t('desk.list.currentStep'), key: 'current', render: (_: unknown, r: InboxRow): ReactNode => <CurrentStepText row={r} box={box} /> };
  const status = { title: t('desk.list.status'), key: 'status', render: (_: unknown, r: InboxRow): ReactNode => <StatusTag status={r.status} /> };

  const byBox: Record<Box, TableColumnsType<InboxRow>> = {
    todo: [
      title, serial, applicant, current,
      { title: t('desk.list.receivedAt'), key: 'received', render: (_: unknown, r) => time(r.receivedAt) },
      // only flows with time limits have a due time; a column of blanks says nothing
      ...(rows.some((r) => r.dueAt) ? [{ title: t('desk.list.due'), key: 'due', render: (_: unknown, r: InboxRow): ReactNode => <DueText dueAt={r.dueAt} /> }] : []),
    ],
    done: [
      title, serial, applicant,
      { title: t('desk.list.myStep'), key: 'mine', render: (_: unknown, r) => (r.myStep ? pick(r.myStep) : '') },
      { title: t('desk.list.result'), key: 'result', render: (_: unknown, r) => (r.taskStatus ? <TaskStatusTag status={r.taskStatus} /> : null) },
      current, status,
    ],
    started: [title, serial, current, status, { title: t('desk.list.submittedAt'), key: 'submitted', render: (_: unknown, r) => time(r.createdAt) }],
    cc: [
      title, serial, applicant,
      { title: t('desk.list.read'), key: 'read', render: (_: unknown, r) => (r.taskStatus ? <TaskStatusTag status={r.taskStatus} /> : null) },
      current, status,
      { title: t('desk.list.copiedAt'), key: 'copied', render: (_: unknown, r) => time(r.receivedAt) },
    ],
  };

  return (
    <Card variant="borderless" styles={{ body: { padding: 0 } }}>
      <Table<InboxRow>
        rowKey="key"
        columns={byBox[box]}
        dataSource={rows}
        loading={loading}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filtered ? 'desk.list.emptyFiltered' : 'desk.list.empty')} /> }}
        pagination={{
          current: page,
          pageSize,
          total,
          onChange: onPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('desk.list.total', { count: n }),
        }}
        rowSelection={
          selection && {
            selectedRowKeys: selection.keys,
            preserveSelectedRowKeys: true,
            onChange: (_keys, selected) => selection.onChange(selected),
            getCheckboxProps: (r) => ({ disabled: !batchable(r), title: batchable(r) ? undefined : t('desk.batch.onlyApprove') }),
          }
        }
        onRow={(r) => ({
          onClick: (e) => {
            // a click on the checkbox cell selects; anywhere else on the row opens the request
            if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return;
            void navigate(requestHref(r), { state: { from } });
          },
          style: { cursor: 'pointer' },
        })}
        rowClassName={(r) => (r.urgent ? 'signoff-request-row desk-row-urgent' : 'signoff-request-row')}
        data-testid="inbox-table"
      />
    </Card>
  );
}
