import { Form, Input, Modal, Radio, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { ReturnTarget } from '../request-detail';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';

interface Props {
  taskId: string;
  targets: readonly ReturnTarget[];
  /** the start node's id: returning there sends the request back to the applicant */
  startNodeId: string | undefined;
  applicantName: string;
  onClose: () => void;
}

/** 退回: to an earlier step or to the applicant, with the reason the engine requires. */
export function ReturnDialog({ taskId, targets, startNodeId, applicantName, onClose }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ toNodeId?: string; reason?: string }>();
  const onSuccess = useActionSuccess(onClose);
  const ret = useMutation(trpc.actions.return.mutationOptions({ onSuccess }));
  const isApplicant = (target: ReturnTarget, index: number) =>
    startNodeId === undefined ? index === 0 : target.nodeId === startNodeId;

  const confirm = async () => {
    const { toNodeId, reason } = await form.validateFields();
    ret.mutate({ taskId, toNodeId: toNodeId ?? '', reason: reason?.trim() ?? '' });
  };

  return (
    <Modal
      open
      title={t('request.action.return')}
      okText={t('request.action.confirm')}
      cancelText={t('request.action.cancelDialog')}
      confirmLoading={ret.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerError error={ret.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ toNodeId: targets[0]?.nodeId }}>
        <Form.Item
          name="toNodeId"
          label={t('request.action.returnTo')}
          rules={[{ required: true, message: t('request.action.returnToRequired') }]}
        >
          <Radio.Group>
            <Space orientation="vertical">
              {targets.map((target, i) => (
                <Radio
                  key={target.nodeId}
                  value={target.nodeId}
                  data-testid={`return-target-${target.nodeId}`}
                >
                  {isApplicant(target, i)
                    ? t('request.action.applicantTarget', { name: applicantName })
                    : pick(target.name)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('request.action.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('request.action.returnReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} data-testid="action-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
