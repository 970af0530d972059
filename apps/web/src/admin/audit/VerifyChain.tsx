import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';

/** The "verify the chain" button; it asks the server only when pressed, since it reads the whole log. */
export function VerifyChainButton({ onResult }: { onResult: (node: ReactNode) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const verify = useQuery({ ...trpc.audit.verify.queryOptions(), enabled: false, gcTime: 0 });
  const run = async () => {
    const r = await verify.refetch();
    if (r.isError) {
      onResult(
        <Alert
          type="error"
          showIcon
          title={t('adminAudit.verify.failed', { error: errorText(r.error, lang) })}
        />,
      );
      return;
    }
    const v = r.data;
    if (!v) return;
    onResult(
      v.ok ? (
        <Alert
          type="success"
          showIcon
          data-testid="audit-verdict"
          data-ok="true"
          title={
            t('adminAudit.verify.intact', { count: v.entries }) +
            (v.unsealed > 0 ? t('adminAudit.verify.unsealed', { count: v.unsealed }) : '')
          }
        />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="audit-verdict"
          data-ok="false"
          title={t('adminAudit.verify.broken', {
            seq: v.brokenAt,
            why: t(`adminAudit.verify.why.${v.why}`),
          })}
        />
      ),
    );
  };
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isFetching}
      onClick={() => void run()}
      data-testid="audit-verify"
    >
      {t('adminAudit.verify.run')}
    </Button>
  );
}
