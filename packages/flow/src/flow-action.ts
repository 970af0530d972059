import type { Attachment } from './instance-state.js';

/** What the caller knows of the actor beyond their id: the engine cannot look roles up itself. */
export interface ActorRoles {
  /** a tenant admin (information officer) */
  admin?: boolean;
  /** the template's supervisor (督办人, seed 001) */
  supervisor?: boolean;
}

export type TimerKind = 'reminder' | 'due';

/**
 * Everything that can happen to a running request. Task actions name the task; the assignee
 * acts on it. `done` completes handle tasks, `read` a CC, `acknowledge` is 已阅.
 */
export type FlowAction =
  /** `changedFields`: the form fields the approver changed with this decision (the caller checks and stores the data; the timeline records which) */
  | { type: 'approve'; taskId: string; comment?: string; signature?: string; changedFields?: string[]; actorId: string; actorRoles?: ActorRoles }
  | { type: 'reject'; taskId: string; reason: string; signature?: string; actorId: string; actorRoles?: ActorRoles }
  | { type: 'done'; taskId: string; comment?: string; signature?: string; changedFields?: string[]; actorId: string; actorRoles?: ActorRoles }
  | { type: 'read'; taskId: string; actorId: string; actorRoles?: ActorRoles }
  | { type: 'acknowledge'; taskId: string; comment?: string; signature?: string; actorId: string; actorRoles?: ActorRoles }
  /** 退回: to an earlier step that ran since the submission, or to the applicant */
  | { type: 'return'; taskId: string; toNodeId: string; reason: string; actorId: string; actorRoles?: ActorRoles }
  /** the applicant sends a returned request again, with the form data as changed */
  | { type: 'resubmit'; form?: Record<string, unknown>; comment?: string; actorId: string; actorRoles?: ActorRoles }
  /** 撤回 by the applicant, before any approver acted */
  | { type: 'withdraw'; comment?: string; actorId: string; actorRoles?: ActorRoles }
  /** 转交: the assignee hands the task to someone else */
  | { type: 'transfer'; taskId: string; toUserId: string; comment?: string; actorId: string; actorRoles?: ActorRoles }
  /** 加签: more signers, before the assignee (who then waits) or after them, in the same step */
  | { type: 'addSigner'; taskId: string; userIds: string[]; position: 'before' | 'after'; comment?: string; actorId: string; actorRoles?: ActorRoles }
  /** 催办: every pending task, or the one named */
  | { type: 'urge'; taskId?: string; comment?: string; actorId: string; actorRoles?: ActorRoles }
  | { type: 'comment'; text: string; attachments?: Attachment[]; actorId: string; actorRoles?: ActorRoles }
  /** an admin stops the request */
  | { type: 'cancel'; reason: string; actorId: string; actorRoles?: ActorRoles }
  /** the supervisor (overdue tasks) or an admin (any open task) gives a task to someone else */
  | { type: 'reassign'; taskId: string; toUserId: string; reason?: string; actorId: string; actorRoles?: ActorRoles }
  /** the supervisor or an admin moves a deadline by 1 or 2 working days, with a written reason */
  | { type: 'extend'; taskId: string; workingDays: 1 | 2; reason: string; actorId: string; actorRoles?: ActorRoles }
  /** the job loop: a timer set by a `timer_set` effect fell due */
  | { type: 'timer_fired'; taskId: string; kind: TimerKind; actorId: 'system' };

export type FlowActionType = FlowAction['type'];
