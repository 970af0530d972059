import { useMemo, useState } from 'react';
import { Button, Input, Popconfirm, Select, Space, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import './admin-people.i18n';
import './admin-delegations.i18n';
import { LoadFailed } from '../LoadFailed';
import { PagedTable } from './PagedTable';
import { DelegationDialog } from './DelegationDialog';
import { delegationState, type DelegationState } from './delegation-state';
import { orgNames, useOrgView, type OrgView } from './org-view';

type Delegation = OrgView['delegations'][number];
const COLORS: Record<DelegationState, string | undefined> = {
  current: 'green',
  upcoming: 'blue',
  ended: undefined,
};

/** /admin/delegations (委托): who hands their tasks to whom, when, for which templates. */
export default function DelegationsPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const org = useOrgView();
  const templates = useQuery({
    ...trpc.templates.list.queryOptions({}),
    select: (r) => r.templates.map((tpl) => ({ value: tpl.key, label: pick(tpl.title) })),
  });
  const [q, setQ] = useState('');
  const [state, setState] = useState<DelegationState | null>(null);
  const [creating, setCreating] = useState(false);
  const remove = useMutation({
    ...trpc.org.deleteDelegation.mutationOptions(),
    onSuccess: () => {
      toast('success', t('adminDelegations.deleted'));
      return queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() });
    },
    onError: (e) => toast('error', errorText(e, lang)),
  });
  const names = org.data ? orgNames(org.data) : null;
  const now = new Date();
  const rows = useMemo(() => {
    const text = q.trim().toLowerCase();
    return (org.data?.delegations ?? []).filter(
      (d) =>
        (!state || delegationState(d, new Date()) === state) &&
        (!text ||
          [d.fromUserId, d.toUserId].some((id) => (names?.user(id) ?? '').toLowerCase().includes(text))),
    );
  }, [org.data, q, state, names]);

  if (org.isError)
    return (
      <LoadFailed
        title={t('adminPeople.loadFailed', { error: errorText(org.error, lang) })}
        onRetry={() => void org.refetch()}
      />
    );
  const templateName = (key: string) => templates.data?.find((o) => o.value === key)?.label ?? key;
  const columns: TableColumnsType<Delegation> = [
    {
      title: t('adminDelegations.columns.from'),
      key: 'from',
      width: 100,
      ellipsis: true,
      render: (_, d) => names?.user(d.fromUserId),
    },
    {
      title: t('adminDelegations.columns.to'),
      key: 'to',
      width: 100,
      ellipsis: true,
      render: (_, d) => names?.user(d.toUserId),
    },
    {
      title: t('adminDelegations.columns.window'),
      key: 'window',
      width: 250,
      render: (_, d) => `${formatDateTime(d.from, lang)} – ${formatDateTime(d.to, lang)}`,
    },
    {
      title: t('adminDelegations.columns.templates'),
      key: 'templates',
      minWidth: 100,
      ellipsis: true,
      render: (_, d) =>
        d.templateKeys.length === 0
          ? t('adminDelegations.allTemplates')
          : d.templateKeys.map(templateName).join('、'),
    },
    {
      title: t('adminDelegations.columns.status'),
      key: 'status',
      width: 90,
      render: (_, d) => {
        const s = delegationState(d, now);
        return <Tag color={COLORS[s]}>{t(`adminDelegations.states.${s}`)}</Tag>;
      },
    },
    {
      title: t('adminDelegations.columns.actions'),
      key: 'actions',
      width: 80,
      // a tablet scrolls the table sideways: deleting stays in reach
      fixed: 'right',
      render: (_, d) => (
        <Popconfirm
          title={t('adminDelegations.deleteConfirm', {
            from: names?.user(d.fromUserId),
            to: names?.user(d.toUserId),
          })}
          okText={t('adminDelegations.delete')}
          cancelText={t('adminDelegations.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate({ id: d.id })}
        >
          <Button type="link" danger size="small" data-testid="delegation-delete">
            {t('adminDelegations.delete')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <div data-testid="admin-delegations">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('adminDelegations.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('adminDelegations.allStatuses')}
            value={state}
            onChange={(v: DelegationState | undefined) => setState(v ?? null)}
            options={(['current', 'upcoming', 'ended'] as const).map((s) => ({
              value: s,
              label: t(`adminDelegations.states.${s}`),
            }))}
            style={{ width: 130 }}
            aria-label={t('adminDelegations.status')}
          />
        </Space>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="delegation-create"
        >
          {t('adminDelegations.create')}
        </Button>
      </Space>
      <PagedTable<Delegation>
        loading={org.isPending}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 720 }}
        emptyText={t('adminDelegations.empty')}
        totalText={(count) => t('adminDelegations.total', { count })}
      />
      {creating && <DelegationDialog templates={templates.data ?? []} onClose={() => setCreating(false)} />}
    </div>
  );
}
