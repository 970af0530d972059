import { useState, type ReactNode } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Segmented, Space, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { RowTags } from '../inbox/RowTags';
import { formatDateTime, formatDuration } from '../locale-format';
import { remindersOf } from '../server-fields';
import { useDocumentTitle } from '../use-document-title';
import { ExtendDialog } from './ExtendDialog';
import { ReassignDialog } from './ReassignDialog';
import { overdueMs, SUPERVISION_LIMIT, type SupervisedTask } from './supervised-task';
import '../desk.css';
import { toast } from '../../layout/toast';

const FROM_SUPERVISION = { from: '/supervision' };
type Dialog = { kind: 'reassign' | 'extend'; task: SupervisedTask } | null;

/** 督办: the open work of the templates the caller supervises (every template for an admin), overdue first. */
export default function SupervisionPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useDocumentTitle(t('desk.supervision.title'));
  const [onlyOverdue, setOnlyOverdue] = useState(true);
  const [dialog, setDialog] = useState<Dialog>(null);
  const tasks = useQuery({
    ...trpc.supervision.tasks.queryOptions({ onlyOverdue, limit: SUPERVISION_LIMIT }),
    refetchInterval: 60_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.supervision.tasks.pathKey() });
  const urge = useMutation({
    ...trpc.actions.urge.mutationOptions(),
    onSuccess: (_data, input) => {
      const task = tasks.data?.find((x) => x.taskId === input.taskId);
      toast('success', t('desk.supervision.urged', { name: task?.assigneeName ?? '' }));
      void refresh();
    },
    onError: (e) => toast('error', errorText(e, lang)),
  });
  const rows = tasks.data ?? [];
  const hasReminders = rows.some((r) => remindersOf(r) !== undefined);

  const overdueText = (r: SupervisedTask): ReactNode => {
    if (!r.dueAt) return <Typography.Text type="secondary">{t('desk.supervision.noLimit')}</Typography.Text>;
    const ms = overdueMs(r);
    return ms > 0 ? (
      <Typography.Text type="danger" data-testid="overdue-by">
        {formatDuration(ms, t)}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">{t('desk.supervision.notOverdue')}</Typography.Text>
    );
  };
  const actions = (r: SupervisedTask) => (
    <Space size={phone ? 8 : 4} wrap>
      <Button
        size={phone ? 'large' : 'small'}
        onClick={() => urge.mutate({ instanceId: r.instanceId, taskId: r.taskId })}
        loading={urge.isPending && urge.variables.taskId === r.taskId}
        data-testid="urge"
      >
        {t('desk.supervision.urge')}
      </Button>
      <Button
        size={phone ? 'large' : 'small'}
        onClick={() => setDialog({ kind: 'reassign', task: r })}
        data-testid="reassign"
      >
        {t('desk.supervision.reassign')}
      </Button>
      <Button
        size={phone ? 'large' : 'small'}
        onClick={() => setDialog({ kind: 'extend', task: r })}
        disabled={!r.dueAt}
        data-testid="extend"
      >
        {t('desk.supervision.extend')}
      </Button>
    </Space>
  );
  const titleCell = (r: SupervisedTask) => (
    <Space size={4} wrap>
      <Link to={`/requests/${encodeURIComponent(r.instanceId)}`} state={FROM_SUPERVISION}>
        {t('desk.list.rowTitle', { name: r.applicantName, title: pick(r.templateTitle) })}
      </Link>
      <RowTags row={{ urgent: false, card: r.card }} />
    </Space>
  );

  const columns: TableColumnsType<SupervisedTask> = [
    { title: t('desk.list.title'), key: 'title', render: (_: unknown, r) => titleCell(r) },
    {
      title: t('desk.list.serialNo'),
      key: 'serial',
      render: (_: unknown, r) => <Typography.Text type="secondary">{r.serialNo}</Typography.Text>,
    },
    { title: t('desk.supervision.step'), key: 'step', render: (_: unknown, r) => pick(r.nodeName) },
    { title: t('desk.supervision.assignee'), key: 'assignee', dataIndex: 'assigneeName' },
    {
      title: t('desk.supervision.due'),
      key: 'due',
      render: (_: unknown, r) => (r.dueAt ? formatDateTime(r.dueAt, lang) : ''),
    },
    { title: t('desk.supervision.overdue'), key: 'overdue', render: (_: unknown, r) => overdueText(r) },
    ...(hasReminders
      ? [
          {
            title: t('desk.supervision.reminders'),
            key: 'reminders',
            render: (_: unknown, r: SupervisedTask) =>
              t('desk.supervision.remindersCount', { count: remindersOf(r) ?? 0 }),
          },
        ]
      : []),
    { title: t('desk.supervision.actions'), key: 'actions', render: (_: unknown, r) => actions(r) },
  ];
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(onlyOverdue ? 'desk.supervision.emptyOverdue' : 'desk.supervision.empty')}
    />
  );

  return (
    <div className="desk-page">
      <div className="desk-page-head">
        <Typography.Title level={4} className="signoff-page-title">
          {t('desk.supervision.title')}
        </Typography.Title>
        <Button
          type="text"
          icon={<ReloadOutlined spin={tasks.isFetching} />}
          onClick={() => void refresh()}
          aria-label={t('desk.list.refresh')}
          className="desk-touch"
        />
      </div>
      <Segmented<'overdue' | 'all'>
        value={onlyOverdue ? 'overdue' : 'all'}
        onChange={(v) => setOnlyOverdue(v === 'overdue')}
        options={[
          { value: 'overdue', label: t('desk.supervision.overdueOnly') },
          { value: 'all', label: t('desk.supervision.all') },
        ]}
        size={phone ? 'large' : 'middle'}
        className="desk-supervision-switch"
        block={phone}
      />
      {tasks.isError && (
        <Alert type="error" showIcon title={errorText(tasks.error, lang)} style={{ marginBottom: 12 }} />
      )}
      {phone ? (
        <Spin spinning={tasks.isPending}>
          <div className="desk-supervision-cards" data-testid="supervision-cards">
            {!tasks.isPending && rows.length === 0 && <div className="signoff-phone-list">{empty}</div>}
            {rows.map((r) => (
              <Card
                key={r.taskId}
                size="small"
                variant="borderless"
                className="desk-supervision-card"
                data-testid="supervision-row"
              >
                <div className="desk-card-title">{titleCell(r)}</div>
                <Typography.Text type="secondary" className="signoff-list-item-line">
                  {`${pick(r.nodeName)} · ${r.assigneeName} · ${r.serialNo}`}
                </Typography.Text>
                <div className="desk-card-meta">
                  <span>
                    {t('desk.labelColon', { label: t('desk.supervision.overdue') })}
                    {overdueText(r)}
                  </span>
                  {remindersOf(r) !== undefined && (
                    <Typography.Text type="secondary">
                      {t('desk.supervision.reminders')}{' '}
                      {t('desk.supervision.remindersCount', { count: remindersOf(r) ?? 0 })}
                    </Typography.Text>
                  )}
                </div>
                <div className="desk-supervision-actions">{actions(r)}</div>
              </Card>
            ))}
          </div>
        </Spin>
      ) : (
        <Card variant="borderless" styles={{ body: { padding: 0 } }}>
          <Table<SupervisedTask>
            rowKey="taskId"
            columns={columns}
            dataSource={rows}
            loading={tasks.isPending}
            locale={{ emptyText: empty }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            rowClassName={(r) =>
              r.card === 'red' ? 'desk-row-red' : r.card === 'yellow' ? 'desk-row-yellow' : ''
            }
            data-testid="supervision-table"
          />
        </Card>
      )}
      {dialog?.kind === 'reassign' && (
        <ReassignDialog
          task={dialog.task}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
      {dialog?.kind === 'extend' && (
        <ExtendDialog
          task={dialog.task}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void refresh();
          }}
        />
      )}
    </div>
  );
}
