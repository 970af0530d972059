import type { Localized } from '@signoff/schema';
import type { FlowProblem } from './flow-problem.js';

export type FlowErrorCode =
  | 'task_not_found'
  | 'not_assignee'
  | 'task_closed'
  | 'reason_required'
  | 'instance_closed'
  | 'invalid_flow'
  | 'wrong_action';

const KEYS: Record<FlowErrorCode, string> = {
  task_not_found: 'flow.taskNotFound',
  not_assignee: 'flow.notAssignee',
  task_closed: 'flow.taskClosed',
  reason_required: 'flow.reasonRequired',
  instance_closed: 'flow.instanceClosed',
  invalid_flow: 'flow.invalidFlow',
  wrong_action: 'flow.wrongAction',
};

/**
 * Thrown when an action must be refused. Carries its text in both languages under `localized`
 * (the name the API's error mapping reads) and `messages` (the engine's contract), so the
 * server can pass it to the user unchanged.
 */
export class FlowError extends Error {
  readonly messageKey: string;
  readonly localized: Localized;

  constructor(
    readonly code: FlowErrorCode,
    readonly messages: Localized,
    /** the route's problems, for `invalid_flow` */
    readonly problems: readonly FlowProblem[] = [],
  ) {
    super(messages.en);
    this.name = 'FlowError';
    this.messageKey = KEYS[code];
    this.localized = messages;
  }
}
