import type { Localized } from '@signoff/schema';
import type { EngineEnv } from './engine-env.js';
import type { ApproveMode, FlowDefinition } from './flow-definition.js';
import { findStart, indexFlow } from './flow-graph.js';
import { walkRoute } from './flow-walk.js';
import type { TaskKind } from './instance-state.js';
import { resolveStep, skipReason, stepAssignees, stepMode } from './step-assignees.js';

/** One step of a simulated route: who would get a task there, and why. */
export interface SimulatedStep {
  nodeId: string;
  kind: TaskKind;
  name: Localized;
  positions: string[];
  userIds: string[];
  /** the resolver's reason, or why the step would be passed over */
  reason: Localized;
  skipped: boolean;
  /** true when nobody was found and the tenant's admins stand in */
  fallback: boolean;
  mode?: ApproveMode;
  /** inside parallel regions: the branches (ids of the splits' outgoing edges) the step runs on, outermost first */
  branches?: string[];
}

/**
 * The route a request would take, for the designer's simulator and the "who will approve this"
 * preview: every approve, handle and CC step on the chosen path, resolved the way the engine
 * would. It assumes everyone approves; in an 或签 step the first user is taken to sign, which is
 * what the next step's "skip the previous approver" rule then sees. Parallel branches are listed
 * one after the other, in edge order, each complete up to the join, then the steps after it.
 */
export function simulateRoute(def: FlowDefinition, env: EngineEnv): SimulatedStep[] {
  const graph = indexFlow(def);
  const steps: SimulatedStep[] = [];
  const arrivals = new Map<string, Set<string>>();
  walkRoute(
    graph,
    { from: findStart(graph).id },
    { previous: [] },
    {
      conditions: env.conditions,
      enter: (node, token) => {
        if (node.type !== 'approve' && node.type !== 'handle' && node.type !== 'notify') return 'continue';
        const resolution =
          node.type === 'notify'
            ? env.resolve(node.approvers, [])
            : resolveStep(env, node, [...token.previous]);
        const userIds = stepAssignees(node, resolution);
        const skipped = userIds.length === 0;
        const branches = (graph.regions.stackOf.get(node.id) ?? []).map((f) => f.edgeId);
        steps.push({
          nodeId: node.id,
          kind: node.type,
          name: node.name,
          positions: [...resolution.positions],
          userIds,
          reason: skipped ? skipReason(resolution) : resolution.reason,
          skipped,
          fallback: resolution.fallback,
          ...(node.type === 'approve' ? { mode: node.mode } : {}),
          ...(branches.length > 0 ? { branches } : {}),
        });
        if (node.type !== 'notify' && !skipped)
          token.previous = stepMode(node) === 'any' ? userIds.slice(0, 1) : userIds;
        return 'continue';
      },
      arrive: (join, branch) => {
        const splitId = graph.regions.splitOf.get(join.id);
        const all = (splitId !== undefined ? graph.regions.branchesOf.get(splitId) : undefined) ?? [];
        const arrived = arrivals.get(join.id) ?? new Set<string>();
        arrived.add(branch);
        arrivals.set(join.id, arrived);
        return all.every((b) => arrived.has(b));
      },
    },
  );
  return steps;
}
