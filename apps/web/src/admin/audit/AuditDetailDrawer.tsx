import { Descriptions, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';
import type { AuditRow } from './audit-query';

/** One entry in full: who, when, what, the data as formatted JSON and the chain hash (once sealed). */
export function AuditDetailDrawer(props: { row: AuditRow | null; actorName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { row } = props;
  return (
    <Drawer
      open={row !== null}
      onClose={props.onClose}
      size={560}
      title={row ? t('adminAudit.detail.title', { seq: row.chainPos ?? row.seq }) : ''}
      data-testid="audit-detail"
    >
      {row && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}
          >
            <Descriptions.Item label={t('adminAudit.col.at')}>
              {formatDateTime(row.at, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('adminAudit.col.actor')}>{props.actorName}</Descriptions.Item>
            <Descriptions.Item label={t('adminAudit.col.action')}>
              <Typography.Text code>{row.action}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('adminAudit.col.subject')}>{row.subject}</Descriptions.Item>
            <Descriptions.Item label={t('adminAudit.detail.hash')}>
              {row.hash === null ? (
                <Typography.Text type="secondary" data-testid="audit-unsealed">
                  {t('adminAudit.unsealed')}
                </Typography.Text>
              ) : (
                <Typography.Text
                  code
                  copyable={{ text: row.hash }}
                  className="admin-audit-hash"
                  data-testid="audit-hash"
                >
                  {row.hash}
                </Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('adminAudit.detail.data')}
          </Typography.Title>
          <pre className="admin-audit-json" data-testid="audit-data">
            {JSON.stringify(row.data, null, 2)}
          </pre>
        </>
      )}
    </Drawer>
  );
}
