import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A secret the server shows once (a token, a webhook's signing key), with copy and a warning. */
export function SecretOnce(props: {
  title: string;
  secret: string | null;
  hint?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.secret !== null}
      title={props.title}
      onCancel={props.onClose}
      mask={{ closable: false }}
      // gone from the page once closed: a secret left in the DOM is one more place to leak it
      destroyOnHidden
      footer={
        <Button type="primary" onClick={props.onClose}>
          {t('adminIntegrations.secret.done')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('adminIntegrations.secret.once')}
        style={{ marginBottom: 12 }}
      />
      {props.hint && <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>}
      <Typography.Paragraph
        code
        copyable={{
          text: props.secret ?? '',
          tooltips: [t('adminIntegrations.secret.copy'), t('adminIntegrations.secret.copied')],
        }}
        className="admin-integrations-secret"
        data-testid="secret-once"
      >
        {props.secret}
      </Typography.Paragraph>
    </Modal>
  );
}
