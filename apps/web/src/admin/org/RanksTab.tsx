import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { RowActions } from './RowActions';
import type { OrgRank, OrgView } from './org-model';
import { problemOn, problemText, type RowProblem } from './org-problems';
import { RankDialog } from './RankDialog';
import { RowProblemText } from './RowProblemText';

/** 职级: highest first, with how many people hold each; a rank still in use cannot be deleted. */
export function RanksTab({ org }: { org: OrgView }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const remove = useMutation(trpc.org.deleteRank.mutationOptions());
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<OrgRank | 'new' | null>(null);
  const [problem, setProblem] = useState<RowProblem | null>(null);
  const rows = [...org.ranks]
    .sort((a, b) => b.order - a.order)
    .filter((r) => r.name.toLowerCase().includes(q.trim().toLowerCase()));
  const people = (id: string) => org.users.filter((u) => u.rankId === id && u.leftAt === null).length;
  const top = Math.max(0, ...org.ranks.map((r) => r.order));

  return (
    <Card size="small" data-testid="ranks">
      <div className="admin-org-toolbar">
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('adminOrg.ranks.name')}
          aria-label={t('adminOrg.ranks.name')}
          className="admin-org-search"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="add-rank"
        >
          {t('adminOrg.ranks.add')}
        </Button>
      </div>
      <Table<OrgRank>
        size="middle"
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('adminOrg.ranks.empty') }}
        columns={[
          {
            key: 'name',
            title: t('adminOrg.ranks.name'),
            render: (_, r) => (
              <div>
                <span>{r.name}</span>
                <RowProblemText text={problemOn(problem, `rank:${r.id}`)} />
              </div>
            ),
          },
          { key: 'order', title: t('adminOrg.ranks.order'), dataIndex: 'order', width: 120 },
          { key: 'people', title: t('adminOrg.ranks.people'), width: 120, render: (_, r) => people(r.id) },
          {
            key: 'actions',
            title: t('adminOrg.common.actions'),
            width: 160,
            render: (_, r) => (
              <RowActions
                onEdit={() => setEditing(r)}
                deleteLabel={t('adminOrg.ranks.delete')}
                confirm={t('adminOrg.ranks.deleteConfirm', { name: r.name })}
                testId={`delete-rank-${r.name}`}
                remove={() => {
                  setProblem(null);
                  return remove.mutateAsync({ id: r.id });
                }}
                removed={t('adminOrg.ranks.deleted', { name: r.name })}
                onRefused={(e) =>
                  setProblem({ subject: `rank:${r.id}`, text: problemText(e, `rank:${r.id}`, lang) })
                }
              />
            ),
          },
        ]}
      />
      {editing && (
        <RankDialog
          {...(editing === 'new' ? {} : { rank: editing })}
          nextOrder={top + 1}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
