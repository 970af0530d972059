import { Form, Select, TreeSelect } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { toast } from '../../layout/toast';
import { departmentOptions } from './department-options';
import { departmentTree, positionLabel, type OrgSupervision, type OrgView } from './org-model';
import { OrgFormModal } from './OrgFormModal';
import { useRefreshOrg } from './use-org';

interface Values {
  positionId: string;
  departmentIds: string[];
  categories: string[];
}

/**
 * What one leader's position supervises (`org.setSupervision` replaces the whole entry): the
 * departments a `supervisor of the department` step finds them for, and the categories a
 * `supervisor of the category` step finds them for.
 */
export function SupervisionDialog({
  org,
  supervision,
  onClose,
}: {
  org: OrgView;
  supervision?: OrgSupervision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const save = useMutation(trpc.org.setSupervision.mutationOptions());
  const departments = useMemo(() => departmentOptions(departmentTree(org.departments)), [org.departments]);
  const taken = new Set(org.supervisions.map((s) => s.positionId));
  const leaders = org.positions
    .filter((p) => p.id === supervision?.positionId || !taken.has(p.id))
    .map((p) => ({ value: p.id, label: positionLabel(org, p) }));
  const categories = [...new Set(org.supervisions.flatMap((s) => s.categories))].map((c) => ({
    value: c,
    label: c,
  }));
  const nameOf = (positionId: string) => org.positions.find((p) => p.id === positionId)?.name ?? positionId;

  return (
    <OrgFormModal<Values>
      testId="supervision-dialog"
      title={
        supervision
          ? t('adminOrg.supervision.editTitle', { name: nameOf(supervision.positionId) })
          : t('adminOrg.supervision.createTitle')
      }
      initialValues={{
        ...(supervision ? { positionId: supervision.positionId } : {}),
        departmentIds: supervision?.departmentIds ?? [],
        categories: supervision?.categories ?? [],
      }}
      onClose={onClose}
      onSave={async (v) => {
        await save.mutateAsync({
          positionId: v.positionId,
          departmentIds: v.departmentIds,
          categories: v.categories,
        });
        await refresh();
        toast('success', t('adminOrg.supervision.saved', { name: nameOf(v.positionId) }));
        onClose();
      }}
    >
      {() => (
        <>
          <Form.Item
            name="positionId"
            label={t('adminOrg.supervision.leader')}
            rules={[{ required: true, message: t('adminOrg.supervision.leaderRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={leaders}
              disabled={supervision !== undefined}
              data-testid="supervision-leader"
            />
          </Form.Item>
          <Form.Item name="departmentIds" label={t('adminOrg.supervision.departments')}>
            <TreeSelect
              multiple
              allowClear
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeData={departments}
            />
          </Form.Item>
          <Form.Item
            name="categories"
            label={t('adminOrg.supervision.categories')}
            extra={t('adminOrg.supervision.categoriesHelp')}
            dependencies={['departmentIds']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_: unknown, value: string[] | undefined) => {
                  const depts = getFieldValue('departmentIds') as string[] | undefined;
                  return (value?.length ?? 0) === 0 && (depts?.length ?? 0) === 0
                    ? Promise.reject(new Error(t('adminOrg.supervision.needSomething')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <Select mode="tags" options={categories} tokenSeparators={[',', '，', '、']} />
          </Form.Item>
        </>
      )}
    </OrgFormModal>
  );
}
