import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import './admin.i18n';

/**
 * A console page whose data did not load: the page's own sentence (with the server's reason in the
 * reader's language) and 重试, the same on every page.
 */
export function LoadFailed({
  title,
  onRetry,
  testId = 'load-failed',
}: {
  title: string;
  onRetry: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      action={<Button onClick={onRetry}>{t('admin.retry')}</Button>}
      data-testid={testId}
    />
  );
}
