import type { Localized } from '@signoff/schema';

export type TaskKind = 'approve' | 'notify' | 'handle';

/**
 * - `pending`: the assignee must act now
 * - `waiting`: a later signer of a sequential step, not yet their turn
 * - `approved` / `rejected` / `done` / `cancelled`: closed approve and handle tasks
 * - `unread` / `read`: notify (CC) tasks, which never block the route
 */
export type TaskStatus = 'pending' | 'waiting' | 'approved' | 'rejected' | 'done' | 'cancelled' | 'unread' | 'read';

export interface TaskState {
  id: string;
  nodeId: string;
  kind: TaskKind;
  assigneeId: string;
  status: TaskStatus;
  createdAt: string;
  completedAt?: string;
  comment?: string;
}

export type FlowEventType =
  | 'submitted'
  | 'step_started'
  | 'step_skipped'
  | 'approved'
  | 'rejected'
  | 'done'
  | 'notified'
  | 'read'
  | 'finished';

/**
 * One line of the instance's timeline. `step_started` / `notified` carry the users, the
 * resolver's reason and whether the admins stood in (`fallback`); `step_skipped` carries why;
 * `rejected` carries the reason as `comment`; `finished` carries no node.
 */
export interface FlowEvent {
  id: string;
  at: string;
  type: FlowEventType;
  nodeId?: string;
  actorId?: string;
  userIds?: string[];
  comment?: string;
  reason?: Localized | string;
  fallback?: boolean;
}

export type InstanceStatus = 'running' | 'approved' | 'rejected' | 'withdrawn';

/** The whole state of one request's route; plain JSON, stored as is. */
export interface InstanceState {
  status: InstanceStatus;
  tasks: TaskState[];
  events: FlowEvent[];
  /** the approve or handle node the route waits at; null once finished */
  activeNodeId: string | null;
  /** who signed the last completed step, so the resolver can skip them on the next one */
  lastApproverIds: string[];
}
