import { Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersOf, type DepartmentMember, type OrgView } from './org-model';

/** Who is in a department (primary members first, then secondary ones), searchable by name or login. */
export function PeopleTable({ org, deptId }: { org: OrgView; deptId: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const all = membersOf(org.users, deptId);
  const rows = all.filter(
    (m) =>
      !needle ||
      m.person.name.toLowerCase().includes(needle) ||
      m.person.login.toLowerCase().includes(needle),
  );
  const rankName = (id: string | null) => org.ranks.find((r) => r.id === id)?.name ?? '—';

  return (
    <section className="admin-org-section" data-testid="people">
      <div className="admin-org-section-head">
        <Typography.Title level={5}>
          {t('adminOrg.people.title')} <span className="admin-org-count">{all.length}</span>
        </Typography.Title>
        {all.length > 0 && (
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={`${t('adminOrg.people.name')} / ${t('adminOrg.people.login')}`}
            aria-label={t('adminOrg.people.title')}
            className="admin-org-people-search"
          />
        )}
      </div>
      <Table<DepartmentMember>
        size="small"
        rowKey={(m) => m.person.id}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: t('adminOrg.people.empty') }}
        columns={[
          {
            key: 'name',
            title: t('adminOrg.people.name'),
            render: (_, m) => (
              <span>
                {m.person.name} {m.person.leftAt && <Tag>{t('adminOrg.people.left')}</Tag>}
              </span>
            ),
          },
          { key: 'login', title: t('adminOrg.people.login'), render: (_, m) => m.person.login },
          { key: 'rank', title: t('adminOrg.people.rank'), render: (_, m) => rankName(m.person.rankId) },
          {
            key: 'relation',
            title: t('adminOrg.people.relation'),
            render: (_, m) =>
              m.primary ? (
                t('adminOrg.people.primary')
              ) : (
                <Tag color="gold">{t('adminOrg.people.secondary')}</Tag>
              ),
          },
        ]}
      />
    </section>
  );
}
