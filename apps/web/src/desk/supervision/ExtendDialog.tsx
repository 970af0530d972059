import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { formatDateTime, formatDuration } from '../locale-format';
import { extendOutcome, type ExtendOutcome } from './extend-outcome';
import { SUPERVISION_LIMIT, type SupervisedTask } from './supervised-task';
import './supervision.i18n';
import { toast } from '../../layout/toast';

/** 延期: moves a task's time limit by one or two working days (actions.extend); the reason is required. */
export function ExtendDialog({
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
  const [days, setDays] = useState<1 | 2>(1);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const queryClient = useQueryClient();
  const outcomeText = (o: ExtendOutcome): string =>
    o.kind === 'onTime'
      ? t('supervision.extendedOnTime', { time: formatDateTime(o.dueAt, lang) })
      : o.kind === 'stillOverdue'
        ? t('supervision.extendedStillOverdue', {
            time: formatDateTime(o.dueAt, lang),
            overdue: formatDuration(o.overdueMs, t),
          })
        : t('desk.supervision.extended', { count: days });
  const extend = useMutation({
    ...trpc.actions.extend.mutationOptions(),
    // with "overdue only" on, the row is about to leave the list: say first where the task now stands.
    // The server moves the deadline by working days on the tenant's calendar, so its list is asked, not guessed.
    onSuccess: async () => {
      const open = await queryClient
        .fetchQuery({
          ...trpc.supervision.tasks.queryOptions({ onlyOverdue: false, limit: SUPERVISION_LIMIT }),
          staleTime: 0,
        })
        .catch(() => undefined);
      toast('success', outcomeText(extendOutcome(open, task.taskId)), { duration: 6 });
      onDone();
    },
  });
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    extend.mutate({ taskId: task.taskId, workingDays: days, reason: reason.trim() });
  };
  return (
    <Modal
      open
      title={t('desk.supervision.extendTitle', { step: pick(task.nodeName) })}
      onCancel={onClose}
      onOk={submit}
      okText={t('desk.supervision.ok')}
      cancelText={t('desk.supervision.cancel')}
      confirmLoading={extend.isPending}
      okButtonProps={{ size: phone ? 'large' : 'middle', ...{ 'data-testid': 'extend-ok' } }}
      cancelButtonProps={{ size: phone ? 'large' : 'middle' }}
      destroyOnHidden
    >
      {extend.isError && (
        <Alert type="error" showIcon title={errorText(extend.error, lang)} style={{ marginBottom: 12 }} />
      )}
      {task.dueAt && (
        <Typography.Paragraph type="secondary">
          {t('desk.supervision.currentDue', { time: formatDateTime(task.dueAt, lang) })}
        </Typography.Paragraph>
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('desk.supervision.extendDays')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size={phone ? 'large' : 'middle'}
            value={days}
            onChange={(e) => setDays(e.target.value === 2 ? 2 : 1)}
            options={[1, 2].map((n) => ({
              value: n,
              label: t('desk.supervision.workingDays', { count: n }),
            }))}
            data-testid="extend-days"
          />
        </Form.Item>
        <Form.Item
          label={t('desk.supervision.extendReason')}
          required
          htmlFor="desk-extend-reason"
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('desk.supervision.extendReasonRequired') : undefined}
        >
          <Input.TextArea
            id="desk-extend-reason"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim()) setMissing(false);
            }}
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={2000}
            data-testid="extend-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
