import type { Localized, SignoffError } from '@signoff/schema';
import type { FlowProblem } from './flow-problem.js';

export type FlowErrorCode =
  | 'task_not_found'
  | 'not_assignee'
  | 'task_closed'
  | 'reason_required'
  | 'instance_closed'
  | 'invalid_flow'
  | 'wrong_action'
  /** the node's `allowedActions` leave this action out */
  | 'action_not_allowed'
  /** 已阅 where seed 001 does not allow it */
  | 'acknowledge_not_allowed'
  | 'signature_required'
  /** only the applicant may do this */
  | 'not_applicant'
  /** the actor lacks the role (admin, supervisor) the action needs */
  | 'not_permitted'
  /** the actor has nothing to do with this request */
  | 'not_involved'
  /** withdraw after an approver acted */
  | 'already_acted'
  | 'not_awaiting_applicant'
  /** the request waits on the applicant, so approvers cannot act on it */
  | 'awaiting_applicant'
  /** a return to a step that is not an earlier, visited step */
  | 'invalid_target'
  /** transfer, reassign or add-signer to someone who cannot take the task */
  | 'invalid_assignee'
  | 'too_soon'
  | 'nothing_pending'
  | 'not_overdue'
  | 'no_deadline'
  | 'invalid_extension'
  | 'comment_required'
  | 'invalid_serial_pattern';

const KEYS: Record<FlowErrorCode, string> = {
  task_not_found: 'flow.taskNotFound',
  not_assignee: 'flow.notAssignee',
  task_closed: 'flow.taskClosed',
  reason_required: 'flow.reasonRequired',
  instance_closed: 'flow.instanceClosed',
  invalid_flow: 'flow.invalidFlow',
  wrong_action: 'flow.wrongAction',
  action_not_allowed: 'flow.actionNotAllowed',
  acknowledge_not_allowed: 'flow.acknowledgeNotAllowed',
  signature_required: 'flow.signatureRequired',
  not_applicant: 'flow.notApplicant',
  not_permitted: 'flow.notPermitted',
  not_involved: 'flow.notInvolved',
  already_acted: 'flow.alreadyActed',
  not_awaiting_applicant: 'flow.notAwaitingApplicant',
  awaiting_applicant: 'flow.awaitingApplicant',
  invalid_target: 'flow.invalidTarget',
  invalid_assignee: 'flow.invalidAssignee',
  too_soon: 'flow.tooSoon',
  nothing_pending: 'flow.nothingPending',
  not_overdue: 'flow.notOverdue',
  no_deadline: 'flow.noDeadline',
  invalid_extension: 'flow.invalidExtension',
  comment_required: 'flow.commentRequired',
  invalid_serial_pattern: 'flow.invalidSerialPattern',
};

/**
 * Thrown when an action must be refused, in the packages' one error shape: its text in both
 * languages under `localized` and, for `invalid_flow` and `invalid_serial_pattern`, the route's
 * problems under `details`, so the server can pass it to the user unchanged.
 */
export class FlowError extends Error implements SignoffError<FlowErrorCode, FlowProblem> {
  readonly messageKey: string;

  constructor(
    readonly code: FlowErrorCode,
    readonly localized: Localized,
    readonly details: readonly FlowProblem[] = [],
  ) {
    super(localized.en);
    this.name = 'FlowError';
    this.messageKey = KEYS[code];
  }
}
