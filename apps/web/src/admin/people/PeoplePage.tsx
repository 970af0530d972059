import { useMemo, useState } from 'react';
import { Button, Dropdown, Input, Select, Space, Tag, TreeSelect, type TableColumnsType } from 'antd';
import { MoreOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useDebounced } from '../../directory/use-debounced';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import './admin-people.i18n';
import { departmentTree } from './department-tree';
import { InviteDialog } from './InviteDialog';
import { LeaverDialog } from './LeaverDialog';
import { orgNames, rolesOf, useOrgView, type OrgViewUser, type UserRole } from './org-view';
import { filterPeople, NO_FILTER, type PeopleFilter } from './people-filter';
import { LoadFailed } from '../LoadFailed';
import { PagedTable } from './PagedTable';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserEditDrawer } from './UserEditDrawer';

type Dialog = { kind: 'edit' | 'reset' | 'leave'; user: OrgViewUser } | { kind: 'invite' } | null;

/** /admin/people: everyone in the company, searchable by name, pinyin or login, with the admin's actions per person. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const org = useOrgView();
  const [filter, setFilter] = useState<PeopleFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<Dialog>(null);
  const q = useDebounced(filter.q.trim(), 250);
  // pinyin and initials are matched by the server's directory search (active people; leavers match by name/login)
  const pinyin = useQuery({
    ...trpc.directory.search.queryOptions({ q, kind: 'user', limit: 50 }),
    enabled: q !== '',
    select: (rows) => new Set(rows.map((r) => r.id)),
  });
  const reactivate = useMutation({
    ...trpc.org.setUserLeft.mutationOptions(),
    onSuccess: (_, input) => {
      toast(
        'success',
        t('adminPeople.reactivated', { name: org.data?.users.find((u) => u.id === input.id)?.name ?? '' }),
      );
      return queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() });
    },
    onError: (e) => toast('error', errorText(e, lang)),
  });
  const unlock = useMutation({
    ...trpc.org.unlockUser.mutationOptions(),
    onSuccess: (_, input) => {
      toast(
        'success',
        t('adminPeople.unlocked', { name: org.data?.users.find((u) => u.id === input.id)?.name ?? '' }),
      );
      return queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() });
    },
    onError: (e) => toast('error', errorText(e, lang)),
  });
  const rows = useMemo(
    () =>
      org.data ? filterPeople(org.data.users, filter, q === filter.q.trim() ? pinyin.data : undefined) : [],
    [org.data, filter, q, pinyin.data],
  );

  if (org.isError)
    return (
      <LoadFailed
        title={t('adminPeople.loadFailed', { error: errorText(org.error, lang) })}
        onRetry={() => void org.refetch()}
      />
    );
  const names = org.data ? orgNames(org.data) : null;
  const set = (patch: Partial<PeopleFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const columns: TableColumnsType<OrgViewUser> = [
    // widths that leave the positions column room at 1280 px, in English as well ("Positions" wrapped)
    { title: t('adminPeople.columns.name'), dataIndex: 'name', width: 100, fixed: 'left', ellipsis: true },
    { title: t('adminPeople.columns.login'), dataIndex: 'login', width: 110, ellipsis: true },
    {
      title: t('adminPeople.columns.department'),
      key: 'dept',
      width: 120,
      ellipsis: true,
      render: (_, u) => names?.department(u.departmentId),
    },
    {
      title: t('adminPeople.columns.secondary'),
      key: 'secondary',
      width: 120,
      ellipsis: true,
      render: (_, u) => u.secondaryDepartmentIds.map((d) => names?.department(d)).join('、'),
    },
    {
      title: t('adminPeople.columns.positions'),
      key: 'positions',
      minWidth: 150,
      ellipsis: true,
      render: (_, u) => u.positionIds.map((p) => names?.position(p)).join('、'),
    },
    {
      title: t('adminPeople.columns.rank'),
      key: 'rank',
      width: 100,
      ellipsis: true,
      render: (_, u) => names?.rank(u.rankId),
    },
    {
      title: t('adminPeople.columns.roles'),
      key: 'roles',
      width: 110,
      render: (_, u) =>
        rolesOf(u).map((r) => (
          <Tag key={r} color={r === 'admin' ? 'red' : r === 'designer' ? 'blue' : undefined}>
            {t(`adminPeople.roles.${r}`)}
          </Tag>
        )),
    },
    {
      title: t('adminPeople.columns.status'),
      key: 'status',
      width: 90,
      render: (_, u) => (
        <Space size={4} wrap>
          {u.active ? <Tag color="green">{t('adminPeople.active')}</Tag> : <Tag>{t('adminPeople.left')}</Tag>}
          {u.lockedUntil && (
            <Tag color="orange" data-testid={`locked-${u.login}`}>
              {t('adminPeople.locked')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('adminPeople.columns.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'edit', user: u })}
            data-testid={`edit-${u.login}`}
          >
            {t('adminPeople.edit')}
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: u.active
                ? [
                    ...(u.lockedUntil
                      ? [
                          {
                            key: 'unlock',
                            label: t('adminPeople.unlock'),
                            onClick: () => unlock.mutate({ id: u.id }),
                          },
                        ]
                      : []),
                    {
                      key: 'reset',
                      label: t('adminPeople.resetPassword'),
                      onClick: () => setDialog({ kind: 'reset', user: u }),
                    },
                    {
                      key: 'leave',
                      danger: true,
                      label: t('adminPeople.markLeft'),
                      onClick: () => setDialog({ kind: 'leave', user: u }),
                    },
                  ]
                : [
                    {
                      key: 'back',
                      label: t('adminPeople.reactivate'),
                      onClick: () => reactivate.mutate({ id: u.id, left: false }),
                    },
                  ],
            }}
          >
            <Button
              type="text"
              size="small"
              icon={<MoreOutlined />}
              aria-label={t('adminPeople.more')}
              data-testid={`more-${u.login}`}
            />
          </Dropdown>
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="admin-people">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('adminPeople.search')}
            value={filter.q}
            onChange={(e) => set({ q: e.target.value })}
            style={{ width: 240 }}
            data-testid="people-search"
          />
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            placeholder={t('adminPeople.allDepartments')}
            treeData={org.data ? departmentTree(org.data) : []}
            value={filter.departmentId ?? undefined}
            onChange={(v: string | undefined) => set({ departmentId: v ?? null })}
            style={{ width: 180 }}
            aria-label={t('adminPeople.department')}
          />
          <Select
            allowClear
            placeholder={t('adminPeople.allStatuses')}
            value={filter.status}
            onChange={(v: 'active' | 'left' | undefined) => set({ status: v ?? null })}
            options={[
              { value: 'active', label: t('adminPeople.active') },
              { value: 'left', label: t('adminPeople.left') },
            ]}
            style={{ width: 120 }}
            aria-label={t('adminPeople.status')}
          />
          <Select
            allowClear
            placeholder={t('adminPeople.allRoles')}
            value={filter.role}
            onChange={(v: UserRole | undefined) => set({ role: v ?? null })}
            options={(['admin', 'designer', 'member'] as const).map((r) => ({
              value: r,
              label: t(`adminPeople.roles.${r}`),
            }))}
            style={{ width: 120 }}
            aria-label={t('adminPeople.role')}
          />
        </Space>
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setDialog({ kind: 'invite' })}
          disabled={!org.data}
          data-testid="invite"
        >
          {t('adminPeople.invite')}
        </Button>
      </Space>
      <PagedTable<OrgViewUser>
        loading={org.isPending}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1000 }}
        emptyText={t('adminPeople.empty')}
        totalText={(count) => t('adminPeople.total', { count })}
      />
      {org.data && dialog?.kind === 'invite' && (
        <InviteDialog org={org.data} onClose={() => setDialog(null)} />
      )}
      {org.data && dialog?.kind === 'edit' && (
        <UserEditDrawer org={org.data} user={dialog.user} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} />}
      {org.data && dialog?.kind === 'leave' && (
        <LeaverDialog user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
