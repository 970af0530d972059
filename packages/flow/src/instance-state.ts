import type { Localized } from '@signoff/schema';

export type TaskKind = 'approve' | 'notify' | 'handle';

/**
 * - `pending`: the assignee must act now
 * - `waiting`: not yet the assignee's turn (a later sequential signer, a signer added after
 *   someone, or a signer waiting for the people added before them)
 * - `approved` / `rejected` / `done` / `acknowledged` (已阅): closed by the assignee's decision
 * - `returned`: the assignee sent the request back (退回)
 * - `transferred`: handed to someone else, who got a new task (转交, or the supervisor's 换人)
 * - `cancelled`: closed without the assignee acting (或签 done by another, request finished, returned)
 * - `unread` / `read`: notify (CC) tasks, which never block the route
 */
export type TaskStatus =
  | 'pending'
  | 'waiting'
  | 'approved'
  | 'rejected'
  | 'done'
  | 'acknowledged'
  | 'returned'
  | 'transferred'
  | 'cancelled'
  | 'unread'
  | 'read';

/** The overdue cards of seed 000 part 5: yellow when the time limit passes, red one period later. */
export type OverdueCard = 'yellow' | 'red';

export interface TaskState {
  id: string;
  nodeId: string;
  kind: TaskKind;
  assigneeId: string;
  status: TaskStatus;
  createdAt: string;
  completedAt?: string;
  comment?: string;
  /**
   * The event that opened this pass through the node (`step_started` / `notified`). A node
   * entered again after a return gets a new one, so the tasks of one pass can be told from
   * those of the earlier passes. Absent on states stored before returns existed: one pass.
   */
  stepId?: string;
  /** the deadline from the node's time limit, set when the task became pending */
  dueAt?: string;
  /** the next reminder; removed once the last one has been sent */
  remindAt?: string;
  /** after a yellow card: when the red card falls due */
  redCardAt?: string;
  card?: OverdueCard;
  /** who extended the deadline (督办人 or admin) */
  extendedBy?: string;
  /** the task went to a delegate (委托) of this user */
  delegatedFrom?: string;
  /** 加签: who added this signer, to which task, and before or after its assignee */
  addedBy?: string;
  addedFor?: string;
  addedPosition?: 'before' | 'after';
  /** the previous assignee, when the task was transferred or reassigned to this one */
  transferredFrom?: string;
  /** the signature given with the decision, where the node requires one */
  signature?: string;
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
  | 'finished'
  | 'acknowledged'
  | 'returned'
  | 'resubmitted'
  | 'withdrawn'
  | 'transferred'
  | 'signer_added'
  | 'urged'
  | 'commented'
  | 'cancelled'
  | 'reassigned'
  | 'extended'
  | 'reminded'
  | 'overdue'
  | 'red_card'
  | 'parallel_started'
  | 'parallel_joined';

export interface Attachment {
  id: string;
  name: string;
}

/**
 * One line of the instance's timeline, and of the audit trail the database hash-chains, so
 * events are only ever appended. `step_started` / `notified` carry the users, the resolver's
 * reason and whether the admins stood in (`fallback`); `step_skipped` carries why; `rejected`,
 * `returned`, `cancelled` and `extended` carry the reason as `comment`; `finished` carries no node.
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
  /** the task acted on (transfer, add signer, urge, timers, extend, reassign) */
  taskId?: string;
  /** where a return sent the request: a node id or `applicant` */
  toNodeId?: string;
  attachments?: Attachment[];
  /** the new deadline (extend) */
  dueAt?: string;
  /** 加签 before or after the current assignee */
  position?: 'before' | 'after';
  /** approve / done: the form fields the approver changed with the decision */
  changedFields?: string[];
}

export type InstanceStatus = 'running' | 'approved' | 'rejected' | 'withdrawn' | 'cancelled';

/**
 * The whole state of one request's route; plain JSON, stored as is. The fields after
 * `lastApproverIds` came later: a stored state without them loads with their defaults.
 */
export interface InstanceState {
  status: InstanceStatus;
  tasks: TaskState[];
  events: FlowEvent[];
  /** the first of `activeNodeIds`, for readers of the first version; null when none */
  activeNodeId: string | null;
  /** who signed the last completed step, so the resolver can skip them on the next one */
  lastApproverIds: string[];
  /** the submitter; default: the actor of the first `submitted` event */
  applicantId?: string;
  /** the approve and handle nodes with open tasks, one per running parallel branch; default: `[activeNodeId]` */
  activeNodeIds?: string[];
  /** the request was returned to the applicant, who may resubmit or withdraw it */
  awaitingApplicant?: boolean;
  /** per node, who approved it (or did it), for `skipApprovedOnResubmit` */
  approvedBy?: Record<string, string[]>;
  /** per task, when it was last urged (催办 is limited to once an hour per task) */
  lastUrgedAt?: Record<string, string>;
  /** per join, the branches (ids of the split's outgoing edges) that have arrived */
  joinArrivals?: Record<string, string[]>;
  /** the database keeps the row version; the state never carries one */
  version?: never;
}
