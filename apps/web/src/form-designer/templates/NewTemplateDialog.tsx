import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { isValidKey, isValidPrefix, newTemplateDraft, proposeKey, proposePrefix } from './new-template';

interface Values {
  nameZh: string;
  nameEn: string;
  key: string;
  prefix: string;
}

/**
 * 新建表单: a name is all a person must type; the key and number prefix follow it as pinyin until
 * edited. The template exists once forms.saveDraft has saved its first draft.
 */
export function NewTemplateDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (templateId: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const save = useMutation(trpc.forms.saveDraft.mutationOptions());
  const [form] = Form.useForm<Values>();
  // which of the derived fields a person has typed into: those stop following the name
  const [touched, setTouched] = useState({ key: false, prefix: false });

  const follow = (all: Values) => {
    const title = { zh: all.nameZh.trim(), en: all.nameEn.trim() || all.nameZh.trim() };
    const next: Partial<Values> = {};
    if (!touched.key) next.key = proposeKey(title);
    if (!touched.prefix) next.prefix = proposePrefix(title);
    form.setFieldsValue(next);
  };

  const submit = async (v: Values) => {
    const title = { zh: v.nameZh.trim(), en: v.nameEn.trim() || v.nameZh.trim() };
    const r = await save.mutateAsync({
      key: v.key,
      title,
      serialPrefix: v.prefix,
      draft: newTemplateDraft(v.key, title),
    });
    onCreated(r.templateId);
  };

  const d = (k: string) => t(`designerTemplates.createDialog.${k}`);
  return (
    <Modal
      open
      title={d('title')}
      okText={d('ok')}
      cancelText={d('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'new-template-ok' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ nameZh: '', nameEn: '', key: '', prefix: '' }}
        onValuesChange={(changed: Partial<Values>, all) => {
          if ('key' in changed) setTouched((s) => ({ ...s, key: true }));
          else if ('prefix' in changed) setTouched((s) => ({ ...s, prefix: true }));
          else follow(all);
        }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
        data-testid="new-template-form"
      >
        <Form.Item
          name="nameZh"
          label={d('nameZh')}
          rules={[{ required: true, whitespace: true, message: d('required') }, { max: 100 }]}
        >
          <Input autoFocus data-testid="new-template-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={d('nameEn')} extra={d('nameEnHint')} rules={[{ max: 100 }]}>
          <Input data-testid="new-template-name-en" />
        </Form.Item>
        <Form.Item
          name="key"
          label={d('key')}
          extra={d('keyHint')}
          rules={[
            {
              validator: (_, v: string) =>
                isValidKey(v) ? Promise.resolve() : Promise.reject(new Error(d('keyInvalid'))),
            },
          ]}
        >
          <Input data-testid="new-template-key" />
        </Form.Item>
        <Form.Item
          name="prefix"
          label={d('prefix')}
          extra={d('prefixHint')}
          normalize={(v: string) => v.toUpperCase()}
          rules={[
            {
              validator: (_, v: string) =>
                isValidPrefix(v) ? Promise.resolve() : Promise.reject(new Error(d('prefixInvalid'))),
            },
          ]}
        >
          <Input data-testid="new-template-prefix" />
        </Form.Item>
      </Form>
      {save.error && (
        <Alert
          type="error"
          showIcon
          title={t('designerTemplates.createDialog.failed', { error: errorText(save.error, lang) })}
        />
      )}
    </Modal>
  );
}
