import { useMemo } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import type { EditableFields } from '../editable-fields';
import { SignatureChoice, type SignatureValue } from '../signature/SignatureChoice';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';

export type Decision = 'approve' | 'done' | 'acknowledge' | 'reject';

interface Props {
  action: Decision;
  taskId: string;
  instanceId: string;
  /** the node asks for a signature with a decision forward */
  signatureRequired: boolean;
  editable: EditableFields | null;
  labelOf: (fieldKey: string) => string;
  onClose: () => void;
}

interface Values {
  text?: string;
  signature?: SignatureValue;
}

/** Approve, mark as done, acknowledge (已阅) or reject one task: a comment (a reason to reject), a signature where the node needs one. */
export function DecisionDialog({
  action,
  taskId,
  instanceId,
  signatureRequired,
  editable,
  labelOf,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const onSuccess = useActionSuccess(onClose);
  // a server refusal naming an edited field is shown on that field, on the page behind the dialog
  const onError = (e: unknown) => void editable?.applyServerErrors(fieldErrorsOf(e));
  const approve = useMutation(trpc.actions.approve.mutationOptions({ onSuccess, onError }));
  const done = useMutation(trpc.actions.done.mutationOptions({ onSuccess, onError }));
  const acknowledge = useMutation(trpc.actions.acknowledge.mutationOptions({ onSuccess }));
  const reject = useMutation(trpc.actions.reject.mutationOptions({ onSuccess }));
  const attach = useMutation(trpc.attachments.attach.mutationOptions());
  const mutation = { approve, done, acknowledge, reject }[action];
  const rejecting = action === 'reject';
  const needsSignature = signatureRequired && !rejecting;
  // what the approver changed is fixed when the dialog opens: the fields sit behind it
  const changed = useMemo(
    () => (action === 'approve' || action === 'done' ? (editable?.changed() ?? {}) : {}),
    [action, editable],
  );
  const changedKeys = Object.keys(changed);

  const confirm = async () => {
    const { text, signature: signed } = await form.validateFields();
    const comment = text?.trim() ? text.trim() : undefined;
    const data = changedKeys.length > 0 ? changed : undefined;
    // a signature drawn now becomes part of the request, so everyone who reads it sees the image
    if (signed && !signed.saved) await attach.mutateAsync({ instanceId, attachmentIds: [signed.id] });
    const signature = signed?.id;
    if (action === 'approve') approve.mutate({ taskId, comment, signature, data });
    if (action === 'done') done.mutate({ taskId, comment, signature, data });
    if (action === 'acknowledge') acknowledge.mutate({ taskId, comment, signature });
    if (action === 'reject') reject.mutate({ taskId, reason: comment ?? '' });
  };

  return (
    // a stray tap on the mask must not throw away a typed comment or a drawn signature
    <Modal
      open
      title={t(`request.action.${action}`)}
      okText={t('request.action.confirm')}
      cancelText={t('request.action.cancelDialog')}
      okButtonProps={{ danger: rejecting }}
      confirmLoading={mutation.isPending || attach.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerError error={mutation.error ?? attach.error} />
      {changedKeys.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('request.action.editedFields', { fields: changedKeys.map(labelOf).join('、') })}
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={rejecting ? t('request.action.rejectReason') : t('request.action.opinion')}
          rules={
            rejecting
              ? [{ required: true, whitespace: true, message: t('request.action.rejectReasonRequired') }]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={2000}
            placeholder={rejecting ? undefined : t('request.action.commentPlaceholder')}
            data-testid="action-text"
          />
        </Form.Item>
        {needsSignature && (
          <Form.Item
            name="signature"
            label={t('request.signature.title')}
            extra={t('request.signature.required')}
            rules={[{ required: true, message: t('request.signature.missing') }]}
          >
            <SignatureChoice />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
