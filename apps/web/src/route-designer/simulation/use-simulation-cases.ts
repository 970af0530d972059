import { useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FlowDefinition } from '@signoff/flow';
import type { FormModel } from '@signoff/schema';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { caseOutcome, type CaseResult, type SavedCase } from './case-result';
import { orgSnapshotOf, type SimulationOrg } from './simulation-org';
import './simulation.i18n';

export interface SimulationCases {
  /** the template's saved cases; undefined while loading */
  cases: SavedCase[] | undefined;
  /** each case re-run against `flow`; undefined until both the cases and the org are there */
  results: CaseResult[] | undefined;
  error: unknown;
  /** fetches the cases again and re-runs them all at the current time */
  rerun: () => void;
  save: ReturnType<typeof useSaveCase>;
  remove: ReturnType<typeof useDeleteCase>;
}

function useCasesKey(templateId: string) {
  const trpc = useTRPC();
  return trpc.simulationCases.list.queryKey({ templateId });
}

function useSaveCase(templateId: string) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const key = useCasesKey(templateId);
  return useMutation(
    trpc.simulationCases.save.mutationOptions({ onSuccess: () => qc.invalidateQueries({ queryKey: key }) }),
  );
}

function useDeleteCase(templateId: string) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const key = useCasesKey(templateId);
  return useMutation(
    trpc.simulationCases.delete.mutationOptions({ onSuccess: () => qc.invalidateQueries({ queryKey: key }) }),
  );
}

/**
 * The template's test cases, re-run in the browser against the route as drawn now (not the
 * published one), so the route page can refuse to publish while one fails. Running every case
 * takes a few milliseconds, so results follow each edit with no waiting and are never stale.
 */
export function useSimulationCases({
  templateId,
  flow,
  model,
  org,
}: {
  templateId: string;
  flow: FlowDefinition;
  model: FormModel;
  org: SimulationOrg | undefined;
}): SimulationCases {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const { lang } = useLang();
  const list = useQuery(trpc.simulationCases.list.queryOptions({ templateId }));
  const [now, setNow] = useState(() => new Date().toISOString());
  const snapshot = useMemo(() => (org ? orgSnapshotOf(org) : undefined), [org]);
  const hypotheticalName = t('routeSimulation.applicant.hypotheticalName');
  const outcomes = useMemo(() => {
    if (!snapshot || !list.data) return undefined;
    return list.data.map((c) => ({
      c,
      differences: caseOutcome(c, { flow, org: snapshot, templateKey: model.key, now, hypotheticalName }),
    }));
  }, [snapshot, list.data, flow, model.key, now, hypotheticalName]);
  const results = useMemo(
    () =>
      outcomes?.map(({ c, differences }) => ({
        caseId: c.id,
        name: c.name,
        passed: differences.length === 0,
        differences: differences.map((d) => d[lang]),
      })),
    [outcomes, lang],
  );
  const { refetch } = list;
  const rerun = useCallback(() => {
    setNow(new Date().toISOString());
    void refetch();
  }, [refetch]);
  return {
    cases: list.data,
    results,
    error: list.error,
    rerun,
    save: useSaveCase(templateId),
    remove: useDeleteCase(templateId),
  };
}
