import { Alert, Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';

/** The people and delegation lists' table: rows by id, 20 a page with the count, and the empty text. */
export function PagedTable<T extends { id: string }>({
  emptyText,
  totalText,
  ...rest
}: TableProps<T> & { emptyText: string; totalText: (count: number) => string }) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      locale={{ emptyText }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: totalText }}
      {...rest}
    />
  );
}

/** org.view failed: what went wrong, in the reader's language, and a retry. */
export function OrgLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Alert
      type="error"
      showIcon
      title={t('adminPeople.loadFailed', { error: errorText(error, lang) })}
      action={<Button onClick={onRetry}>{t('adminPeople.retry')}</Button>}
    />
  );
}
