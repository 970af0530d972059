import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { RowActions } from './RowActions';
import { holdersOf, positionLabel, type OrgSupervision, type OrgView } from './org-model';
import { RowProblemText } from './RowProblemText';
import { SupervisionDialog } from './SupervisionDialog';

/** 分管关系: which leader's position supervises which departments and which categories. */
export function SupervisionTab({ org }: { org: OrgView }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const set = useMutation(trpc.org.setSupervision.mutationOptions());
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<OrgSupervision | 'new' | null>(null);
  const [problem, setProblem] = useState<{ positionId: string; text: string } | null>(null);
  const position = (id: string) => org.positions.find((p) => p.id === id);
  const deptName = (id: string) => org.departments.find((d) => d.id === id)?.name ?? id;
  const leaderText = (s: OrgSupervision) => {
    const p = position(s.positionId);
    return p ? positionLabel(org, p) : s.positionId;
  };
  const needle = q.trim().toLowerCase();
  const rows = org.supervisions.filter(
    (s) =>
      !needle ||
      [
        leaderText(s),
        ...s.departmentIds.map(deptName),
        ...s.categories,
        ...holdersOf(org.users, s.positionId).map((u) => u.name),
      ]
        .join(' ')
        .toLowerCase()
        .includes(needle),
  );

  return (
    <Card size="small" data-testid="supervision">
      <div className="admin-org-toolbar">
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={`${t('adminOrg.supervision.leader')} / ${t('adminOrg.supervision.departments')}`}
          aria-label={t('adminOrg.tabs.supervision')}
          className="admin-org-search"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          data-testid="add-supervision"
        >
          {t('adminOrg.supervision.add')}
        </Button>
      </div>
      <Table<OrgSupervision>
        rowKey="positionId"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('adminOrg.supervision.empty') }}
        columns={[
          {
            key: 'leader',
            title: t('adminOrg.supervision.leader'),
            render: (_, s) => (
              <div>
                <span>{leaderText(s)}</span>
                <RowProblemText text={problem?.positionId === s.positionId ? problem.text : null} />
              </div>
            ),
          },
          {
            key: 'holders',
            title: t('adminOrg.supervision.holders'),
            render: (_, s) => {
              const holders = holdersOf(org.users, s.positionId);
              return holders.length ? (
                holders.map((u) => u.name).join('、')
              ) : (
                <Typography.Text type="secondary">{t('adminOrg.positions.vacant')}</Typography.Text>
              );
            },
          },
          {
            key: 'departments',
            title: t('adminOrg.supervision.departments'),
            render: (_, s) =>
              s.departmentIds.length ? s.departmentIds.map((id) => <Tag key={id}>{deptName(id)}</Tag>) : '—',
          },
          {
            key: 'categories',
            title: t('adminOrg.supervision.categories'),
            render: (_, s) =>
              s.categories.length
                ? s.categories.map((c) => (
                    <Tag key={c} color="geekblue">
                      {c}
                    </Tag>
                  ))
                : '—',
          },
          {
            key: 'actions',
            title: t('adminOrg.common.actions'),
            width: 150,
            render: (_, s) => (
              <RowActions
                onEdit={() => setEditing(s)}
                deleteLabel={t('adminOrg.supervision.clear')}
                confirm={t('adminOrg.supervision.clearConfirm', { name: position(s.positionId)?.name ?? '' })}
                testId={`clear-supervision-${s.positionId}`}
                remove={() => {
                  setProblem(null);
                  // an empty entry is how the API removes one
                  return set.mutateAsync({ positionId: s.positionId, departmentIds: [], categories: [] });
                }}
                removed={t('adminOrg.supervision.cleared', { name: position(s.positionId)?.name ?? '' })}
                onRefused={(e) => setProblem({ positionId: s.positionId, text: errorText(e, lang) })}
              />
            ),
          },
        ]}
      />
      {editing && (
        <SupervisionDialog
          org={org}
          {...(editing === 'new' ? {} : { supervision: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
