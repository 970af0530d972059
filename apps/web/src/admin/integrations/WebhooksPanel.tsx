import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { LoadFailed } from '../LoadFailed';
import { DeliveriesDrawer } from './DeliveriesDrawer';
import { NewWebhookDialog, type NewWebhook } from './NewWebhookDialog';
import { SecretOnce } from './SecretOnce';
import { eventKey } from './webhook-events';

type Hook = RouterOutputs['integrations']['webhooks'][number];

/**
 * Webhooks: list with search, create (the signing secret shown once), switch on/off, send a test
 * event, delete, and each one's delivery log.
 */
export function WebhooksPanel() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hooks = useQuery(trpc.integrations.webhooks.queryOptions());
  const create = useMutation(trpc.integrations.createWebhook.mutationOptions());
  const remove = useMutation(trpc.integrations.deleteWebhook.mutationOptions());
  const setActive = useMutation(trpc.integrations.setWebhookActive.mutationOptions());
  const sendTest = useMutation(trpc.integrations.testWebhook.mutationOptions());
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<Hook | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.integrations.webhooks.pathKey() });

  const onCreate = async (v: NewWebhook) => {
    try {
      const made = await create.mutateAsync(v);
      setCreating(false);
      setSecret(made.secret);
      await refresh();
    } catch (e) {
      toast('error', t('adminIntegrations.hooks.failed', { error: errorText(e, lang) }));
    }
  };
  const onSwitch = async (id: string, active: boolean) => {
    try {
      await setActive.mutateAsync({ id, active });
      toast('success', t(active ? 'adminIntegrations.hooks.switchOn' : 'adminIntegrations.hooks.switchOff'));
      await refresh();
    } catch (e) {
      toast('error', t('adminIntegrations.hooks.failed', { error: errorText(e, lang) }));
    }
  };
  // the log, opening on the queued test delivery and following it until the receiver has answered,
  // is the confirmation (a toast would cover the drawer's title)
  const onTest = async (h: Hook) => {
    try {
      await sendTest.mutateAsync({ id: h.id });
      await queryClient.invalidateQueries({
        queryKey: trpc.integrations.deliveries.queryKey({ webhookId: h.id }),
      });
      setLogOf(h);
    } catch (e) {
      toast('error', t('adminIntegrations.hooks.failed', { error: errorText(e, lang) }));
    }
  };
  const onDelete = async (id: string) => {
    try {
      await remove.mutateAsync({ id });
      toast('success', t('adminIntegrations.hooks.deleted'));
      await refresh();
    } catch (e) {
      toast('error', t('adminIntegrations.hooks.failed', { error: errorText(e, lang) }));
    }
  };

  if (hooks.isError)
    return (
      <LoadFailed
        title={t('adminIntegrations.loadFailed', { error: errorText(hooks.error, lang) })}
        onRetry={() => void hooks.refetch()}
      />
    );
  const needle = q.trim().toLowerCase();
  const shown = (hooks.data ?? []).filter(
    (h) => !needle || h.url.toLowerCase().includes(needle) || h.events.some((e) => e.includes(needle)),
  );
  return (
    <Flex vertical gap={12} data-testid="webhooks-panel">
      <Flex justify="space-between" wrap gap={8}>
        <Input.Search
          allowClear
          placeholder={t('adminIntegrations.search')}
          style={{ width: 260 }}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="webhook-create"
        >
          {t('adminIntegrations.hooks.create')}
        </Button>
      </Flex>
      <Table<Hook>
        rowKey="id"
        loading={hooks.isPending}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 880 }}
        locale={{ emptyText: <Empty description={t('adminIntegrations.hooks.empty')} /> }}
        columns={[
          {
            key: 'url',
            title: t('adminIntegrations.hooks.url'),
            ellipsis: true,
            render: (_, h) => <Typography.Text copyable={{ text: h.url }}>{h.url}</Typography.Text>,
          },
          {
            key: 'events',
            title: t('adminIntegrations.hooks.events'),
            width: 200,
            render: (_, h) => (
              <Space size={4} wrap>
                {h.events.map((e) => (
                  <Tag key={e} title={e}>
                    {t(eventKey(e) ?? e)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'active',
            title: t('adminIntegrations.hooks.active'),
            width: 110,
            render: (_, h) => (
              <Switch
                checked={h.active}
                loading={setActive.isPending && setActive.variables.id === h.id}
                checkedChildren={t('adminIntegrations.hooks.on')}
                unCheckedChildren={t('adminIntegrations.hooks.off')}
                onChange={(on) => void onSwitch(h.id, on)}
                aria-label={t('adminIntegrations.hooks.active')}
                data-testid="webhook-active"
              />
            ),
          },
          {
            key: 'created',
            title: t('adminIntegrations.hooks.createdAt'),
            width: 160,
            render: (_, h) => formatDateTime(h.createdAt, lang),
          },
          {
            key: 'actions',
            title: '',
            align: 'right',
            width: 290,
            render: (_, h) => (
              <Space>
                <Tooltip title={h.active ? undefined : t('adminIntegrations.hooks.testOff')}>
                  <Button
                    size="small"
                    icon={<SendOutlined />}
                    disabled={!h.active}
                    loading={sendTest.isPending && sendTest.variables.id === h.id}
                    onClick={() => void onTest(h)}
                    data-testid="webhook-test"
                  >
                    {t('adminIntegrations.hooks.test')}
                  </Button>
                </Tooltip>
                <Button size="small" onClick={() => setLogOf(h)} data-testid="webhook-log">
                  {t('adminIntegrations.hooks.deliveries')}
                </Button>
                <Popconfirm
                  title={t('adminIntegrations.hooks.deleteConfirm', { url: h.url })}
                  onConfirm={() => void onDelete(h.id)}
                >
                  <Button danger size="small">
                    {t('adminIntegrations.hooks.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <NewWebhookDialog
        open={creating}
        busy={create.isPending}
        onCancel={() => setCreating(false)}
        onCreate={(v) => void onCreate(v)}
      />
      <SecretOnce
        title={t('adminIntegrations.hooks.createdTitle')}
        hint={t('adminIntegrations.hooks.secretHint')}
        secret={secret}
        onClose={() => setSecret(null)}
      />
      <DeliveriesDrawer hook={logOf} onClose={() => setLogOf(null)} />
    </Flex>
  );
}
