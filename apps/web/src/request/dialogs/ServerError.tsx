import { Alert } from 'antd';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';

/** The server's refusal in the reader's language, inside the dialog that caused it. */
export function ServerError({ error }: { error: unknown }) {
  const { lang } = useLang();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, lang)}
      style={{ marginBottom: 16 }}
      data-testid="action-error"
    />
  );
}
