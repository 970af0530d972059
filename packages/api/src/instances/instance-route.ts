import {
  returnTargets,
  routeProgress,
  type EngineEnv,
  type FlowDefinition,
  type InstanceState,
  type RouteStep,
} from '@signoff/flow';
import type { Localized } from '../trpc/app-error.js';
import type { Person } from './instance-timeline.js';

/**
 * The route for the compact view: taken so far, then predicted (the simulator needs `env`, which
 * only a running request gets). Returned with the people it names, so the caller can look up
 * every name in one query.
 */
export function routeOf(
  def: FlowDefinition,
  state: InstanceState,
  env: EngineEnv | undefined,
): { steps: RouteStep[]; userIds: string[] } {
  const steps = routeProgress(def, state, env);
  return { steps, userIds: steps.flatMap((s) => s.userIds) };
}

export const routeView = (steps: readonly RouteStep[], person: (id: string) => Person) =>
  steps.map((s) => ({
    nodeId: s.nodeId,
    name: s.name,
    kind: s.kind,
    status: s.status,
    assignees: s.userIds.map(person),
    reason: s.reason ?? null,
  }));

/**
 * Where the caller's task may be returned: the applicant first (the start node, named after
 * the applicant, which is what the person choosing cares about), then the earlier steps.
 */
export function returnTargetsView(
  def: FlowDefinition,
  state: InstanceState,
  taskId: string | undefined,
  applicant: Person,
): { nodeId: string; name: Localized }[] {
  if (taskId === undefined) return [];
  return returnTargets(def, state, taskId).map((t, i) =>
    i === 0
      ? { nodeId: t.nodeId, name: { zh: `申请人（${applicant.name}）`, en: `Applicant (${applicant.name})` } }
      : t,
  );
}
