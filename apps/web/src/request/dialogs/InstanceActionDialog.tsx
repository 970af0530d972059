import { Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';

interface Props {
  action: 'withdraw' | 'urge' | 'cancel';
  instanceId: string;
  onClose: () => void;
}

/** Actions on the whole request: 撤回 (applicant), 催办 (applicant, supervisor, admin), 作废 (admin, reason required). */
export function InstanceActionDialog({ action, instanceId, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ text?: string }>();
  const onSuccess = useActionSuccess(onClose);
  const onUrged = useActionSuccess(onClose, 'request.action.urged');
  const withdraw = useMutation(trpc.actions.withdraw.mutationOptions({ onSuccess }));
  const urge = useMutation(trpc.actions.urge.mutationOptions({ onSuccess: onUrged }));
  const cancel = useMutation(trpc.actions.cancel.mutationOptions({ onSuccess }));
  const mutation = { withdraw, urge, cancel }[action];
  const cancelling = action === 'cancel';

  const confirm = async () => {
    const { text } = await form.validateFields();
    const comment = text?.trim() ? text.trim() : undefined;
    if (action === 'withdraw') withdraw.mutate({ instanceId, comment });
    if (action === 'urge') urge.mutate({ instanceId, comment });
    if (action === 'cancel') cancel.mutate({ instanceId, reason: comment ?? '' });
  };

  return (
    <Modal
      open
      title={t(`request.action.${action}`)}
      okText={t('request.action.confirm')}
      cancelText={t('request.action.cancelDialog')}
      okButtonProps={{ danger: action !== 'urge' }}
      confirmLoading={mutation.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerError error={mutation.error} />
      {action !== 'cancel' && (
        <Typography.Paragraph>
          {t(action === 'withdraw' ? 'request.action.withdrawConfirm' : 'request.action.urgeConfirm')}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={cancelling ? t('request.action.cancelReason') : t('request.action.opinion')}
          rules={
            cancelling
              ? [{ required: true, whitespace: true, message: t('request.action.cancelReasonRequired') }]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={cancelling ? undefined : t('request.action.commentPlaceholder')}
            data-testid="action-text"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
