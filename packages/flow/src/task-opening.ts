import type { FlowNode, TaskNode, TimeLimit } from './flow-definition.js';
import { notify, type InstanceDraft } from './instance-draft.js';
import type { TaskState } from './instance-state.js';
import { reminderOf, timeLimitOf } from './node-options.js';
import { addHours, addWorkingDays, type WorkCalendar } from './work-calendar.js';

/** The deadline `limit` after `from`, or undefined when there is no limit. */
export function dueAfter(from: string, limit: TimeLimit | undefined, calendar?: WorkCalendar): string | undefined {
  if (limit?.workingDays !== undefined) return addWorkingDays(from, limit.workingDays, calendar);
  if (limit?.hours !== undefined) return addHours(from, limit.hours);
  return undefined;
}

/**
 * Starts a pending task's clocks: the reminder (24 h by default) and, when the node has a time
 * limit, the deadline. Timers are data: the job loop stores the `timer_set` effects and applies
 * `timer_fired` when they fall due. A task handed over (转交) keeps its predecessor's deadline
 * and card, since the deadline belongs to the step, not to the person.
 */
function armTimers(d: InstanceDraft, task: TaskState, node: FlowNode, inherit?: TaskState): void {
  task.remindAt = addHours(d.env.now, reminderOf(node).afterHours);
  d.effects.push({ type: 'timer_set', taskId: task.id, kind: 'reminder', at: task.remindAt });
  delete task.card;
  delete task.redCardAt;
  delete task.dueAt;
  if (inherit) {
    if (inherit.dueAt !== undefined) task.dueAt = inherit.dueAt;
    if (inherit.card !== undefined) task.card = inherit.card;
    if (inherit.redCardAt !== undefined) task.redCardAt = inherit.redCardAt;
  } else {
    const due = dueAfter(d.env.now, timeLimitOf(node), d.env.calendar);
    if (due !== undefined) task.dueAt = due;
  }
  const next = task.card === 'red' ? undefined : task.card === 'yellow' ? task.redCardAt : task.dueAt;
  if (next !== undefined) d.effects.push({ type: 'timer_set', taskId: task.id, kind: 'due', at: next });
}

/**
 * Gives someone a task at `node`. Pending tasks start their timers and are announced; waiting
 * ones wait silently for their turn. `opts.at` places the task in the list (加签 puts added
 * signers next to the task they were added to, so the list reads in signing order).
 */
export function addTask(
  d: InstanceDraft,
  node: TaskNode,
  assigneeId: string,
  status: 'pending' | 'waiting' | 'unread',
  extra: Partial<TaskState>,
  opts: { at?: number; inheritDeadlineOf?: TaskState } = {},
): TaskState {
  const task: TaskState = { id: d.env.newId(), nodeId: node.id, kind: node.type, assigneeId, status, createdAt: d.env.now, ...extra };
  if (opts.at === undefined) d.state.tasks.push(task);
  else d.state.tasks.splice(opts.at, 0, task);
  d.effects.push({ type: 'task_created', taskId: task.id, nodeId: node.id, assigneeId, kind: node.type, status });
  if (status === 'pending') armTimers(d, task, node, opts.inheritDeadlineOf);
  if (status !== 'waiting') notify(d, [assigneeId], status === 'unread' ? 'cc' : 'task', { taskId: task.id, nodeId: node.id });
  return task;
}

/** A waiting task's turn: it becomes pending with fresh timers, and its assignee is told. */
export function activateTask(d: InstanceDraft, node: FlowNode, task: TaskState): void {
  task.status = 'pending';
  armTimers(d, task, node);
  d.effects.push({ type: 'task_activated', taskId: task.id, nodeId: task.nodeId, assigneeId: task.assigneeId, kind: task.kind });
  notify(d, [task.assigneeId], 'task', { taskId: task.id, nodeId: task.nodeId });
}

/**
 * A pending task goes back to waiting (its assignee added signers before themselves). Its
 * clocks stop; it gets a fresh time limit when its turn comes again, since the wait was not its own.
 */
export function suspendTask(d: InstanceDraft, task: TaskState): void {
  task.status = 'waiting';
  delete task.remindAt;
  delete task.dueAt;
  delete task.redCardAt;
  delete task.card;
  d.effects.push({ type: 'timer_cleared', taskId: task.id });
}
