import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../api/trpc';
import { CREATE, MapChoice, type ChoiceOption, type MapKind } from './MapChoice';
import { MapMissing, type OrgDepartment } from './MapMissing';
import type { CatalogMapping } from './catalog-mapping';

type Plan = RouterOutputs['catalog']['plan'];
type Match = { name: string; status: 'found' | 'missing'; mappedTo?: { id: string; name: string } };

/** The company's org as the wizard offers it: what a needed name can be mapped onto. */
export interface WizardOrg {
  departments: readonly OrgDepartment[];
  positions: readonly { id: string; name: string; departmentId: string }[];
  ranks: readonly { id: string; name: string }[];
}

/** One kind of requirement as a table: its own columns, then the match and what to do about it. */
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
  const w = (k: string, o?: Record<string, string>) => t(`adminCatalog.wizard.${k}`, o);
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey="name"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: w('noneNeeded') }}
        dataSource={rows}
        columns={[
          { title: w('name'), dataIndex: 'name' },
          ...columns,
          {
            title: w('status'),
            key: 'status',
            width: 160,
            render: (_, r) =>
              r.mappedTo && r.mappedTo.name !== r.name ? (
                <Tag color="blue" data-testid="status-mapped">
                  {w('mapped', { name: r.mappedTo.name })}
                </Tag>
              ) : (
                <Tag color={r.status === 'found' ? 'green' : 'orange'} data-testid={`status-${r.status}`}>
                  {w(r.status)}
                </Tag>
              ),
          },
          { title: w('action'), key: 'action', render: (_, r) => fix(r) },
        ]}
        data-testid={testId}
      />
    </>
  );
}

/**
 * How each department, position and rank the flows need maps onto the company's org: for every
 * one, "use the company's …" (the same name preselected when there is one) or "create it"; a
 * position or department to create can be created at once where the admin puts it, or left for
 * the import.
 */
export function PlanTables({
  plan,
  org,
  mapping,
  onMap,
  onChanged,
}: {
  plan: Plan;
  org: WizardOrg;
  mapping: CatalogMapping;
  onMap: (kind: MapKind, name: string, id: string) => void;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const w = (k: string) => t(`adminCatalog.wizard.${k}`);
  const departmentName = new Map(org.departments.map((d) => [d.id, d.name]));
  const options: Record<MapKind, ChoiceOption[]> = {
    department: org.departments.map((d) => ({ id: d.id, label: d.name })),
    position: org.positions.map((p) => ({
      id: p.id,
      label: `${p.name}（${departmentName.get(p.departmentId) ?? '—'}）`,
    })),
    rank: org.ranks.map((r) => ({ id: r.id, label: r.name })),
  };
  const named: Record<MapKind, (name: string) => string | undefined> = {
    department: (n) => org.departments.find((d) => d.name === n)?.id,
    position: (n) => org.positions.find((p) => p.name === n)?.id,
    rank: (n) => org.ranks.find((r) => r.name === n)?.id,
  };
  const chosen: Record<MapKind, Readonly<Record<string, string>> | undefined> = {
    department: mapping.departments,
    position: mapping.positions,
    rank: mapping.ranks,
  };

  const fix = (kind: MapKind, row: Match, suggested?: string) => {
    const sameName = named[kind](row.name);
    // a found department may have been matched by its code: that one is the suggestion then
    const matched = row.status === 'found' && !row.mappedTo ? foundId(row) : undefined;
    const value = chosen[kind]?.[row.name] ?? matched ?? sameName ?? CREATE;
    const creating = value === CREATE && row.status === 'missing';
    return (
      <Space wrap size={8}>
        <MapChoice
          kind={kind}
          name={row.name}
          value={value}
          options={options[kind]}
          canCreate={sameName === undefined && matched === undefined}
          onChange={(id) => onMap(kind, row.name, id)}
        />
        {creating &&
          (kind === 'rank' ? (
            <Typography.Text type="secondary">{w('autoCreate')}</Typography.Text>
          ) : (
            <MapMissing
              kind={kind}
              name={row.name}
              suggested={suggested}
              departments={org.departments}
              onCreated={onChanged}
            />
          ))}
      </Space>
    );
  };

  return (
    <div data-testid="catalog-plan">
      <PlanSection
        title={w('departments')}
        rows={plan.departments}
        columns={[{ title: w('parent'), key: 'parent', render: (_, d) => d.parent ?? '—' }]}
        fix={(d) => fix('department', d, d.parent)}
        testId="plan-departments"
      />
      <PlanSection
        title={w('positions')}
        rows={plan.positions}
        columns={[
          { title: w('department'), dataIndex: 'department' },
          { title: w('holders'), key: 'holders', width: 90, render: (_, p) => p.holders ?? '—' },
        ]}
        fix={(p) => fix('position', p, p.department)}
        testId="plan-positions"
      />
      <PlanSection
        title={w('ranks')}
        rows={plan.ranks}
        columns={[]}
        fix={(r) => fix('rank', r)}
        testId="plan-ranks"
      />
    </div>
  );
}

/** The id the plan matched a found row to by name or code. */
function foundId(row: Match & { departmentId?: string; positionIds?: string[]; rankId?: string }) {
  return row.departmentId ?? row.positionIds?.[0] ?? row.rankId;
}
