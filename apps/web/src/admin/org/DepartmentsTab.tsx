import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DepartmentDetail } from './DepartmentDetail';
import { DepartmentDialog } from './DepartmentDialog';
import { DepartmentTree } from './DepartmentTree';
import { departmentTree, type OrgDepartment, type OrgView } from './org-model';

type Dialog = { kind: 'edit'; dept: OrgDepartment } | { kind: 'create'; parentId: string | null } | null;

/** The tree on the left, the chosen department on the right; the choice is in the URL (`?dept=`). */
export function DepartmentsTab({ org }: { org: OrgView }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const wanted = params.get('dept');
  // nothing chosen yet: the top department, so the page never opens blank
  const selected =
    org.departments.find((d) => d.id === wanted) ??
    (wanted === null ? departmentTree(org.departments)[0]?.dept : undefined);
  const select = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('dept', id);
        else next.delete('dept');
        return next;
      },
      { replace: true },
    );

  return (
    <div className="admin-org-columns">
      <Card
        size="small"
        className="admin-org-tree-card"
        title={t('adminOrg.tabs.departments')}
        extra={
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create', parentId: null })}
            data-testid="add-department"
          >
            {t('adminOrg.tree.addTop')}
          </Button>
        }
      >
        <DepartmentTree org={org} selected={selected?.id ?? null} onSelect={select} />
      </Card>
      <Card size="small" className="admin-org-detail-card">
        {selected ? (
          <DepartmentDetail
            org={org}
            dept={selected}
            onEdit={() => setDialog({ kind: 'edit', dept: selected })}
            onAddChild={() => setDialog({ kind: 'create', parentId: selected.id })}
            onDeleted={() => select(null)}
          />
        ) : (
          <Empty description={t('adminOrg.dept.pick')} />
        )}
      </Card>
      {dialog && (
        <DepartmentDialog
          org={org}
          {...(dialog.kind === 'edit' ? { dept: dialog.dept } : { parentId: dialog.parentId })}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            select(id);
          }}
        />
      )}
    </div>
  );
}
