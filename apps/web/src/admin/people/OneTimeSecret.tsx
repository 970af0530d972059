import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A secret the server shows once (an invitation code, a temporary password): large, copyable, with the warning. */
export function OneTimeSecret({ label, secret, testId }: { label: string; secret: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{label}</Typography.Paragraph>
      <Typography.Paragraph
        code
        copyable={{ tooltips: [t('adminPeople.copy'), t('adminPeople.copied')] }}
        style={{ fontSize: 18 }}
        data-testid={testId}
      >
        {secret}
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('adminPeople.secretOnce')} />
    </div>
  );
}
