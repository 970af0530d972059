import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { FlowCard } from './catalog-source';

/** One catalog (or uploaded file) as a card: its title, what it is, and its flows with their step counts. */
export function CatalogCard({
  title,
  description,
  extra,
  flows,
  onImport,
  testId,
}: {
  title: string;
  description?: string | undefined;
  extra?: string | undefined;
  flows: FlowCard[];
  onImport: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <Card
      size="small"
      title={title}
      extra={<Tag>{t('adminCatalog.flows', { count: flows.length })}</Tag>}
      actions={[
        <Button key="import" type="primary" onClick={onImport} data-testid={`${testId}-import`}>
          {t('adminCatalog.import')}
        </Button>,
      ]}
      data-testid={testId}
    >
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      {extra && <Typography.Paragraph type="secondary">{extra}</Typography.Paragraph>}
      <ul className="admin-catalog-flows">
        {flows.map((f) => (
          <li key={f.key}>
            <span>{pick(f.title)}</span>
            <Typography.Text type="secondary">{t('adminCatalog.steps', { count: f.steps })}</Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
