import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../desk/use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('desk.notFound.title'));
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('desk.notFound.title')}
      extra={
        <Link to="/">
          <Button type="primary">{t('desk.notFound.backHome')}</Button>
        </Link>
      }
    />
  );
}
