import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { formatDateTime } from '../locale-format';
import type { SupervisedTask } from './supervised-task';

/** 延期: moves a task's time limit by one or two working days (actions.extend); the reason is required. */
export function ExtendDialog({ task, onClose, onDone }: { task: SupervisedTask; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const [days, setDays] = useState<1 | 2>(1);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const extend = useMutation({
    ...trpc.actions.extend.mutationOptions(),
    onSuccess: () => {
      void message.success(t('desk.supervision.extended', { count: days }));
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
      {extend.isError && <Alert type="error" showIcon title={errorText(extend.error, lang)} style={{ marginBottom: 12 }} />}
      {task.dueAt && (
        <Typography.Paragraph type="secondary">{t('desk.supervision.currentDue', { time: formatDateTime(task.dueAt, lang) })}</Typography.Paragraph>
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('desk.supervision.extendDays')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size={phone ? 'large' : 'middle'}
            value={days}
            onChange={(e) => setDays(e.target.value === 2 ? 2 : 1)}
            options={[1, 2].map((n) => ({ value: n, label: t('desk.supervision.workingDays', { count: n }) }))}
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
