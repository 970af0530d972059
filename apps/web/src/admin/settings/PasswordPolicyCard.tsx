import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// Mirrors packages/api/src/auth/password-policy.ts `checkPassword` and the login lockout: the server
// exposes no policy to read, so the rules are listed here and must change with that file.
const RULES = [
  'length',
  'kinds',
  'common',
  'repeat',
  'run',
  'login',
  'company',
  'history',
  'initial',
  'lockout',
] as const;

/** The password rules every account follows, read-only. */
export function PasswordPolicyCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('adminSettings.password.title')} data-testid="password-policy">
      <Typography.Paragraph type="secondary">{t('adminSettings.password.hint')}</Typography.Paragraph>
      <ul className="admin-settings-rules">
        {RULES.map((r) => (
          <li key={r}>{t(`adminSettings.password.rules.${r}`)}</li>
        ))}
      </ul>
    </Card>
  );
}
