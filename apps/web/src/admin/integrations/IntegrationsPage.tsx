import { ApiOutlined, LinkOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TokensPanel } from './TokensPanel';
import { WebhooksPanel } from './WebhooksPanel';
import './admin-integrations.i18n';
import './admin-integrations.css';

/** `/admin/integrations`: API tokens, webhooks with their delivery logs, and the REST API's OpenAPI document and reference. */
export default function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="admin-integrations">
      <Alert
        type="info"
        icon={<ApiOutlined />}
        showIcon
        title={t('adminIntegrations.openapi.title')}
        description={
          <Flex gap={12} wrap align="center">
            <span>{t('adminIntegrations.openapi.text')}</span>
            <Typography.Link
              href="/api/v1/openapi.json"
              target="_blank"
              rel="noopener"
              data-testid="openapi-link"
            >
              <LinkOutlined /> {t('adminIntegrations.openapi.link')}
            </Typography.Link>
            <Typography.Link href="/api/v1/docs" target="_blank" rel="noopener" data-testid="api-docs-link">
              <ReadOutlined /> {t('adminIntegrations.openapi.docs')}
            </Typography.Link>
          </Flex>
        }
      />
      <Tabs
        items={[
          { key: 'tokens', label: t('adminIntegrations.tabs.tokens'), children: <TokensPanel /> },
          { key: 'webhooks', label: t('adminIntegrations.tabs.webhooks'), children: <WebhooksPanel /> },
        ]}
      />
    </Flex>
  );
}
