import { advanceRoute } from './advance-route.js';
import type { FlowAction } from './flow-action.js';
import { findStart, type FlowGraph } from './flow-graph.js';
import { refuse, text } from './flow-refusal.js';
import { applicantOf, emit, finish, type InstanceDraft } from './instance-draft.js';
import { approverActedSinceSubmission } from './instance-facts.js';
import { requireRunning } from './task-checks.js';

function requireApplicant(d: InstanceDraft, action: { type: 'resubmit' | 'withdraw'; actorId: string }): void {
  requireRunning(d);
  if (applicantOf(d.state) !== action.actorId) throw refuse.notApplicant(action.type);
}

/**
 * The applicant sends a returned request again. The route runs from the start, with branches
 * reading the form as changed (`action.form`); the caller stores that data and builds later
 * actions' env from it. Steps marked `skipApprovedOnResubmit` do not ask again the people who
 * approved them before the return.
 */
export function resubmit(d: InstanceDraft, graph: FlowGraph, action: Extract<FlowAction, { type: 'resubmit' }>): void {
  requireApplicant(d, action);
  if (d.state.awaitingApplicant !== true) throw refuse.notAwaitingApplicant();
  delete d.state.awaitingApplicant;
  const start = findStart(graph);
  const comment = text(action.comment);
  emit(d, { type: 'resubmitted', nodeId: start.id, actorId: action.actorId, ...(comment !== undefined ? { comment } : {}) });
  d.state.lastApproverIds = [];
  advanceRoute(d, graph, { from: start.id }, action.form ? { conditions: { ...d.env.conditions, form: action.form } } : {});
}

/**
 * 撤回: the applicant takes the request back, as long as no approver has acted on it since it was
 * (re)submitted ("before the next approver acts"), or while it waits on them after a return.
 * Reading a CC, being reminded, urged or given a comment does not count as acting.
 */
export function withdraw(d: InstanceDraft, action: Extract<FlowAction, { type: 'withdraw' }>): void {
  requireApplicant(d, action);
  if (d.state.awaitingApplicant !== true && approverActedSinceSubmission(d.state)) throw refuse.alreadyActed();
  const comment = text(action.comment);
  emit(d, { type: 'withdrawn', actorId: action.actorId, ...(comment !== undefined ? { comment } : {}) });
  finish(d, 'withdrawn');
}
