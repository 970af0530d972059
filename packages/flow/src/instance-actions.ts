import type { FlowAction } from './flow-action.js';
import { refuse, text } from './flow-refusal.js';
import { applicantOf, emit, finish, isOpen, notify, type InstanceDraft } from './instance-draft.js';
import type { Attachment } from './instance-state.js';
import { isInvolved } from './instance-facts.js';
import { requireRunning } from './task-checks.js';

const isAttachment = (a: unknown): a is Attachment =>
  typeof a === 'object' && a !== null && text((a as Attachment).id) !== undefined && typeof (a as Attachment).name === 'string';

/**
 * A comment (评论), with attachments, by anyone involved: the applicant, anyone who has or had a
 * task, the supervisor, an admin. Also on a finished request, since questions come afterwards.
 * It changes nothing but the timeline; the applicant and the people with open tasks are told.
 */
export function addComment(d: InstanceDraft, action: Extract<FlowAction, { type: 'comment' }>): void {
  const roles = action.actorRoles ?? {};
  if (roles.admin !== true && roles.supervisor !== true && !isInvolved(d.state, action.actorId)) throw refuse.notInvolved();
  const body = text(action.text);
  const attachments = Array.isArray(action.attachments) ? action.attachments.filter(isAttachment).map((a) => ({ id: a.id, name: a.name })) : [];
  if (body === undefined && attachments.length === 0) throw refuse.commentRequired();
  emit(d, {
    type: 'commented',
    actorId: action.actorId,
    ...(body !== undefined ? { comment: body } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  });
  const audience = [applicantOf(d.state), ...d.state.tasks.filter(isOpen).map((t) => t.assigneeId)].filter((u) => u !== action.actorId);
  notify(d, audience, 'comment');
}

/** An admin stops a running request (作废), with a reason; it ends as `cancelled`. */
export function cancelInstance(d: InstanceDraft, action: Extract<FlowAction, { type: 'cancel' }>): void {
  if (action.actorRoles?.admin !== true) throw refuse.notPermitted('cancel', 'admin');
  requireRunning(d);
  const reason = text(action.reason);
  if (reason === undefined) throw refuse.reasonRequired('cancel');
  emit(d, { type: 'cancelled', actorId: action.actorId, comment: reason });
  finish(d, 'cancelled');
}
