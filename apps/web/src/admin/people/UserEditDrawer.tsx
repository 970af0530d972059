import { Alert, Button, Checkbox, Drawer, Form, Input, Select, Space, TreeSelect } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrorsOf } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { departmentTree } from './department-tree';
import type { OrgView, OrgViewUser } from './org-view';

interface UserValues {
  name: string;
  login: string;
  email: string;
  departmentId: string;
  secondaryDepartmentIds: string[];
  positionIds: string[];
  rankId: string | null;
  roles: ('admin' | 'designer')[];
}

/** Edits one person through org.saveUser, which checks the whole org; its problems are listed above the form. */
export function UserEditDrawer({
  org,
  user,
  onClose,
}: {
  org: OrgView;
  user: OrgViewUser;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserValues>();
  const save = useMutation({
    ...trpc.org.saveUser.mutationOptions(),
    onSuccess: async (saved) => {
      toast('success', t('adminPeople.saved', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() });
      onClose();
    },
  });
  const deptName = new Map(org.departments.map((d) => [d.id, d.name]));
  const tree = departmentTree(org);
  const submit = async () => {
    const v = await form.validateFields();
    save.mutate({
      id: user.id,
      name: v.name,
      login: v.login,
      email: v.email.trim() === '' ? null : v.email.trim(),
      departmentId: v.departmentId,
      secondaryDepartmentIds: v.secondaryDepartmentIds,
      positionIds: v.positionIds,
      rankId: v.rankId ?? null,
      roles: v.roles,
    });
  };
  const required = [{ required: true, whitespace: true, message: t('adminPeople.fields.required') }];
  return (
    <Drawer
      open
      size="large"
      title={t('adminPeople.editTitle', { name: user.name })}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('adminPeople.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid="user-save"
          >
            {t('adminPeople.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(save.error, lang)}
          description={
            fieldErrorsOf(save.error).length > 1 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {fieldErrorsOf(save.error).map((f, i) => (
                  <li key={i}>{pick(f.message)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: user.name,
          login: user.login,
          email: user.email ?? '',
          departmentId: user.departmentId,
          secondaryDepartmentIds: user.secondaryDepartmentIds,
          positionIds: user.positionIds,
          rankId: user.rankId,
          roles: user.roles.filter((r) => r === 'admin' || r === 'designer'),
        }}
      >
        <Form.Item name="name" label={t('adminPeople.fields.name')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="login" label={t('adminPeople.fields.login')} rules={required}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="email" label={t('adminPeople.fields.email')} rules={[{ type: 'email' }]}>
          <Input maxLength={254} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('adminPeople.fields.department')} rules={required}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="secondaryDepartmentIds" label={t('adminPeople.fields.secondary')}>
          <TreeSelect treeData={tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="positionIds" label={t('adminPeople.fields.positions')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={org.positions.map((p) => ({
              value: p.id,
              label: `${deptName.get(p.departmentId) ?? ''} / ${p.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="rankId" label={t('adminPeople.fields.rank')}>
          <Select
            allowClear
            placeholder={t('adminPeople.fields.noRank')}
            options={org.ranks.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('adminPeople.fields.roles')}
          extra={t('adminPeople.fields.rolesHint')}
        >
          <Checkbox.Group
            options={[
              { value: 'admin', label: t('adminPeople.roles.admin') },
              { value: 'designer', label: t('adminPeople.roles.designer') },
            ]}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
