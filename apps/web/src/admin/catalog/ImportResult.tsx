import { Button, Result, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RouterOutputs } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';

type Imported = RouterOutputs['catalog']['import'];

const STATUS = {
  published: { word: 'statusPublished', color: 'green' },
  updated: { word: 'statusUpdated', color: 'blue' },
  unchanged: { word: 'statusUnchanged', color: 'default' },
} as const;

/** What an import did: the org items it created and each form created, given a new version, or left unchanged. */
export function ImportResult({ result, onAgain }: { result: Imported; onAgain: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const w = (k: string) => t(`adminCatalog.wizard.${k}`);
  const created = [
    ...result.created.departments.map((n) => `${w('departments')}：${n}`),
    ...result.created.positions.map((n) => `${w('positions')}：${n}`),
    ...result.created.ranks.map((n) => `${w('ranks')}：${n}`),
  ];
  return (
    <div data-testid="catalog-result">
      <Result
        status="success"
        title={w('result')}
        extra={
          <Space>
            <Link to="/">
              <Button type="primary">{w('toStart')}</Button>
            </Link>
            <Button onClick={onAgain}>{w('again')}</Button>
          </Space>
        }
      />
      <Typography.Title level={5}>{w('templates')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={result.templates}
        columns={[
          { title: w('name'), key: 'title', render: (_, r) => pick(r.title) },
          {
            title: w('status'),
            key: 'status',
            render: (_, r) => (
              <Tag color={STATUS[r.status].color} data-testid={`result-${r.status}`}>
                {w(STATUS[r.status].word)}
              </Tag>
            ),
          },
          {
            title: w('version'),
            key: 'version',
            render: (_, r) => (r.version === null ? '—' : `v${r.version}`),
          },
        ]}
        data-testid="result-templates"
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {w('resultCreated')}
      </Typography.Title>
      {created.length === 0 ? (
        <Typography.Text type="secondary">{w('nothingCreated')}</Typography.Text>
      ) : (
        <ul data-testid="result-created">
          {created.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
