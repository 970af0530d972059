import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useLang } from '../i18n/use-lang';

type Dialog = 'approve' | 'reject' | 'done' | null;

/** The buttons for the current user's open task; which ones depends on the task's kind. */
export function TaskActions({ task }: { task: { id: string; kind: string } }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ text?: string }>();

  // every list and badge may change after an action, so everything is refetched
  const onSuccess = () => {
    setDialog(null);
    form.resetFields();
    void message.success(t('action.success'));
    void queryClient.invalidateQueries();
  };
  const onError = (e: unknown) => void message.error(errorText(e, lang));
  const approve = useMutation(trpc.tasks.approve.mutationOptions({ onSuccess, onError }));
  const reject = useMutation(trpc.tasks.reject.mutationOptions({ onSuccess, onError }));
  const done = useMutation(trpc.tasks.done.mutationOptions({ onSuccess, onError }));
  const read = useMutation(trpc.tasks.read.mutationOptions({ onSuccess, onError }));
  const busy = approve.isPending || reject.isPending || done.isPending || read.isPending;

  const confirm = async () => {
    const { text } = await form.validateFields();
    const comment = text?.trim() ? text.trim() : undefined;
    if (dialog === 'approve') approve.mutate({ taskId: task.id, comment });
    if (dialog === 'done') done.mutate({ taskId: task.id, comment });
    if (dialog === 'reject') reject.mutate({ taskId: task.id, reason: comment ?? '' });
  };

  return (
    <>
      <div className="signoff-action-bar">
        {task.kind === 'approve' && (
          <>
            <Button danger size="large" onClick={() => setDialog('reject')} disabled={busy} data-testid="action-reject">
              {t('action.reject')}
            </Button>
            <Button type="primary" size="large" onClick={() => setDialog('approve')} disabled={busy} data-testid="action-approve">
              {t('action.approve')}
            </Button>
          </>
        )}
        {task.kind === 'handle' && (
          <Button type="primary" size="large" onClick={() => setDialog('done')} disabled={busy} data-testid="action-done">
            {t('action.done')}
          </Button>
        )}
        {task.kind === 'notify' && (
          <Button type="primary" size="large" loading={read.isPending} onClick={() => read.mutate({ taskId: task.id })} data-testid="action-read">
            {t('action.read')}
          </Button>
        )}
      </div>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`action.${dialog}`) : ''}
        okText={t('action.confirm')}
        cancelText={t('action.cancel')}
        okButtonProps={{ danger: dialog === 'reject' }}
        confirmLoading={busy}
        onOk={() => void confirm().catch(() => undefined)}
        onCancel={() => setDialog(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="text"
            label={dialog === 'reject' ? t('action.rejectReason') : t('action.comment')}
            rules={dialog === 'reject' ? [{ required: true, whitespace: true, message: t('action.rejectReasonRequired') }] : []}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={2000}
              placeholder={dialog === 'reject' ? undefined : t('action.commentPlaceholder')}
              data-testid="action-text"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
