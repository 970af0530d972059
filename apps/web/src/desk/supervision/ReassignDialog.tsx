import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { PersonSearchSelect } from '../../directory/PersonSearchSelect';
import type { DirectoryEntry } from '../../directory/use-directory';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import type { SupervisedTask } from './supervised-task';
import { toast } from '../../layout/toast';

/** 改派: hands an overdue task to someone else (actions.reassign), with an optional reason. */
export function ReassignDialog({
  task,
  onClose,
  onDone,
}: {
  task: SupervisedTask;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const [to, setTo] = useState<DirectoryEntry | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reassign = useMutation({
    ...trpc.actions.reassign.mutationOptions(),
    onSuccess: () => {
      toast('success', t('desk.supervision.reassigned', { name: to?.name ?? '' }));
      onDone();
    },
  });
  const submit = () => {
    if (!to) return setProblem(t('desk.supervision.reassignToRequired'));
    if (to.id === task.assigneeId) return setProblem(t('desk.supervision.reassignSame', { name: to.name }));
    setProblem(null);
    reassign.mutate({
      taskId: task.taskId,
      toUserId: to.id,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
  };
  return (
    <Modal
      open
      title={t('desk.supervision.reassignTitle', { step: pick(task.nodeName) })}
      onCancel={onClose}
      onOk={submit}
      okText={t('desk.supervision.ok')}
      cancelText={t('desk.supervision.cancel')}
      confirmLoading={reassign.isPending}
      okButtonProps={{ size: phone ? 'large' : 'middle', ...{ 'data-testid': 'reassign-ok' } }}
      cancelButtonProps={{ size: phone ? 'large' : 'middle' }}
      destroyOnHidden
    >
      {reassign.isError && (
        <Alert type="error" showIcon title={errorText(reassign.error, lang)} style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('desk.supervision.reassignTo')}
          required
          htmlFor="desk-reassign-to"
          validateStatus={problem ? 'error' : undefined}
          help={problem}
        >
          <PersonSearchSelect
            id="desk-reassign-to"
            value={to?.id ?? null}
            onChange={(_, chosen) => {
              setTo(chosen[0] ?? null);
              setProblem(null);
            }}
            invalid={problem !== null}
            size={phone ? 'large' : 'middle'}
            testId="user-picker"
          />
        </Form.Item>
        <Form.Item label={t('desk.supervision.reason')} htmlFor="desk-reassign-reason">
          <Input.TextArea
            id="desk-reassign-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('desk.supervision.reasonOptional')}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
