import { advanceRoute } from './advance-route.js';
import type { FlowAction } from './flow-action.js';
import type { FlowGraph } from './flow-graph.js';
import { refuse, text } from './flow-refusal.js';
import { closeTask, deactivate, emit, finish, type InstanceDraft } from './instance-draft.js';
import { firstStepIds } from './instance-facts.js';
import { isSigned, settleStep, stepTasks } from './step-progress.js';
import { assignedTask, checkAllowed, stepNodeOf } from './task-checks.js';

export type Decision = Extract<FlowAction, { type: 'approve' | 'reject' | 'done' | 'acknowledge' | 'read' }>;

/** A CC is read, and reading outlives the request; 已阅 on a CC is the same as reading it. */
function read(d: InstanceDraft, action: Decision): void {
  const task = assignedTask(d, action, ['notify'], 'unread');
  closeTask(d, task, 'read');
  emit(d, { type: 'read', nodeId: task.nodeId, actorId: action.actorId });
}

/**
 * An assignee's decision on an approve or handle task. A yes (approve, done, 已阅) may complete
 * the step and move the route on; a rejection closes the whole request.
 */
export function decide(d: InstanceDraft, graph: FlowGraph, action: Decision): void {
  const target = d.state.tasks.find((t) => t.id === action.taskId);
  if (action.type === 'read' || (action.type === 'acknowledge' && target?.kind === 'notify')) {
    read(d, action);
    return;
  }
  const kinds = action.type === 'approve' || action.type === 'acknowledge' ? (['approve'] as const) : action.type === 'done' ? (['handle'] as const) : (['approve', 'handle'] as const);
  const task = assignedTask(d, action, kinds);
  const node = stepNodeOf(graph, task);
  checkAllowed(node, action.type);

  if (action.type === 'acknowledge') {
    if (node.acknowledgeAllowed !== true) throw refuse.acknowledgeNotAllowed('node');
    // a task of unknown pass (stored before passes were tracked) is treated as a first step: the safe side
    if (task.stepId === undefined || firstStepIds(d.state).has(task.stepId)) throw refuse.acknowledgeNotAllowed('first_step');
  }
  const signature = text(action.signature);
  if (action.type === 'reject') {
    const reason = text(action.reason);
    if (reason === undefined) throw refuse.reasonRequired('reject');
    closeTask(d, task, 'rejected', reason);
    if (signature !== undefined) task.signature = signature;
    emit(d, { type: 'rejected', nodeId: task.nodeId, actorId: action.actorId, comment: reason });
    finish(d, 'rejected');
    return;
  }
  if (node.signatureRequired === true && signature === undefined) throw refuse.signatureRequired();

  const comment = text(action.comment);
  const status = action.type === 'approve' ? 'approved' : action.type === 'done' ? 'done' : 'acknowledged';
  closeTask(d, task, status, comment);
  if (signature !== undefined) task.signature = signature;
  const changed = action.type === 'acknowledge' ? [] : [...new Set((action.changedFields ?? []).filter((k) => text(k) !== undefined))];
  emit(d, {
    type: status,
    nodeId: task.nodeId,
    actorId: action.actorId,
    ...(comment !== undefined ? { comment } : {}),
    ...(changed.length > 0 ? { changedFields: changed } : {}),
  });
  if (status !== 'acknowledged') {
    // kept per signature, not per step: a 会签 signer who approved before a return to the applicant is not asked again
    const approvedBy = (d.state.approvedBy ??= {});
    const list = (approvedBy[node.id] ??= []);
    if (!list.includes(action.actorId)) list.push(action.actorId);
  }
  if (settleStep(d, node)) {
    d.state.lastApproverIds = stepTasks(d.state, node.id)
      .filter(isSigned)
      .map((t) => t.assigneeId);
    deactivate(d, node.id);
    advanceRoute(d, graph, { from: node.id });
  }
}
