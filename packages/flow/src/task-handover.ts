import type { FlowAction } from './flow-action.js';
import type { StepNode } from './flow-definition.js';
import type { FlowGraph } from './flow-graph.js';
import { refuse, text } from './flow-refusal.js';
import { applicantOf, closeTask, emit, isOpen, notify, type InstanceDraft } from './instance-draft.js';
import type { TaskState } from './instance-state.js';
import { stepTasks } from './step-progress.js';
import { assignedTask, checkAllowed, findTask, requireRunning, stepNodeOf } from './task-checks.js';
import { addTask } from './task-opening.js';
import { msBetween } from './work-calendar.js';

/**
 * Whether `userId` can take a task at this step: not its current holder, not the applicant
 * (nobody approves their own request), and not someone who already has an open task in the
 * same pass (a countersign would count them twice).
 */
export function checkNewAssignee(d: InstanceDraft, task: TaskState, userId: string | undefined): string {
  if (userId === undefined) throw refuse.invalidAssignee('', 'empty');
  if (userId === task.assigneeId) throw refuse.invalidAssignee(userId, 'self');
  if (userId === applicantOf(d.state)) throw refuse.invalidAssignee(userId, 'applicant');
  if (stepTasks(d.state, task.nodeId).some((t) => isOpen(t) && t.assigneeId === userId)) throw refuse.invalidAssignee(userId, 'already');
  return userId;
}

/**
 * Closes `old` as transferred and gives its place to `toUserId`: same step, same place among the
 * added signers, same position in the list. Signers added to the old task now wait on the new one.
 */
function handOver(d: InstanceDraft, node: StepNode, old: TaskState, toUserId: string, keepDeadline: boolean): TaskState {
  const status = old.status === 'waiting' ? 'waiting' : 'pending';
  // taken before closing, which clears the pending red-card time
  const inherit = keepDeadline ? { ...old } : undefined;
  closeTask(d, old, 'transferred');
  const extra: Partial<TaskState> = { transferredFrom: old.assigneeId };
  if (old.stepId !== undefined) extra.stepId = old.stepId;
  if (old.addedBy !== undefined) extra.addedBy = old.addedBy;
  if (old.addedFor !== undefined) extra.addedFor = old.addedFor;
  if (old.addedPosition !== undefined) extra.addedPosition = old.addedPosition;
  const at = d.state.tasks.indexOf(old) + 1;
  const task = addTask(d, node, toUserId, status, extra, { at, ...(inherit ? { inheritDeadlineOf: inherit } : {}) });
  for (const t of d.state.tasks) if (t.addedFor === old.id && isOpen(t)) t.addedFor = task.id;
  return task;
}

/** 转交: the assignee hands their pending task to someone else. The step's deadline does not move. */
export function transferTask(d: InstanceDraft, graph: FlowGraph, action: Extract<FlowAction, { type: 'transfer' }>): void {
  const task = assignedTask(d, action, ['approve', 'handle']);
  const node = stepNodeOf(graph, task);
  checkAllowed(node, 'transfer');
  const to = checkNewAssignee(d, task, text(action.toUserId));
  const comment = text(action.comment);
  emit(d, { type: 'transferred', nodeId: task.nodeId, actorId: action.actorId, userIds: [to], taskId: task.id, ...(comment !== undefined ? { comment } : {}) });
  handOver(d, node, task, to, true);
}

/** Overdue: the time limit has passed (with or without a card already given). */
export const isOverdue = (task: TaskState, now: string) => task.card !== undefined || (task.dueAt !== undefined && msBetween(task.dueAt, now) >= 0);

/**
 * 换人: the template's supervisor gives an overdue task to someone else (seed 001: "可以对超期的节点
 * 进行换人处理"); an admin may do it for any open task (someone left, someone is ill). The new
 * assignee gets a fresh time limit: they cannot have been late.
 */
export function reassignTask(d: InstanceDraft, graph: FlowGraph, action: Extract<FlowAction, { type: 'reassign' }>): void {
  const roles = action.actorRoles ?? {};
  if (roles.admin !== true && roles.supervisor !== true) throw refuse.notPermitted('reassign', 'supervisor_or_admin');
  const task = findTask(d, action.taskId);
  requireRunning(d);
  if (!isOpen(task)) throw refuse.taskClosed();
  if (roles.admin !== true && !isOverdue(task, d.env.now)) throw refuse.notOverdue();
  const node = stepNodeOf(graph, task);
  const to = checkNewAssignee(d, task, text(action.toUserId));
  const reason = text(action.reason);
  emit(d, { type: 'reassigned', nodeId: task.nodeId, actorId: action.actorId, userIds: [to], taskId: task.id, ...(reason !== undefined ? { comment: reason } : {}) });
  d.effects.push({ type: 'task_cancelled', taskId: task.id, nodeId: task.nodeId, assigneeId: task.assigneeId, kind: task.kind });
  notify(d, [task.assigneeId], 'reassigned', { taskId: task.id, nodeId: task.nodeId });
  handOver(d, node, task, to, false);
}
