import { useState } from 'react';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useIsPhone } from '../../hooks/use-is-phone';
import { useLang } from '../../i18n/use-lang';
import { batchOutcomes, type BatchItem, type BatchOutcome } from './batch-outcome';
import { BatchResultList } from './BatchResultList';

/**
 * Approves the chosen to-do items with one comment (seed 002), then shows what became of each.
 * `onFinished` runs once the person closes the result, so the list refreshes under it.
 */
export function BatchApproveDialog({
  items,
  open,
  onClose,
  onFinished,
}: {
  items: BatchItem[];
  open: boolean;
  onClose: () => void;
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const phone = useIsPhone();
  const trpc = useTRPC();
  const [comment, setComment] = useState('');
  const [outcomes, setOutcomes] = useState<BatchOutcome[] | null>(null);
  const approve = useMutation({
    ...trpc.actions.batchApprove.mutationOptions(),
    onSuccess: (response) => setOutcomes(batchOutcomes(items, response)),
  });

  const close = () => {
    const finished = outcomes !== null;
    setOutcomes(null);
    setComment('');
    approve.reset();
    onClose();
    if (finished) onFinished();
  };
  const submit = () =>
    approve.mutate({
      taskIds: items.map((i) => i.taskId),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });

  return (
    <Modal
      open={open}
      onCancel={close}
      title={outcomes ? t('desk.batch.resultTitle') : t('desk.batch.dialogTitle', { count: items.length })}
      width={phone ? '100%' : 560}
      centered={!phone}
      mask={{ closable: !approve.isPending }}
      closable={!approve.isPending}
      destroyOnHidden
      footer={
        outcomes ? (
          <Button type="primary" size={phone ? 'large' : 'middle'} onClick={close} data-testid="batch-close">
            {t('desk.batch.close')}
          </Button>
        ) : (
          <>
            <Button size={phone ? 'large' : 'middle'} onClick={close} disabled={approve.isPending}>
              {t('desk.batch.cancel')}
            </Button>
            <Button
              type="primary"
              size={phone ? 'large' : 'middle'}
              loading={approve.isPending}
              onClick={submit}
              data-testid="batch-submit"
            >
              {approve.isPending ? t('desk.batch.working') : t('desk.batch.submit', { count: items.length })}
            </Button>
          </>
        )
      }
    >
      {outcomes ? (
        <BatchResultList outcomes={outcomes} />
      ) : (
        <>
          {approve.isError && (
            <Alert
              type="error"
              showIcon
              title={t('desk.batch.failedCall', { reason: errorText(approve.error, lang) })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            <label htmlFor="desk-batch-comment">{t('desk.batch.comment')}</label>
          </Typography.Paragraph>
          <Input.TextArea
            id="desk-batch-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('desk.batch.commentPlaceholder')}
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={2000}
            showCount
            style={{ marginBottom: 20 }}
            data-testid="batch-comment"
          />
        </>
      )}
    </Modal>
  );
}
