import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { DeleteAction } from './DeleteAction';
import { headOf, positionLabel, type OrgDepartment, type OrgView } from './org-model';
import { problemText } from './org-problems';
import { PeopleTable } from './PeopleTable';
import { PositionsTable } from './PositionsTable';
import { useRefreshOrg } from './use-org';

/** One department: its head, code and parent, its positions with their holders, and its people. */
export function DepartmentDetail({
  org,
  dept,
  onEdit,
  onAddChild,
  onDeleted,
}: {
  org: OrgView;
  dept: OrgDepartment;
  onEdit: () => void;
  onAddChild: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const remove = useMutation(trpc.org.deleteDepartment.mutationOptions());
  const [problem, setProblem] = useState<{ id: string; text: string } | null>(null);
  const head = headOf(org, dept);
  const parent = org.departments.find((d) => d.id === dept.parentId);

  return (
    <div className="admin-org-detail" data-testid="department-detail">
      <div className="admin-org-detail-head">
        <Space size={8} wrap>
          <Typography.Title level={4} className="admin-org-detail-name" data-testid="department-name-heading">
            {dept.name}
          </Typography.Title>
          {dept.virtual && <Tag color="purple">{t('adminOrg.tree.virtual')}</Tag>}
        </Space>
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-department">
            {t('adminOrg.dept.edit')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={onAddChild} data-testid="add-child-department">
            {t('adminOrg.dept.addChild')}
          </Button>
          <DeleteAction
            block
            label={t('adminOrg.dept.delete')}
            confirm={t('adminOrg.dept.deleteConfirm', { name: dept.name })}
            testId="delete-department"
            run={async () => {
              setProblem(null);
              await remove.mutateAsync({ id: dept.id });
              await refresh();
              toast('success', t('adminOrg.dept.deleted', { name: dept.name }));
              onDeleted();
            }}
            onRefused={(e) =>
              setProblem({ id: dept.id, text: problemText(e, `department:${dept.id}`, lang) })
            }
          />
        </Space>
      </div>
      {problem?.id === dept.id && (
        <Alert
          type="error"
          showIcon
          title={problem.text}
          closable={{ onClose: () => setProblem(null) }}
          data-testid="department-problem"
        />
      )}
      {dept.virtual && (
        <Alert type="info" title={t('adminOrg.dept.virtualNote')} className="admin-org-note" />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="admin-org-facts">
        <Descriptions.Item label={t('adminOrg.dept.head')}>
          <span data-testid="department-head">
            {head && head.holders.length > 0
              ? head.holders.map((u) => u.name).join('、')
              : t('adminOrg.dept.noHead')}
            {dept.virtual && head && (
              <Typography.Text type="secondary">
                {' '}
                ({t('adminOrg.dept.virtualHead', { position: positionLabel(org, head.position) })})
              </Typography.Text>
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('adminOrg.dept.parent')}>
          <span data-testid="department-parent">{parent?.name ?? t('adminOrg.dept.none')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('adminOrg.dept.code')}>{dept.code ?? '—'}</Descriptions.Item>
      </Descriptions>
      <PositionsTable org={org} dept={dept} />
      <PeopleTable org={org} deptId={dept.id} />
    </div>
  );
}
