import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, TreeSelect, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../hooks/use-me';
import { invitationLink } from '../../invite/invitation-link';
import { useLang } from '../../i18n/use-lang';
import { formatDateTime } from '../../desk/locale-format';
import { OneTimeSecret } from './OneTimeSecret';
import { departmentTree } from './department-tree';
import type { OrgView } from './org-view';

interface InviteValues {
  name: string;
  departmentId: string;
  rankId?: string;
  email?: string;
}

/** org.invite: name, department, rank, e-mail → the one-time code, shown once. */
export function InviteDialog({ org, onClose }: { org: OrgView; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const [form] = Form.useForm<InviteValues>();
  const [name, setName] = useState('');
  const invite = useMutation(trpc.org.invite.mutationOptions());
  const tenantCode = useMe().data?.tenant.code ?? '';
  const done = invite.data;
  const submit = async () => {
    const v = await form.validateFields();
    setName(v.name);
    invite.mutate({
      name: v.name,
      departmentId: v.departmentId,
      rankId: v.rankId ?? null,
      ...(v.email ? { email: v.email } : {}),
    });
  };
  return (
    <Modal
      open
      title={done ? t('adminPeople.inviteDone') : t('adminPeople.inviteTitle')}
      onCancel={onClose}
      onOk={done ? onClose : () => void submit()}
      okText={done ? t('adminPeople.close') : t('adminPeople.inviteSend')}
      okButtonProps={{ ...{ 'data-testid': 'invite-ok' } }}
      cancelButtonProps={{ style: done ? { display: 'none' } : {} }}
      cancelText={t('adminPeople.cancel')}
      confirmLoading={invite.isPending}
      destroyOnHidden
    >
      {invite.isError && (
        <Alert type="error" showIcon title={errorText(invite.error, lang)} style={{ marginBottom: 12 }} />
      )}
      {done ? (
        <>
          {/* the link opens the accept-invitation page with both codes filled in */}
          <OneTimeSecret
            label={t('adminPeople.inviteLinkHint', { name, until: formatDateTime(done.expiresAt, lang) })}
            secret={invitationLink(window.location.origin, tenantCode, done.code)}
            testId="invitation-link"
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('adminPeople.inviteCodeHint', { tenant: tenantCode })}{' '}
            <Typography.Text code copyable data-testid="invitation-code">
              {done.code}
            </Typography.Text>
          </Typography.Paragraph>
        </>
      ) : (
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item
            name="name"
            label={t('adminPeople.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('adminPeople.fields.required') }]}
          >
            <Input id="invite-name" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label={t('adminPeople.fields.department')}
            rules={[{ required: true, message: t('adminPeople.fields.required') }]}
          >
            <TreeSelect
              id="invite-department"
              treeData={departmentTree(org)}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
            />
          </Form.Item>
          <Form.Item name="rankId" label={t('adminPeople.fields.rank')}>
            <Select allowClear options={org.ranks.map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
          <Form.Item name="email" label={t('adminPeople.fields.email')} rules={[{ type: 'email' }]}>
            <Input maxLength={254} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
