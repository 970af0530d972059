import { Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { folderChoices } from '../../form-designer/templates/templates-catalog';
import { createsFolderCycle } from '@signoff/org';
import type { AccessFolder } from './access-model';

const ROOT = '';

/** 新建文件夹 / 编辑文件夹: a name and a parent (nesting), saved with templates.saveFolder. */
export function FolderDialog({
  folder,
  parentId,
  folders,
  onClose,
  onDone,
}: {
  /** the folder edited; absent to create one */
  folder?: AccessFolder;
  /** where a new folder goes */
  parentId?: string | null;
  folders: readonly AccessFolder[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const save = useMutation(trpc.templates.saveFolder.mutationOptions());
  const [name, setName] = useState(folder?.name ?? '');
  const [parent, setParent] = useState(folder?.parentId ?? parentId ?? ROOT);
  const [touched, setTouched] = useState(false);
  const d = (k: string, o?: Record<string, string>) => t(`adminTemplates.folderDialog.${k}`, o);
  // a folder cannot go inside itself or below: those choices are not offered (the server refuses them too)
  const parents = folderChoices(folders, lang).filter(
    (f) => !folder || !createsFolderCycle(folders, folder.id, f.id),
  );

  const submit = async () => {
    setTouched(true);
    if (!name.trim()) return;
    try {
      await save.mutateAsync({
        ...(folder ? { id: folder.id } : {}),
        name: name.trim(),
        parentId: parent === ROOT ? null : parent,
      });
      toast('success', d('saved', { name: name.trim() }));
      onDone();
    } catch (e) {
      toast('error', d('failed', { error: errorText(e, lang) }));
    }
  };

  return (
    <Modal
      open
      title={d(folder ? 'rename' : 'create')}
      okText={d('ok')}
      cancelText={d('cancel')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'folder-dialog-ok' }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item
          label={d('name')}
          htmlFor="folder-name"
          validateStatus={touched && !name.trim() ? 'error' : undefined}
          help={touched && !name.trim() ? d('required') : undefined}
        >
          <Input
            id="folder-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => void submit()}
            autoFocus
          />
        </Form.Item>
        <Form.Item label={d('parent')} htmlFor="folder-parent">
          <Select
            id="folder-parent"
            value={parent}
            onChange={setParent}
            options={[
              { value: ROOT, label: d('root') },
              ...parents.map((f) => ({ value: f.id, label: f.name })),
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
