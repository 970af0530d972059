import { useState } from 'react';
import { Button, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_CASE_NAME } from './case-limits';

/** "Save as a test case": asks for a name, then `onSave`; a refusal stays in the dialog, in words. */
export function SaveCaseButton({
  disabled,
  onSave,
}: {
  disabled: boolean;
  onSave: (name: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const refused = await onSave(name);
    setBusy(false);
    setError(refused);
    if (refused === null) {
      setOpen(false);
      setName('');
    }
  };
  return (
    <>
      <Button
        disabled={disabled}
        title={disabled ? t('routeSimulation.save.nothingToSave') : undefined}
        onClick={() => setOpen(true)}
        data-testid="simulation-save-case"
      >
        {t('routeSimulation.save.button')}
      </Button>
      <Modal
        open={open}
        title={t('routeSimulation.save.title')}
        okText={t('routeSimulation.save.ok')}
        cancelText={t('routeSimulation.save.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: name.trim() === '' }}
        onOk={() => void submit()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        destroyOnHidden
      >
        <Input
          autoFocus
          aria-label={t('routeSimulation.save.name')}
          placeholder={t('routeSimulation.save.namePlaceholder')}
          maxLength={MAX_CASE_NAME}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => void submit()}
        />
        {error ? (
          <Typography.Text type="danger" data-testid="simulation-save-error">
            {error}
          </Typography.Text>
        ) : null}
      </Modal>
    </>
  );
}
