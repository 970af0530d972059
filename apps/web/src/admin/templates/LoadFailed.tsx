import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';

/** A page whose data did not load: the reason in the reader's language, and 重试. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Alert
      type="error"
      showIcon
      title={t('adminTemplates.loadFailed', { error: errorText(error, lang) })}
      action={<Button onClick={onRetry}>{t('adminTemplates.retry')}</Button>}
      data-testid="load-failed"
    />
  );
}
