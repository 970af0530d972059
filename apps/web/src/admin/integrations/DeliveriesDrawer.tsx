import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';
import { LoadFailed } from '../LoadFailed';

type Delivery = RouterOutputs['integrations']['deliveries'][number];
const STATUS_COLOR: Record<Delivery['status'], string> = {
  pending: 'gold',
  delivered: 'green',
  failed: 'red',
};
/** How long an open log follows pending deliveries: a receiver that is down keeps one pending for half an hour. */
const POLL_FOR_MS = 60_000;
const POLL_EVERY_MS = 2_000;
const TEST_EVENT = 'webhook.test';

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
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    if (!hook) return;
    setFollowing(true);
    const stop = setTimeout(() => setFollowing(false), POLL_FOR_MS);
    return () => clearTimeout(stop);
  }, [hook]);
  const log = useQuery({
    ...trpc.integrations.deliveries.queryOptions({ webhookId: hook?.id ?? '' }),
    enabled: hook !== null,
    // a first attempt is answered within seconds: the log follows it for a while after opening,
    // then leaves later retries to the Refresh button
    refetchInterval: (q) =>
      following && q.state.data?.some((d) => d.status === 'pending') ? POLL_EVERY_MS : false,
  });
  const stillPending = !following && (log.data ?? []).some((d) => d.status === 'pending');
  return (
    <Drawer
      open={hook !== null}
      onClose={onClose}
      size={960}
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
      {stillPending && (
        <Alert
          type="info"
          showIcon
          title={t('adminIntegrations.log.pollStopped')}
          style={{ marginBottom: 12 }}
          data-testid="deliveries-poll-stopped"
        />
      )}
      {log.isError ? (
        <LoadFailed
          title={t('adminIntegrations.loadFailed', { error: errorText(log.error, lang) })}
          onRetry={() => void log.refetch()}
        />
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
              width: 180,
              render: (_, d) => (
                <Flex gap={4} wrap align="center">
                  <Typography.Text code>{d.event}</Typography.Text>
                  {d.event === TEST_EVENT && <Tag color="purple">{t('adminIntegrations.log.testEvent')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'status',
              title: t('adminIntegrations.log.status'),
              width: 86,
              render: (_, d) => (
                <Tag color={STATUS_COLOR[d.status]} data-testid="delivery-status" data-status={d.status}>
                  {t(`adminIntegrations.log.${d.status}`)}
                </Tag>
              ),
            },
            {
              key: 'attempts',
              title: t('adminIntegrations.log.attempts'),
              width: 100,
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
              width: 76,
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
              width: 150,
              render: (_, d) => (
                <span className="admin-integrations-nowrap">{formatDateTime(d.createdAt, lang)}</span>
              ),
            },
            {
              key: 'delivered',
              title: t('adminIntegrations.log.deliveredAt'),
              width: 150,
              render: (_, d) => (
                <span className="admin-integrations-nowrap">{formatDateTime(d.deliveredAt, lang)}</span>
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
