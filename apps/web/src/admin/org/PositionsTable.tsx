import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { RowActions } from './RowActions';
import { holdersOf, type OrgDepartment, type OrgPosition, type OrgView } from './org-model';
import { problemOn, problemText, type RowProblem } from './org-problems';
import { PositionDialog } from './PositionDialog';
import { RowProblemText } from './RowProblemText';

/** A department's positions with who holds each; add, edit and delete, refusals on the row. */
export function PositionsTable({ org, dept }: { org: OrgView; dept: OrgDepartment }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const remove = useMutation(trpc.org.deletePosition.mutationOptions());
  const [editing, setEditing] = useState<OrgPosition | 'new' | null>(null);
  const [problem, setProblem] = useState<RowProblem | null>(null);
  const rows = org.positions
    .filter((p) => p.departmentId === dept.id)
    .sort((a, b) => Number(b.isHead) - Number(a.isHead) || a.name.localeCompare(b.name, 'zh'));

  return (
    <section className="admin-org-section" data-testid="positions">
      <div className="admin-org-section-head">
        <Typography.Title level={5}>{t('adminOrg.positions.title')}</Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-position">
          {t('adminOrg.positions.add')}
        </Button>
      </div>
      <Table<OrgPosition>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: t('adminOrg.positions.empty') }}
        onRow={(p) => ({ 'data-testid': `position-row-${p.name}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('adminOrg.positions.name'),
            render: (_, p) => (
              <div>
                <Space size={6}>
                  <span>{p.name}</span>
                  {p.isHead && <Tag color="blue">{t('adminOrg.positions.headTag')}</Tag>}
                </Space>
                <RowProblemText text={problemOn(problem, `position:${p.id}`)} />
              </div>
            ),
          },
          {
            key: 'holders',
            title: t('adminOrg.positions.holders'),
            render: (_, p) => {
              const holders = holdersOf(org.users, p.id);
              return holders.length === 0 ? (
                <Typography.Text type="secondary">{t('adminOrg.positions.vacant')}</Typography.Text>
              ) : (
                holders.map((u) => <Tag key={u.id}>{u.name}</Tag>)
              );
            },
          },
          {
            key: 'actions',
            title: t('adminOrg.common.actions'),
            width: 140,
            render: (_, p) => (
              <RowActions
                onEdit={() => setEditing(p)}
                deleteLabel={t('adminOrg.positions.delete')}
                confirm={t('adminOrg.positions.deleteConfirm', { name: p.name })}
                testId={`delete-position-${p.name}`}
                remove={() => {
                  setProblem(null);
                  return remove.mutateAsync({ id: p.id });
                }}
                removed={t('adminOrg.positions.deleted', { name: p.name })}
                onRefused={(e) =>
                  setProblem({ subject: `position:${p.id}`, text: problemText(e, `position:${p.id}`, lang) })
                }
              />
            ),
          },
        ]}
      />
      {editing && (
        <PositionDialog
          departmentId={dept.id}
          {...(editing === 'new' ? {} : { position: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
