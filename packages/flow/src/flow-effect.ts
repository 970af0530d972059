import type { InstanceStatus, TaskKind } from './instance-state.js';

/**
 * What changed for people, so the caller can notify them without diffing states.
 * Someone must be told to act on `task_created` with status `pending` or `unread`, and on
 * `task_activated`; a `waiting` task is created silently and activated on its turn.
 */
export type FlowEffect =
  | { type: 'task_created'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind; status: 'pending' | 'waiting' | 'unread' }
  /** a sequential signer's turn has come */
  | { type: 'task_activated'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind }
  /** an open task closed without its assignee acting (或签 done by another, request rejected or finished) */
  | { type: 'task_cancelled'; taskId: string; nodeId: string; assigneeId: string; kind: TaskKind }
  | { type: 'instance_finished'; status: InstanceStatus };
