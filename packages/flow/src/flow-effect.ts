import type { TimerKind } from './flow-action.js';
import type { InstanceStatus, TaskKind } from './instance-state.js';

/**
 * The in-app messages the outbox sends (e-mail and webhooks later read the same rows):
 * - `task`: you have a task; `cc`: you are copied; `remind`: a task waits for you (24 h by default)
 * - `overdue` / `red_card`: your task passed its time limit (yellow card) / a second period (red card)
 * - `urge`: the applicant or the supervisor urges you (催办)
 * - `returned`: your request was sent back; `finished`: your request was approved, rejected or cancelled
 * - `comment`: someone commented on a request you are part of; `extended`: your deadline moved
 * - `reassigned`: the supervisor or an admin gave your task to someone else
 */
export type NotifyTemplate =
  | 'task'
  | 'cc'
  | 'remind'
  | 'overdue'
  | 'red_card'
  | 'urge'
  | 'returned'
  | 'finished'
  | 'comment'
  | 'extended'
  | 'reassigned';

/**
 * What changed for people and for the job loop, so the caller need not diff states.
 * Someone must be told to act on `task_created` with status `pending` or `unread`, and on
 * `task_activated`; a `waiting` task is created silently and activated on its turn. `notify`
 * says the same to the outbox with the recipients resolved.
 */
export type FlowEffect =
  | { type: 'task_created'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind; status: 'pending' | 'waiting' | 'unread' }
  /** a waiting task's turn has come */
  | { type: 'task_activated'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind }
  /** an open task closed without its assignee deciding (或签 done by another, request finished, returned, reassigned) */
  | { type: 'task_cancelled'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind }
  | { type: 'instance_finished'; status: InstanceStatus }
  /** the job loop must apply `timer_fired` with this task and kind at `at` */
  | { type: 'timer_set'; taskId: string; kind: TimerKind; at: string }
  /** the task's timers (or only the one of `kind`) no longer matter; firing them anyway is harmless */
  | { type: 'timer_cleared'; taskId: string; kind?: TimerKind }
  | { type: 'notify'; userIds: string[]; template: NotifyTemplate; taskId?: string; nodeId?: string }
  | { type: 'remind'; taskId: string; nodeId: string; assigneeId: string }
  /** yellow card: the time limit passed; the supervisor should hear of it too */
  | { type: 'overdue'; taskId: string; nodeId: string; assigneeId: string; dueAt: string }
  | { type: 'red_card'; taskId: string; nodeId: string; assigneeId: string }
  | { type: 'urge'; taskId: string; nodeId: string; assigneeId: string; actorId: string };

export type FlowEffectType = FlowEffect['type'];
