import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';

interface DelegationValues {
  fromUserId: string;
  toUserId: string;
  window: [Dayjs, Dayjs];
  templateKeys?: string[];
}

/** org.createDelegation for anyone (admin): who, to whom, the window and optionally which templates. */
export function DelegationDialog({
  templates,
  onClose,
}: {
  templates: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DelegationValues>();
  const create = useMutation({
    ...trpc.org.createDelegation.mutationOptions(),
    onSuccess: async () => {
      toast('success', t('adminDelegations.created'));
      await queryClient.invalidateQueries({ queryKey: trpc.org.view.queryKey() });
      onClose();
    },
  });
  const submit = async () => {
    const v = await form.validateFields();
    create.mutate({
      fromUserId: v.fromUserId,
      toUserId: v.toUserId,
      from: v.window[0].toISOString(),
      to: v.window[1].toISOString(),
      templateKeys: v.templateKeys ?? [],
    });
  };
  const required = { required: true, message: t('adminDelegations.fields.required') };
  return (
    <Modal
      open
      title={t('adminDelegations.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('adminDelegations.ok')}
      cancelText={t('adminDelegations.cancel')}
      okButtonProps={{ ...{ 'data-testid': 'delegation-ok' } }}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.isError && (
        <Alert type="error" showIcon title={errorText(create.error, lang)} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="fromUserId"
          label={t('adminDelegations.fields.from')}
          rules={[required]}
          htmlFor="delegation-from"
        >
          <PersonSearchSelect id="delegation-from" testId="delegation-from" />
        </Form.Item>
        <Form.Item
          name="toUserId"
          label={t('adminDelegations.fields.to')}
          htmlFor="delegation-to"
          dependencies={['fromUserId']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, v: string | undefined) =>
                v && v === getFieldValue('fromUserId')
                  ? Promise.reject(new Error(t('adminDelegations.fields.same')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <PersonSearchSelect id="delegation-to" testId="delegation-to" />
        </Form.Item>
        <Form.Item name="window" label={t('adminDelegations.fields.window')} rules={[required]}>
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="templateKeys"
          label={t('adminDelegations.fields.templates')}
          extra={t('adminDelegations.fields.templatesHint')}
        >
          <Select mode="multiple" allowClear optionFilterProp="label" options={templates} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
