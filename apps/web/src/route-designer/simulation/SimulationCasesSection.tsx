import { Alert, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useLang } from '../../i18n/use-lang';
import type { CaseResult, SavedCase } from './case-result';

/** The saved cases with their state against the drawn route, each failure with its differences. */
export function SimulationCasesSection({
  cases,
  results,
  error,
  onRerun,
  onDelete,
}: {
  cases: readonly SavedCase[] | undefined;
  results: readonly CaseResult[] | undefined;
  error: unknown;
  onRerun: () => void;
  onDelete: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const byId = new Map((results ?? []).map((r) => [r.caseId, r]));
  const failed = results?.filter((r) => !r.passed).length ?? 0;
  return (
    <section data-testid="simulation-cases">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('routeSimulation.cases.title')}
        </Typography.Title>
        <Button
          size="small"
          onClick={onRerun}
          disabled={!cases || cases.length === 0}
          data-testid="simulation-rerun-all"
        >
          {t('routeSimulation.cases.rerunAll')}
        </Button>
      </Space>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('routeSimulation.cases.loadFailed', { error: errorText(error, lang) })}
        />
      ) : null}
      {cases && cases.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('routeSimulation.cases.none')}</Typography.Paragraph>
      ) : null}
      {results && results.length > 0 ? (
        <Typography.Paragraph type={failed > 0 ? 'danger' : 'success'} data-testid="simulation-cases-summary">
          {t('routeSimulation.cases.summary', { passed: results.length - failed, failed })}
        </Typography.Paragraph>
      ) : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(cases ?? []).map((c) => {
          const r = byId.get(c.id);
          return (
            <li
              key={c.id}
              data-case-id={c.id}
              data-passed={r ? String(r.passed) : undefined}
              style={{ padding: '6px 0' }}
            >
              <Space>
                {r ? (
                  <Tag color={r.passed ? 'success' : 'error'}>
                    {t(r.passed ? 'routeSimulation.cases.passed' : 'routeSimulation.cases.failed')}
                  </Tag>
                ) : (
                  <Tag>{t('routeSimulation.cases.pending')}</Tag>
                )}
                <Typography.Text>{c.name}</Typography.Text>
                <Popconfirm
                  title={t('routeSimulation.cases.deleteConfirm', { name: c.name })}
                  onConfirm={() => onDelete(c.id)}
                >
                  <Button size="small" type="link" danger>
                    {t('routeSimulation.cases.delete')}
                  </Button>
                </Popconfirm>
              </Space>
              {r && !r.passed ? (
                <ul className="route-sim-differences" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {r.differences.map((d) => (
                    <li key={d}>
                      <Typography.Text type="danger">{d}</Typography.Text>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
