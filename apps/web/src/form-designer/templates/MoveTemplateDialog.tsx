import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { DesignTemplate, FolderRef } from './templates-catalog';

// a Select's value cannot be null: this stands for "in no folder"
const NO_FOLDER = '';

/** 移动到文件夹: one of the tenant's folders by its full path, or none. */
export function MoveTemplateDialog({
  template,
  name,
  folders,
  onClose,
  onDone,
}: {
  template: DesignTemplate;
  name: string;
  folders: readonly FolderRef[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const move = useMutation(trpc.templates.move.mutationOptions());
  const [folderId, setFolderId] = useState(template.folder?.id ?? NO_FOLDER);
  const d = (k: string, o?: Record<string, string>) => t(`designerTemplates.moveDialog.${k}`, o);

  const submit = async () => {
    await move.mutateAsync({
      templateId: template.templateId,
      folderId: folderId === NO_FOLDER ? null : folderId,
    });
    onDone();
  };

  return (
    <Modal
      open
      title={d('title', { name })}
      okText={d('ok')}
      cancelText={d('cancel')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={move.isPending}
      okButtonProps={{ 'data-testid': 'move-template-ok' }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={d('folder')} htmlFor="move-template-folder">
          <Select
            id="move-template-folder"
            value={folderId}
            onChange={setFolderId}
            options={[
              { value: NO_FOLDER, label: d('none') },
              ...folders.map((f) => ({ value: f.id, label: f.name })),
            ]}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="move-template-folder"
          />
        </Form.Item>
      </Form>
      {folders.length === 0 && <Typography.Paragraph type="secondary">{d('noFolders')}</Typography.Paragraph>}
      {move.error && (
        <Alert type="error" showIcon title={d('failed', { error: errorText(move.error, lang) })} />
      )}
    </Modal>
  );
}
