import { Alert, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { DesignTemplate } from './templates-catalog';

/**
 * 停用 / 启用, asked first: what archiving does to people (off the start page, no new requests,
 * running ones untouched) is said before it happens, and that it can be undone.
 */
export function ArchiveTemplateDialog({
  template,
  name,
  onClose,
  onDone,
}: {
  template: DesignTemplate;
  name: string;
  onClose: () => void;
  onDone: (archived: boolean) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const archive = useMutation(trpc.templates.archive.mutationOptions());
  const restore = useMutation(trpc.templates.unarchive.mutationOptions());
  const restoring = template.archived;
  const pending = archive.isPending || restore.isPending;
  const error = archive.error ?? restore.error;
  const d = (k: string) => t(`designerTemplates.archiveDialog.${k}`, { name });

  const submit = async () => {
    const r = await (restoring ? restore : archive).mutateAsync({ templateId: template.templateId });
    onDone(r.archived);
  };

  return (
    <Modal
      open
      title={d(restoring ? 'restoreTitle' : 'archiveTitle')}
      okText={d(restoring ? 'restoreOk' : 'archiveOk')}
      okButtonProps={{ danger: !restoring, 'data-testid': 'archive-template-ok' }}
      cancelText={d('cancel')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Typography.Paragraph>{d(restoring ? 'restoreBody' : 'archiveBody')}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('designerTemplates.archiveDialog.failed', { error: errorText(error, lang) })}
        />
      )}
    </Modal>
  );
}
