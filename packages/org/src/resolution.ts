import type { Localized } from '@signoff/schema';

/** Why a resolved user was left out of a step. */
export type SkipReason = 'applicant' | 'previous';

export interface SkippedUser {
  userId: string;
  why: SkipReason;
}

/** A task that went to a delegate instead of its resolved approver (委托). */
export interface DelegatedUser {
  fromUserId: string;
  toUserId: string;
}

/**
 * Who approves a step and why. `userIds` is final: skips and delegation are already applied.
 * An empty `userIds` with no `fallback` means every candidate was skipped, so the step is passed over.
 */
export interface Resolution {
  userIds: string[];
  /** names of the positions the users were found through, for the simulator and the timeline */
  positions: string[];
  reason: Localized;
  /** true when nobody was found and the tenant's admins were used instead */
  fallback: boolean;
  skipped: SkippedUser[];
  delegated: DelegatedUser[];
}
