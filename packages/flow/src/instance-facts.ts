import type { FlowEventType, InstanceState } from './instance-state.js';
import { applicantOf } from './instance-draft.js';

/** Events a route walk writes by itself, as opposed to someone's action. */
const WALK_EVENTS: ReadonlySet<FlowEventType> = new Set(['step_started', 'step_skipped', 'notified', 'parallel_started', 'parallel_joined', 'finished']);

/** Events that mean an approver did something with the request ("the next approver acted"). */
const APPROVER_ACTS: ReadonlySet<FlowEventType> = new Set(['approved', 'rejected', 'done', 'acknowledged', 'returned', 'transferred', 'signer_added']);

/** Index of the latest submission or resubmission in the timeline; -1 for none. */
export function lastSubmissionIndex(state: InstanceState): number {
  return state.events.findLastIndex((e) => e.type === 'submitted' || e.type === 'resubmitted');
}

/** Whether an approver acted since the request was last (re)submitted; this is what ends the right to withdraw. */
export function approverActedSinceSubmission(state: InstanceState): boolean {
  return state.events.slice(lastSubmissionIndex(state) + 1).some((e) => APPROVER_ACTS.has(e.type));
}

/**
 * The steps the latest submission opened directly: the ones started by the walk that followed
 * it, before anyone acted. Their approvers are the applicant's superiors, who must say yes or no
 * (seed 001: "上级审批下级业务流程，要明确同意或不同意，不能选择已阅").
 */
export function firstStepIds(state: InstanceState): Set<string> {
  const ids = new Set<string>();
  for (const e of state.events.slice(lastSubmissionIndex(state) + 1)) {
    if (!WALK_EVENTS.has(e.type)) break;
    if (e.type === 'step_started') ids.add(e.id);
  }
  return ids;
}

/** Whether the node was given tasks since the latest (re)submission: what a return may go back to. */
export function visitedSinceSubmission(state: InstanceState, nodeId: string): boolean {
  return state.events.slice(lastSubmissionIndex(state) + 1).some((e) => e.type === 'step_started' && e.nodeId === nodeId);
}

/** The applicant and everyone who has or had a task on the request. */
export function isInvolved(state: InstanceState, userId: string): boolean {
  return applicantOf(state) === userId || state.tasks.some((t) => t.assigneeId === userId || t.transferredFrom === userId);
}
