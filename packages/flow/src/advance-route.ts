import type { Localized } from '@signoff/schema';
import type { ConditionContext } from '@signoff/schema';
import type { FlowNode, StepNode } from './flow-definition.js';
import { invalidFlow, type FlowGraph } from './flow-graph.js';
import { walkRoute, type Token } from './flow-walk.js';
import { activate, emit, finish, type InstanceDraft } from './instance-draft.js';
import { nodeLabel } from './node-label.js';
import { addTask } from './task-opening.js';
import { resolveStep, skipReason, stepAssignees, stepMode } from './step-assignees.js';

const ALREADY_APPROVED: Localized = {
  zh: '审批人已在此前的提交中同意，重新提交后自动跳过',
  en: 'The approvers already approved before the resubmission; skipped',
};

/**
 * Who is asked at an approve or handle step. With `skipApprovedOnResubmit`, people who approved
 * the step before the request came back are not asked again; in a step that one signature
 * completes (single, 或签, handle) the earlier approval of one of the people it resolves to
 * completes it again. `already` is empty when nobody was left out for this reason.
 */
function askedAt(d: InstanceDraft, node: StepNode, users: string[]): { users: string[]; already: string[] } {
  const already = node.skipApprovedOnResubmit === true ? (d.state.approvedBy?.[node.id] ?? []) : [];
  if (already.length === 0) return { users, already };
  const mode = stepMode(node);
  if (mode === 'single' || mode === 'any')
    return users.some((u) => already.includes(u)) ? { users: [], already } : { users, already: [] };
  const left = users.filter((u) => !already.includes(u));
  return { users: left, already: left.length < users.length ? already : [] };
}

/**
 * What entering a node does to the instance. Approve and handle steps stop the walk when they
 * give someone a task; a step that resolves to nobody is recorded and passed over. CC steps
 * never stop it. CC is resolved without the previous approvers, since the "do not ask the same
 * person twice" rule is about signing, not about being informed.
 */
function enterNode(d: InstanceDraft, node: FlowNode, token: Token): 'wait' | 'continue' {
  switch (node.type) {
    case 'start':
    case 'branch':
    case 'join':
      return 'continue';
    case 'parallel':
      emit(d, { type: 'parallel_started', nodeId: node.id });
      return 'continue';
    case 'end':
      finish(d, 'approved');
      return 'wait';
    case 'notify': {
      const resolution = d.env.resolve(node.approvers, []);
      const users = stepAssignees(node, resolution);
      if (users.length === 0) {
        emit(d, { type: 'step_skipped', nodeId: node.id, reason: skipReason(resolution) });
        return 'continue';
      }
      const step = emit(d, {
        type: 'notified',
        nodeId: node.id,
        userIds: users,
        reason: resolution.reason,
        fallback: resolution.fallback,
      });
      for (const u of users) addTask(d, node, u, 'unread', { stepId: step.id });
      return 'continue';
    }
    case 'approve':
    case 'handle': {
      const resolution = resolveStep(d.env, node, [...token.previous]);
      const { users, already } = askedAt(d, node, stepAssignees(node, resolution));
      if (users.length === 0) {
        const skipped = already.length > 0 ? already : resolution.skipped.map((s) => s.userId);
        emit(d, {
          type: 'step_skipped',
          nodeId: node.id,
          reason: already.length > 0 ? ALREADY_APPROVED : skipReason(resolution),
          ...(skipped.length > 0 ? { userIds: skipped } : {}),
        });
        return 'continue';
      }
      const step = emit(d, {
        type: 'step_started',
        nodeId: node.id,
        userIds: users,
        reason: resolution.reason,
        fallback: resolution.fallback,
      });
      const sequential = stepMode(node) === 'sequential';
      const delegatedFrom = new Map(resolution.delegated.map((x) => [x.toUserId, x.fromUserId]));
      users.forEach((u, i) => {
        const from = delegatedFrom.get(u);
        addTask(d, node, u, sequential && i > 0 ? 'waiting' : 'pending', {
          stepId: step.id,
          ...(from !== undefined ? { delegatedFrom: from } : {}),
        });
      });
      activate(d, node.id);
      return 'wait';
    }
  }
}

/**
 * A branch of a parallel split reached its join. The join lets the route on once every branch
 * of its split has arrived; until then the arrivals are kept in the state.
 */
function arriveAtJoin(d: InstanceDraft, graph: FlowGraph, join: FlowNode, branch: string): boolean {
  const splitId = graph.regions.splitOf.get(join.id);
  const branches = splitId === undefined ? undefined : graph.regions.branchesOf.get(splitId);
  if (!branches) {
    const l = nodeLabel(join);
    throw invalidFlow(`汇聚节点${l.zh}不属于任何并行节点`, `the join ${l.en} closes no parallel split`);
  }
  const arrivals = (d.state.joinArrivals ??= {});
  const arrived = new Set([...(arrivals[join.id] ?? []), branch]);
  if (branches.every((b) => arrived.has(b))) {
    delete arrivals[join.id];
    if (Object.keys(arrivals).length === 0) delete d.state.joinArrivals;
    emit(d, { type: 'parallel_joined', nodeId: join.id });
    return true;
  }
  arrivals[join.id] = branches.filter((b) => arrived.has(b));
  return false;
}

export interface AdvanceOptions {
  /** who signed just before, for the resolver's skip rule; by default the last step's signers */
  previous?: readonly string[];
  /** the data branches read, when the caller changed the form in this action (resubmit) */
  conditions?: ConditionContext;
}

/**
 * Moves the instance on until every token waits for someone or the end is reached: `from` a
 * node just completed, or `into` a node entered afresh (the target of a return).
 */
export function advanceRoute(
  d: InstanceDraft,
  graph: FlowGraph,
  start: { from: string } | { into: string },
  opts: AdvanceOptions = {},
): void {
  walkRoute(
    graph,
    start,
    { previous: [...(opts.previous ?? d.state.lastApproverIds)] },
    {
      conditions: opts.conditions ?? d.env.conditions,
      enter: (node, token) => (d.state.status === 'running' ? enterNode(d, node, token) : 'wait'),
      arrive: (join, branch) => arriveAtJoin(d, graph, join, branch),
    },
  );
}
