import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Skeleton, Space, Steps, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { mappingInput, withChoice, type CatalogMapping } from './catalog-mapping';
import { sourceInput, type ImportSource } from './catalog-source';
import { ImportResult } from './ImportResult';
import { PlanTables } from './PlanTables';

/**
 * 导入: catalog.plan first (what the flows need, found or missing in the org), each need mapped by
 * hand onto an existing item or created (now, or by the import), then catalog.import with the same
 * mapping and its result.
 */
export function ImportWizard({ source, onBack }: { source: ImportSource; onBack: () => void }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [flows, setFlows] = useState<string[]>([]);
  const [mapping, setMapping] = useState<CatalogMapping>({});
  const input = {
    ...sourceInput(source),
    ...(flows.length > 0 ? { flows } : {}),
    ...mappingInput(mapping),
  };
  const client = useTRPCClient();
  // an uploaded file is too big for a query's URL: its plan comes from a dry-run import (a POST that writes nothing)
  const plan = useQuery({
    queryKey: [...trpc.catalog.plan.queryKey(), source.kind, input],
    queryFn: () =>
      source.kind === 'shipped'
        ? client.catalog.plan.query(input)
        : client.catalog.import.mutate({ ...input, createMissing: true, dryRun: true }).then((r) => r.plan),
    // a changed choice asks again; the tables stay on screen meanwhile
    placeholderData: (previous) => previous,
  });
  const org = useQuery(trpc.org.view.queryOptions());
  const run = useMutation(trpc.catalog.import.mutationOptions());
  const w = (k: string, o?: Record<string, string | number>) => t(`adminCatalog.wizard.${k}`, o);
  const missing = plan.data
    ? [...plan.data.departments, ...plan.data.positions, ...plan.data.ranks].filter(
        (x) => x.status === 'missing',
      ).length
    : 0;
  const step = run.isSuccess ? 2 : run.isPending ? 1 : 0;

  const replan = () =>
    Promise.all([plan.refetch(), queryClient.invalidateQueries({ queryKey: trpc.org.view.pathKey() })]);
  const start = () =>
    run
      .mutateAsync({ ...input, createMissing: missing > 0, dryRun: false })
      .then(() =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.templates.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.forms.listPublished.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.org.view.pathKey() }),
        ]),
      )
      .catch(() => undefined);

  return (
    <div data-testid="catalog-wizard">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={onBack}
        style={{ paddingLeft: 0 }}
        data-testid="wizard-back"
      >
        {w('back')}
      </Button>
      <Typography.Title level={4}>{w('title', { name: pick(source.title) })}</Typography.Title>
      <Steps
        className="admin-catalog-wizard-steps"
        current={step}
        items={[{ title: w('stepMap') }, { title: w('stepImport') }, { title: w('stepResult') }]}
      />
      {run.isSuccess ? (
        <ImportResult result={run.data} onAgain={onBack} />
      ) : (
        <>
          {source.flows.length > 1 && (
            <Space style={{ marginBottom: 16 }} wrap>
              <span>{w('pickFlows')}</span>
              <Select
                mode="multiple"
                allowClear
                placeholder={w('allFlows')}
                aria-label={w('pickFlows')}
                value={flows}
                onChange={(next: string[]) => {
                  setFlows(next);
                  // a choice for a name the new selection does not need would be refused
                  setMapping({});
                }}
                style={{ minWidth: 360 }}
                options={source.flows.map((f) => ({ value: f.key, label: pick(f.title) }))}
                data-testid="wizard-flows"
              />
            </Space>
          )}
          {plan.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
          {plan.error && (
            <Alert
              type="error"
              showIcon
              title={w('planFailed', { error: errorText(plan.error, lang) })}
              action={
                Object.keys(mapping).length > 0 ? (
                  <Button size="small" onClick={() => setMapping({})} data-testid="mapping-clear">
                    {w('clearMapping')}
                  </Button>
                ) : undefined
              }
              data-testid="plan-error"
            />
          )}
          {plan.data && (
            <>
              <Alert
                type={missing === 0 ? 'success' : 'warning'}
                showIcon
                title={missing === 0 ? w('complete') : w('incomplete', { count: missing })}
                style={{ marginBottom: 16 }}
                data-testid="plan-summary"
              />
              {plan.data.warnings.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  title={w('warnings')}
                  description={
                    <ul>
                      {plan.data.warnings.map((x) => (
                        <li key={x.zh}>{pick(x)}</li>
                      ))}
                    </ul>
                  }
                  style={{ marginBottom: 16 }}
                />
              )}
              <PlanTables
                plan={plan.data}
                org={{
                  departments: org.data?.departments ?? [],
                  positions: org.data?.positions ?? [],
                  ranks: org.data?.ranks ?? [],
                }}
                mapping={mapping}
                onMap={(kind, name, id) => setMapping((m) => withChoice(m, kind, name, id))}
                onChanged={replan}
              />
              {run.error && (
                <Alert
                  type="error"
                  showIcon
                  title={w('failed', { error: errorText(run.error, lang) })}
                  style={{ marginTop: 16 }}
                />
              )}
              <Button
                type="primary"
                size="large"
                style={{ marginTop: 24 }}
                loading={run.isPending}
                onClick={() => void start()}
                data-testid="wizard-import"
              >
                {run.isPending ? w('importing') : w('next')}
              </Button>
            </>
          )}
        </>
      )}
    </div>
  );
}
