import { advanceRoute } from './advance-route.js';
import type { FlowAction } from './flow-action.js';
import { reachableFrom, type FlowGraph } from './flow-graph.js';
import { refuse, text } from './flow-refusal.js';
import { applicantOf, cancelOpenTasks, closeTask, emit, notify, type InstanceDraft } from './instance-draft.js';
import { visitedSinceSubmission } from './instance-facts.js';
import { isStepNode } from './node-options.js';
import { branchOf } from './parallel-regions.js';
import { assignedTask, checkAllowed, stepNodeOf } from './task-checks.js';

type ReturnAction = Extract<FlowAction, { type: 'return' }>;

/**
 * After the tasks downstream of `targetId` were cancelled: which branches each join downstream
 * still counts as arrived. A join whose split lies downstream too starts from nothing (every
 * branch runs again). Otherwise the target lies on one branch of that split: that branch runs
 * again, branches still running will arrive by themselves, and every other branch has already
 * done its work and counts as arrived, which is what lets a return from after a join into one
 * branch come back through the join without redoing the others.
 */
function resetJoins(d: InstanceDraft, graph: FlowGraph, targetId: string, downstream: ReadonlySet<string>): void {
  const arrivals = (d.state.joinArrivals ??= {});
  for (const [joinId, splitId] of graph.regions.splitOf) {
    if (!downstream.has(joinId)) continue;
    const rerun = branchOf(graph.regions, targetId, splitId);
    if (downstream.has(splitId) || rerun === undefined) {
      delete arrivals[joinId];
      continue;
    }
    const running = new Set(d.state.activeNodeIds.map((id) => branchOf(graph.regions, id, splitId)));
    const arrived = (graph.regions.branchesOf.get(splitId) ?? []).filter((b) => b !== rerun && !running.has(b));
    if (arrived.length > 0) arrivals[joinId] = arrived;
    else delete arrivals[joinId];
  }
  if (Object.keys(arrivals).length === 0) delete d.state.joinArrivals;
}

/**
 * 退回. To the applicant: every open task is cancelled and the request waits for the applicant to
 * resubmit or withdraw it. To an earlier step: only the part of the route from that step on is
 * undone (its open tasks cancelled, its approvals forgotten), parallel branches elsewhere keep
 * running, and the route resumes at that step with its approvers resolved afresh.
 */
export function returnTask(d: InstanceDraft, graph: FlowGraph, action: ReturnAction): void {
  const task = assignedTask(d, action, ['approve', 'handle']);
  const node = stepNodeOf(graph, task);
  checkAllowed(node, 'return');
  const reason = text(action.reason);
  if (reason === undefined) throw refuse.reasonRequired('return');
  const applicantId = applicantOf(d.state);

  // the start node stands for the applicant, so a page can offer every target as a node
  if (action.toNodeId === 'applicant' || graph.nodes.get(action.toNodeId)?.type === 'start') {
    closeTask(d, task, 'returned', reason);
    emit(d, { type: 'returned', nodeId: task.nodeId, actorId: action.actorId, toNodeId: 'applicant', taskId: task.id, comment: reason });
    cancelOpenTasks(d);
    delete d.state.joinArrivals;
    d.state.awaitingApplicant = true;
    notify(d, [applicantId], 'returned', { nodeId: task.nodeId });
    return;
  }

  const target = graph.nodes.get(action.toNodeId);
  const earlier =
    isStepNode(target) &&
    target.id !== node.id &&
    reachableFrom(graph, target.id).has(node.id) &&
    visitedSinceSubmission(d.state, target.id);
  if (!earlier) throw refuse.invalidTarget(target, action.toNodeId);

  closeTask(d, task, 'returned', reason);
  emit(d, { type: 'returned', nodeId: task.nodeId, actorId: action.actorId, toNodeId: target.id, taskId: task.id, comment: reason });
  const downstream = reachableFrom(graph, target.id);
  cancelOpenTasks(d, (id) => downstream.has(id));
  resetJoins(d, graph, target.id, downstream);
  if (d.state.approvedBy) {
    for (const id of downstream) delete d.state.approvedBy[id];
  }
  notify(d, [applicantId], 'returned', { nodeId: task.nodeId });
  // the step is redone by the people it resolves to now; nobody is skipped for having signed just before it
  advanceRoute(d, graph, { into: target.id }, { previous: [] });
}
