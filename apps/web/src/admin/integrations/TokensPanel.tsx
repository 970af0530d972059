import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Popconfirm, Segmented, Table, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, type RouterOutputs } from '../../api/trpc';
import { formatDateTime } from '../../desk/locale-format';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';
import { LoadFailed } from '../LoadFailed';
import { NewTokenDialog, type NewToken } from './NewTokenDialog';
import { ScopeTags } from './ScopeTags';
import { SecretOnce } from './SecretOnce';

type Token = RouterOutputs['integrations']['tokens'][number];
type Show = 'all' | 'active' | 'revoked';

/** API tokens: list with search, an active/revoked filter and each token's scopes; create (the secret shown once), revoke. */
export function TokensPanel() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.integrations.tokens.queryOptions());
  const create = useMutation(trpc.integrations.createToken.mutationOptions());
  const revoke = useMutation(trpc.integrations.revokeToken.mutationOptions());
  const [q, setQ] = useState('');
  const [show, setShow] = useState<Show>('active');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.integrations.tokens.pathKey() });

  const submit = async (v: NewToken) => {
    try {
      const made = await create.mutateAsync(v);
      setCreating(false);
      setSecret(made.token);
      await refresh();
    } catch (e) {
      toast('error', t('adminIntegrations.tokens.failed', { error: errorText(e, lang) }));
    }
  };
  const doRevoke = async (id: string) => {
    try {
      await revoke.mutateAsync({ id });
      toast('success', t('adminIntegrations.tokens.revoked_ok'));
      await refresh();
    } catch (e) {
      toast('error', t('adminIntegrations.tokens.failed', { error: errorText(e, lang) }));
    }
  };

  if (tokens.isError)
    return (
      <LoadFailed
        title={t('adminIntegrations.loadFailed', { error: errorText(tokens.error, lang) })}
        onRetry={() => void tokens.refetch()}
      />
    );
  const needle = q.trim().toLowerCase();
  const shown = (tokens.data ?? []).filter(
    (x) =>
      (show === 'all' || (show === 'active') === (x.revokedAt === null)) &&
      (!needle || x.name.toLowerCase().includes(needle)),
  );
  return (
    <Flex vertical gap={12} data-testid="tokens-panel">
      <Flex justify="space-between" wrap gap={8}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={t('adminIntegrations.search')}
            style={{ width: 220 }}
            onChange={(e) => setQ(e.target.value)}
          />
          <Segmented<Show>
            value={show}
            onChange={setShow}
            options={[
              { value: 'active', label: t('adminIntegrations.tokens.filter.active') },
              { value: 'revoked', label: t('adminIntegrations.tokens.filter.revoked') },
              { value: 'all', label: t('adminIntegrations.all') },
            ]}
          />
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="token-create"
        >
          {t('adminIntegrations.tokens.create')}
        </Button>
      </Flex>
      <Table<Token>
        rowKey="id"
        loading={tokens.isPending}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('adminIntegrations.tokens.empty')} /> }}
        columns={[
          { key: 'name', title: t('adminIntegrations.tokens.name'), dataIndex: 'name' },
          {
            key: 'scopes',
            title: t('adminIntegrations.tokens.scopes'),
            render: (_, r) => <ScopeTags scopes={r.scopes} />,
          },
          {
            key: 'created',
            title: t('adminIntegrations.tokens.createdAt'),
            render: (_, r) => formatDateTime(r.createdAt, lang),
          },
          {
            key: 'used',
            title: t('adminIntegrations.tokens.lastUsed'),
            render: (_, r) =>
              r.lastUsedAt ? formatDateTime(r.lastUsedAt, lang) : t('adminIntegrations.tokens.never'),
          },
          {
            key: 'status',
            title: t('adminIntegrations.tokens.status'),
            render: (_, r) =>
              r.revokedAt ? (
                <Tag>
                  {t('adminIntegrations.tokens.revoked', { time: formatDateTime(r.revokedAt, lang) })}
                </Tag>
              ) : (
                <Tag color="green">{t('adminIntegrations.tokens.active')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: '',
            align: 'right',
            render: (_, r) =>
              r.revokedAt ? null : (
                <Popconfirm
                  title={t('adminIntegrations.tokens.revokeConfirm', { name: r.name })}
                  onConfirm={() => void doRevoke(r.id)}
                >
                  <Button danger size="small">
                    {t('adminIntegrations.tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <NewTokenDialog
        open={creating}
        busy={create.isPending}
        onCancel={() => setCreating(false)}
        onCreate={(v) => void submit(v)}
      />
      <SecretOnce
        title={t('adminIntegrations.tokens.createdTitle')}
        secret={secret}
        onClose={() => setSecret(null)}
      />
    </Flex>
  );
}
