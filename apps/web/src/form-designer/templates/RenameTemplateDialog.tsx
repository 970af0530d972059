import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import type { DesignTemplate } from './templates-catalog';

interface Values {
  nameZh: string;
  nameEn: string;
}

/** 重命名: the template's name in both languages; an empty English name takes the Chinese one, as 新建表单 does. */
export function RenameTemplateDialog({
  template,
  onClose,
  onDone,
}: {
  template: DesignTemplate;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const rename = useMutation(trpc.templates.rename.mutationOptions());
  const [form] = Form.useForm<Values>();
  const d = (k: string) => t(`designerTemplates.renameDialog.${k}`);

  const submit = async (v: Values) => {
    const zh = v.nameZh.trim();
    await rename.mutateAsync({ templateId: template.templateId, title: { zh, en: v.nameEn.trim() || zh } });
    onDone();
  };

  return (
    <Modal
      open
      title={d('title')}
      okText={d('ok')}
      cancelText={d('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={rename.isPending}
      okButtonProps={{ 'data-testid': 'rename-template-ok' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ nameZh: template.title.zh, nameEn: template.title.en }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
        data-testid="rename-template-form"
      >
        <Form.Item
          name="nameZh"
          label={d('nameZh')}
          rules={[{ required: true, whitespace: true, message: d('required') }, { max: 100 }]}
        >
          <Input autoFocus data-testid="rename-template-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={d('nameEn')} rules={[{ max: 100 }]}>
          <Input data-testid="rename-template-en" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{d('hint')}</Typography.Paragraph>
      {rename.error && (
        <Alert
          type="error"
          showIcon
          title={t('designerTemplates.renameDialog.failed', { error: errorText(rename.error, lang) })}
        />
      )}
    </Modal>
  );
}
