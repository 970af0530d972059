import { ReloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';

type Delivery = RouterOutputs['integrations']['deliveries'][number];
const STATUS_COLOR: Record<Delivery['status'], string> = {
  pending: 'gold',
  delivered: 'green',
  failed: 'red',
};

/** A webhook's latest 50 deliveries: event, status, attempts (and so retries), the receiver's response code, the payload. */
export function DeliveriesDrawer({
  hook,
  onClose,
}: {
  hook: { id: string; url: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const log = useQuery({
    ...trpc.integrations.deliveries.queryOptions({ webhookId: hook?.id ?? '' }),
    enabled: hook !== null,
    // a pending delivery changes within seconds; the log follows it while it is open
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === 'pending') ? 3000 : false),
  });
  return (
    <Drawer
      open={hook !== null}
      onClose={onClose}
      size={880}
      title={t('adminIntegrations.log.title', { url: hook?.url ?? '' })}
      data-testid="deliveries"
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('adminIntegrations.log.retryHint')}</Typography.Text>
        <Button
          icon={<ReloadOutlined />}
          loading={log.isFetching}
          onClick={() => void log.refetch()}
          data-testid="deliveries-refresh"
        >
          {t('adminIntegrations.log.refresh')}
        </Button>
      </Flex>
      {log.isError ? (
        <Typography.Text type="danger">
          {t('adminIntegrations.loadFailed', { error: errorText(log.error, lang) })}
        </Typography.Text>
      ) : (
        <Table<Delivery>
          rowKey="id"
          size="small"
          loading={log.isPending && hook !== null}
          dataSource={log.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('adminIntegrations.log.empty')} /> }}
          expandable={{
            expandedRowRender: (d) => (
              <pre className="admin-integrations-payload">{JSON.stringify(d.payload, null, 2)}</pre>
            ),
          }}
          columns={[
            {
              key: 'event',
              title: t('adminIntegrations.log.event'),
              width: 190,
              render: (_, d) => <Typography.Text code>{d.event}</Typography.Text>,
            },
            {
              key: 'status',
              title: t('adminIntegrations.log.status'),
              render: (_, d) => (
                <Tag color={STATUS_COLOR[d.status]} data-testid="delivery-status" data-status={d.status}>
                  {t(`adminIntegrations.log.${d.status}`)}
                </Tag>
              ),
            },
            {
              key: 'attempts',
              title: t('adminIntegrations.log.attempts'),
              render: (_, d) => (
                <span>
                  {d.attempts}
                  {d.attempts > 1 && (
                    <Typography.Text type="secondary">{` · ${t('adminIntegrations.log.retries', { count: d.attempts - 1 })}`}</Typography.Text>
                  )}
                </span>
              ),
            },
            {
              key: 'code',
              title: t('adminIntegrations.log.code'),
              render: (_, d) =>
                d.responseStatus === null ? (
                  '—'
                ) : (
                  <Tag color={d.responseStatus < 300 ? 'green' : 'red'} data-testid="delivery-code">
                    {d.responseStatus}
                  </Tag>
                ),
            },
            {
              key: 'error',
              title: t('adminIntegrations.log.error'),
              ellipsis: true,
              render: (_, d) => d.lastError ?? '',
            },
            {
              key: 'created',
              title: t('adminIntegrations.log.createdAt'),
              render: (_, d) => formatDateTime(d.createdAt, lang),
            },
            {
              key: 'delivered',
              title: t('adminIntegrations.log.deliveredAt'),
              render: (_, d) => formatDateTime(d.deliveredAt, lang),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
