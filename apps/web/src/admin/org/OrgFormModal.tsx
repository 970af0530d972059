import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';

/**
 * The one dialog behind every org form (department, position, rank, supervision): a form, a save
 * that waits for the server, and the server's refusal shown inside the dialog of the row it names,
 * which stays open with what was typed.
 */
export function OrgFormModal<T extends object>({
  title,
  initialValues,
  onSave,
  onClose,
  describe,
  children,
  testId,
}: {
  title: string;
  initialValues: Partial<T>;
  /** resolves when saved; a rejection is shown in the dialog */
  onSave: (values: T) => Promise<void>;
  onClose: () => void;
  /** the error's sentence for this row (e.g. only the problems naming it) */
  describe?: (error: unknown) => string;
  children: (form: FormInstance<T>) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [form] = Form.useForm<T>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setProblem(null);
    try {
      await onSave(values);
    } catch (e) {
      setProblem(describe ? describe(e) : errorText(e, lang));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('adminOrg.common.save')}
      cancelText={t('adminOrg.common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-save` }}
    >
      <div data-testid={testId}>
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem}
            className="admin-org-dialog-problem"
            data-testid="dialog-problem"
          />
        )}
        <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={() => void submit()}>
          {children(form)}
        </Form>
      </div>
    </Modal>
  );
}
