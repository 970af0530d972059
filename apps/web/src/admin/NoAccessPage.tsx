import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../desk/use-document-title';
import './admin.i18n';

/**
 * 无权访问: `member` for someone with no console role at all (shown full page, no admin menu),
 * `section` for a designer on an admin-only page (shown inside the shell).
 */
export function NoAccessPage({ kind }: { kind: 'member' | 'section' }) {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.noAccess.title'));
  return (
    <Result
      status="403"
      title={t('admin.noAccess.title')}
      subTitle={t(kind === 'member' ? 'admin.noAccess.member' : 'admin.noAccess.section')}
      data-testid="admin-no-access"
      extra={
        <Link to="/">
          <Button type="primary">{t('admin.noAccess.back')}</Button>
        </Link>
      }
    />
  );
}
