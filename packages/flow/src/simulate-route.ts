import type { Localized } from '@signoff/schema';
import type { EngineEnv } from './engine-env.js';
import type { ApproveMode, FlowDefinition } from './flow-definition.js';
import { findStart, indexFlow, walkRoute } from './flow-graph.js';
import type { TaskKind } from './instance-state.js';
import { skipReason, stepAssignees, stepMode } from './step-assignees.js';

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
}

/**
 * The route a request would take, for the designer's simulator and the "who will approve this"
 * preview: every approve, handle and CC step on the chosen path, in order, resolved the way the
 * engine would. It assumes everyone approves; in an 或签 step the first user is taken to sign,
 * which is what the next step's "skip the previous approver" rule then sees.
 */
export function simulateRoute(def: FlowDefinition, env: EngineEnv): SimulatedStep[] {
  const graph = indexFlow(def);
  const steps: SimulatedStep[] = [];
  let previous: string[] = [];
  walkRoute(graph, findStart(graph).id, env.conditions, (node) => {
    if (node.type !== 'approve' && node.type !== 'handle' && node.type !== 'notify') return 'continue';
    const resolution = env.resolve(node.approvers, node.type === 'notify' ? [] : [...previous]);
    const userIds = stepAssignees(node, resolution);
    const skipped = userIds.length === 0;
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
    });
    if (node.type !== 'notify' && !skipped) {
      const mode = stepMode(node);
      previous = mode === 'any' ? userIds.slice(0, 1) : userIds;
    }
    return 'continue';
  });
  return steps;
}
