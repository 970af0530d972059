import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { createFormStore, FormRenderer } from '../../form-renderer/index';
import type { RequestDetail } from '../request-detail';
import { ServerError } from './ServerError';
import { useActionSuccess } from './use-action-success';
import { toast } from '../../layout/toast';

/**
 * After a return to the applicant: the form as it was submitted, to correct and send again
 * (actions.resubmit). Checked as the server will check it; the server's field errors land on
 * their fields.
 */
export function ResubmitDialog({ detail, onClose }: { detail: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [note] = Form.useForm<{ comment?: string }>();
  // the applicant may change every field they filled: no step permissions apply here
  const [store] = useState(() =>
    createFormStore({
      model: detail.model,
      schema: detail.schema,
      uiSchema: detail.uiSchema,
      initial: detail.data,
      ...detail.applicantContext,
    }),
  );
  const onSuccess = useActionSuccess(onClose);
  const resubmit = useMutation(
    trpc.actions.resubmit.mutationOptions({
      onSuccess,
      onError: (e) => void store.applyServerErrors(fieldErrorsOf(e)),
    }),
  );

  const confirm = async () => {
    const { comment } = await note.validateFields();
    await store.ready();
    if (!store.validate().ok) {
      toast('error', t('request.action.fixErrors'));
      return;
    }
    resubmit.mutate({
      instanceId: detail.id,
      form: store.values(),
      comment: comment?.trim() ? comment.trim() : undefined,
    });
  };

  return (
    <Modal
      open
      width={880}
      title={t('request.action.resubmitTitle')}
      okText={t('request.action.resubmit')}
      cancelText={t('request.action.cancelDialog')}
      confirmLoading={resubmit.isPending}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <ServerError error={resubmit.error} />
      <FormRenderer store={store} serialNo={detail.serialNo} />
      <Form form={note} layout="vertical" preserve={false}>
        <Form.Item name="comment" label={t('request.action.resubmitComment')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('request.action.commentPlaceholder')}
            data-testid="action-text"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
