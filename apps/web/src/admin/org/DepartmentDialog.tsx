import { Form, Input, InputNumber, Select, Switch, TreeSelect } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { departmentOptions } from './department-options';
import { departmentTree, nextOrder, positionLabel, type OrgDepartment, type OrgView } from './org-model';
import { problemText } from './org-problems';
import { OrgFormModal } from './OrgFormModal';
import { useRefreshOrg } from './use-org';

interface Values {
  name: string;
  code?: string;
  parentId?: string;
  order: number;
  virtual: boolean;
  headPositionId?: string;
}

/** 新建 / 编辑部门: a new one under `parentId`, or `dept` edited. */
export function DepartmentDialog({
  org,
  dept,
  parentId = null,
  onClose,
  onSaved,
}: {
  org: OrgView;
  dept?: OrgDepartment;
  parentId?: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const refresh = useRefreshOrg();
  const save = useMutation(trpc.org.saveDepartment.mutationOptions());
  const parents = useMemo(() => departmentOptions(departmentTree(org.departments), dept?.id), [org, dept]);
  // a virtual department is headed by a real position elsewhere
  const headChoices = org.positions
    .filter((p) => p.departmentId !== dept?.id)
    .map((p) => ({ value: p.id, label: positionLabel(org, p) }));
  const parent = dept ? dept.parentId : parentId;

  return (
    <OrgFormModal<Values>
      testId="department-dialog"
      title={dept ? t('adminOrg.dept.editTitle', { name: dept.name }) : t('adminOrg.dept.createTitle')}
      initialValues={{
        name: dept?.name ?? '',
        ...(dept?.code ? { code: dept.code } : {}),
        ...(parent ? { parentId: parent } : {}),
        order: dept?.order ?? nextOrder(org.departments, parent),
        virtual: dept?.virtual === true,
        ...(dept?.headPositionId ? { headPositionId: dept.headPositionId } : {}),
      }}
      describe={(e) => problemText(e, `department:${dept?.id ?? ''}`, lang)}
      onClose={onClose}
      onSave={async (v) => {
        const code = v.code?.trim();
        const saved = await save.mutateAsync({
          ...(dept ? { id: dept.id } : {}),
          name: v.name.trim(),
          ...(code ? { code } : {}),
          parentId: v.parentId ?? null,
          order: v.order,
          ...(v.virtual ? { virtual: true } : {}),
          ...(v.virtual && v.headPositionId ? { headPositionId: v.headPositionId } : {}),
        });
        await refresh();
        toast('success', t('adminOrg.dept.saved', { name: saved.name }));
        onSaved(saved.id);
      }}
    >
      {(form) => (
        <>
          <Form.Item
            name="name"
            label={t('adminOrg.dept.name')}
            rules={[{ required: true, whitespace: true, message: t('adminOrg.dept.nameRequired') }]}
          >
            <Input maxLength={100} autoFocus data-testid="department-name" />
          </Form.Item>
          <Form.Item name="code" label={t('adminOrg.dept.code')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="parentId" label={t('adminOrg.dept.parent')}>
            <TreeSelect
              allowClear
              showSearch={{ treeNodeFilterProp: 'title' }}
              treeDefaultExpandAll
              treeData={parents}
              placeholder={t('adminOrg.dept.none')}
            />
          </Form.Item>
          <Form.Item name="order" label={t('adminOrg.dept.order')}>
            <InputNumber min={0} max={1_000_000} precision={0} />
          </Form.Item>
          <Form.Item name="virtual" label={t('adminOrg.dept.virtual')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.virtual !== b.virtual}>
            {() =>
              form.getFieldValue('virtual') === true && (
                <Form.Item
                  name="headPositionId"
                  label={t('adminOrg.dept.headPosition')}
                  extra={t('adminOrg.dept.headPositionHelp')}
                >
                  <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={headChoices} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </OrgFormModal>
  );
}
