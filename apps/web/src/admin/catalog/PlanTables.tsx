import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../api/trpc';
import { MapMissing, type OrgDepartment } from './MapMissing';

type Plan = RouterOutputs['catalog']['plan'];
type Match = { name: string; status: 'found' | 'missing' };

/** One kind of requirement as a table: its own columns, then the match and what to do about a gap. */
function PlanSection<T extends Match>({
  title,
  rows,
  columns,
  fix,
  testId,
}: {
  title: string;
  rows: T[];
  columns: ColumnsType<T>;
  fix: (row: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const w = (k: string) => t(`adminCatalog.wizard.${k}`);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey="name"
        locale={{ emptyText: w('noneNeeded') }}
        dataSource={rows}
        columns={[
          { title: w('name'), dataIndex: 'name' },
          ...columns,
          {
            title: w('status'),
            key: 'status',
            width: 100,
            render: (_, r) => (
              <Tag color={r.status === 'found' ? 'green' : 'orange'} data-testid={`status-${r.status}`}>
                {w(r.status)}
              </Tag>
            ),
          },
          { title: w('action'), key: 'action', render: (_, r) => (r.status === 'missing' ? fix(r) : null) },
        ]}
        data-testid={testId}
      />
    </>
  );
}

/** How each department, position and rank the flows need maps onto the company's org, with a way to fix each gap. */
export function PlanTables({
  plan,
  departments,
  onChanged,
}: {
  plan: Plan;
  departments: readonly OrgDepartment[];
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const w = (k: string) => t(`adminCatalog.wizard.${k}`);
  const map = (kind: 'department' | 'position', name: string, suggested: string | undefined) => (
    <MapMissing
      kind={kind}
      name={name}
      suggested={suggested}
      departments={departments}
      onCreated={onChanged}
    />
  );
  return (
    <div data-testid="catalog-plan">
      <PlanSection
        title={w('departments')}
        rows={plan.departments}
        columns={[{ title: w('parent'), key: 'parent', render: (_, d) => d.parent ?? '—' }]}
        fix={(d) => map('department', d.name, d.parent)}
        testId="plan-departments"
      />
      <PlanSection
        title={w('positions')}
        rows={plan.positions}
        columns={[
          { title: w('department'), dataIndex: 'department' },
          { title: w('holders'), key: 'holders', width: 90, render: (_, p) => p.holders ?? '—' },
        ]}
        fix={(p) => map('position', p.name, p.department)}
        testId="plan-positions"
      />
      <PlanSection
        title={w('ranks')}
        rows={plan.ranks}
        columns={[]}
        fix={() => w('autoCreate')}
        testId="plan-ranks"
      />
    </div>
  );
}
