import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../api/app-error';
import { useTRPC } from '../api/trpc';
import { useMe } from '../hooks/use-me';
import { useLang } from '../i18n/use-lang';
import { PrintSheet } from './print/PrintSheet';
import type { RequestDetail } from './request-detail';
import './print/print.css';

/**
 * `/requests/:id/print`: the approval sheet on a page of its own. It is drawn outside the app's
 * root so that printing can drop the whole app (menu, header, tab bar) and keep only the sheet.
 */
export default function PrintPage() {
  const { id = '' } = useParams();
  const { lang } = useLang();
  const trpc = useTRPC();
  const me = useMe();
  const detail = useQuery(trpc.instances.get.queryOptions({ id }));
  const body = detail.isPending ? (
    <Skeleton active paragraph={{ rows: 10 }} />
  ) : detail.isError ? (
    <Alert type="error" showIcon title={errorText(detail.error, lang)} />
  ) : (
    <PrintView detail={detail.data} companyName={me.data?.tenant.name ?? ''} />
  );
  return createPortal(<div className="signoff-print-screen">{body}</div>, document.body);
}

/** The toolbar (screen only) and the sheet. */
export function PrintView({ detail, companyName }: { detail: RequestDetail; companyName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="signoff-print-toolbar">
        <Link to={`/requests/${encodeURIComponent(detail.id)}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('request.print.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
          {t('request.print.print')}
        </Button>
      </div>
      <PrintSheet detail={detail} companyName={companyName} />
    </>
  );
}
