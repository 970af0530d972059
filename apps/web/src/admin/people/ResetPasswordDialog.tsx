import { Alert, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { OneTimeSecret } from './OneTimeSecret';
import type { OrgViewUser } from './org-view';

/** org.resetPassword: asks first, then shows the temporary password once. */
export function ResetPasswordDialog({ user, onClose }: { user: OrgViewUser; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const reset = useMutation(trpc.org.resetPassword.mutationOptions());
  const done = reset.data;
  return (
    <Modal
      open
      title={t('adminPeople.resetTitle', { name: user.name })}
      onCancel={onClose}
      onOk={done ? onClose : () => reset.mutate({ id: user.id })}
      okText={done ? t('adminPeople.close') : t('adminPeople.resetDo')}
      okButtonProps={{ danger: !done, ...{ 'data-testid': 'reset-ok' } }}
      cancelButtonProps={{ style: done ? { display: 'none' } : {} }}
      cancelText={t('adminPeople.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      {reset.isError && (
        <Alert type="error" showIcon title={errorText(reset.error, lang)} style={{ marginBottom: 12 }} />
      )}
      {done ? (
        <>
          <OneTimeSecret
            label={t('adminPeople.resetDone')}
            secret={done.temporaryPassword}
            testId="temporary-password"
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('adminPeople.resetEnded', { count: done.sessionsEnded })}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('adminPeople.resetConfirm', { name: user.name })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('adminPeople.resetUnlocks')}</Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
