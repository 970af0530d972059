import type { FlowAction } from './flow-action.js';
import type { FlowGraph } from './flow-graph.js';
import { refuse } from './flow-refusal.js';
import { emit, notify, type InstanceDraft } from './instance-draft.js';
import { reminderOf, timeLimitOf } from './node-options.js';
import { dueAfter } from './task-opening.js';
import { addHours, msBetween } from './work-calendar.js';

/** Without a time limit to repeat, a red card follows a yellow one a day later. */
const DEFAULT_RED_CARD_HOURS = 24;

const reached = (at: string | undefined, now: string) => at !== undefined && msBetween(at, now) >= 0;

/**
 * The job loop's timer fell due. Returns false when there is nothing to do: the request or the
 * task is closed, the task waits, or the timer is stale (the deadline was extended, the reminder
 * already sent). That is what makes a timer fired twice, or after the task closed, harmless.
 *
 * - reminder: the assignee is reminded; with `repeatHours` the next reminder is set.
 * - due: past the deadline the task gets a yellow card, and a second `due` timer one more
 *   time-limit period later (24 h without a limit); when that one fires, the card turns red.
 */
export function timerFired(d: InstanceDraft, graph: FlowGraph, action: Extract<FlowAction, { type: 'timer_fired' }>): boolean {
  if (action.actorId !== 'system') throw refuse.notPermitted('timer_fired', 'system');
  const task = d.state.tasks.find((t) => t.id === action.taskId);
  if (!task) throw refuse.taskNotFound();
  if (d.state.status !== 'running' || task.kind === 'notify' || task.status !== 'pending') return false;
  const now = d.env.now;
  const node = graph.nodes.get(task.nodeId);
  const about = { taskId: task.id, nodeId: task.nodeId };
  const who = { nodeId: task.nodeId, taskId: task.id, assigneeId: task.assigneeId };

  if (action.kind === 'reminder') {
    if (!reached(task.remindAt, now)) return false;
    emit(d, { type: 'reminded', nodeId: task.nodeId, taskId: task.id, userIds: [task.assigneeId] });
    d.effects.push({ type: 'remind', ...who });
    notify(d, [task.assigneeId], 'remind', about);
    const repeat = reminderOf(node).repeatHours;
    if (repeat !== undefined && repeat > 0) {
      task.remindAt = addHours(now, repeat);
      d.effects.push({ type: 'timer_set', taskId: task.id, kind: 'reminder', at: task.remindAt });
    } else {
      delete task.remindAt;
    }
    return true;
  }

  if (task.card === undefined && task.dueAt !== undefined && reached(task.dueAt, now)) {
    task.card = 'yellow';
    task.redCardAt = dueAfter(task.dueAt, timeLimitOf(node), d.env.calendar) ?? addHours(task.dueAt, DEFAULT_RED_CARD_HOURS);
    emit(d, { type: 'overdue', nodeId: task.nodeId, taskId: task.id, userIds: [task.assigneeId], dueAt: task.dueAt });
    d.effects.push({ type: 'overdue', ...who, dueAt: task.dueAt });
    notify(d, [task.assigneeId], 'overdue', about);
    d.effects.push({ type: 'timer_set', taskId: task.id, kind: 'due', at: task.redCardAt });
    return true;
  }
  if (task.card === 'yellow' && reached(task.redCardAt, now)) {
    task.card = 'red';
    delete task.redCardAt;
    emit(d, { type: 'red_card', nodeId: task.nodeId, taskId: task.id, userIds: [task.assigneeId] });
    d.effects.push({ type: 'red_card', ...who });
    notify(d, [task.assigneeId], 'red_card', about);
    return true;
  }
  return false;
}
