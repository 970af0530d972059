import type { ApproverExpression, Resolution, ResolveOptions } from '@signoff/org';
import type { ConditionContext } from '@signoff/schema';
import type { WorkCalendar } from './work-calendar.js';

/**
 * Everything the engine knows of the world, handed in by the caller so the engine stays pure
 * and replayable: the clock, id generation, the org (through `resolve`) and the data branches read.
 */
export interface EngineEnv {
  /** ISO instant stamped on every task and event of this call */
  now: string;
  newId: () => string;
  /**
   * Finds a step's users; `previousApproverIds` lets the resolver skip whoever just signed, and
   * `options` are the step's own skip rules (absent: skip the applicant and the previous approvers).
   */
  resolve: (
    expression: ApproverExpression,
    previousApproverIds: string[],
    options?: ResolveOptions,
  ) => Resolution;
  conditions: ConditionContext;
  /** the tenant's working days, for time limits in working days; Monday to Friday in UTC when absent */
  calendar?: WorkCalendar;
}
