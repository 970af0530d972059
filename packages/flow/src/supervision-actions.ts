import type { FlowAction } from './flow-action.js';
import { refuse, text } from './flow-refusal.js';
import { applicantOf, emit, notify, type InstanceDraft } from './instance-draft.js';
import { findTask, requireRunning } from './task-checks.js';
import { addWorkingDays, msBetween } from './work-calendar.js';

/** 催办 is limited per task: more often than this is nagging, not supervision. */
export const URGE_INTERVAL_MS = 3_600_000;

/**
 * 催办 by the applicant (seed 001: the initiator "对办理业务流程的后续节点进行跟踪、催办"), the
 * template's supervisor or an admin: every pending task, or the one named, is urged unless it
 * was urged less than an hour ago. Refused with `too_soon` only when nothing could be urged.
 */
export function urge(d: InstanceDraft, action: Extract<FlowAction, { type: 'urge' }>): void {
  const roles = action.actorRoles ?? {};
  const allowed = roles.admin === true || roles.supervisor === true || applicantOf(d.state) === action.actorId;
  if (!allowed) throw refuse.notPermitted('urge', 'urge');
  requireRunning(d);
  if (d.state.awaitingApplicant === true) throw refuse.awaitingApplicant();
  let targets = d.state.tasks.filter((t) => t.kind !== 'notify' && t.status === 'pending');
  if (action.taskId !== undefined) {
    const task = findTask(d, action.taskId);
    if (task.kind === 'notify' || task.status !== 'pending') throw refuse.taskClosed();
    targets = [task];
  }
  if (targets.length === 0) throw refuse.nothingPending();
  const last = d.state.lastUrgedAt ?? {};
  const due = targets.filter((t) => {
    const at = last[t.id];
    return at === undefined || msBetween(at, d.env.now) >= URGE_INTERVAL_MS;
  });
  if (due.length === 0) throw refuse.tooSoon();

  const comment = text(action.comment);
  emit(d, { type: 'urged', actorId: action.actorId, userIds: [...new Set(due.map((t) => t.assigneeId))], ...(comment !== undefined ? { comment } : {}) });
  const urged = (d.state.lastUrgedAt ??= {});
  for (const t of due) {
    urged[t.id] = d.env.now;
    d.effects.push({ type: 'urge', taskId: t.id, nodeId: t.nodeId, assigneeId: t.assigneeId, actorId: action.actorId });
    notify(d, [t.assigneeId], 'urge', { taskId: t.id, nodeId: t.nodeId });
  }
}

/**
 * 延期 by the supervisor or an admin: the deadline moves by 1 or 2 working days (seed 001: "办理时限
 * 可再增加 1-2 个工作日"), with a written reason. The overdue card is lifted; if the new deadline
 * has passed as well, the due timer fires at once and the yellow card comes back. The cards given
 * so far stay in the timeline.
 */
export function extendDeadline(d: InstanceDraft, action: Extract<FlowAction, { type: 'extend' }>): void {
  const roles = action.actorRoles ?? {};
  if (roles.admin !== true && roles.supervisor !== true) throw refuse.notPermitted('extend', 'supervisor_or_admin');
  const task = findTask(d, action.taskId);
  requireRunning(d);
  if (task.kind === 'notify' || task.status !== 'pending') throw refuse.taskClosed();
  if (task.dueAt === undefined) throw refuse.noDeadline();
  if (action.workingDays !== 1 && action.workingDays !== 2) throw refuse.invalidExtension();
  const reason = text(action.reason);
  if (reason === undefined) throw refuse.reasonRequired('extend');

  const dueAt = addWorkingDays(task.dueAt, action.workingDays, d.env.calendar);
  task.dueAt = dueAt;
  task.extendedBy = action.actorId;
  delete task.card;
  delete task.redCardAt;
  emit(d, { type: 'extended', nodeId: task.nodeId, actorId: action.actorId, taskId: task.id, dueAt, comment: reason });
  d.effects.push({ type: 'timer_cleared', taskId: task.id, kind: 'due' }, { type: 'timer_set', taskId: task.id, kind: 'due', at: dueAt });
  notify(d, [task.assigneeId], 'extended', { taskId: task.id, nodeId: task.nodeId });
}
