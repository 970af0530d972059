import type { OrgIndex } from './org-index.js';
import type { DelegatedUser } from './resolution.js';

/**
 * 委托: while A is away, A's new tasks go to B. One hop only, so that two people delegating to each
 * other cannot bounce a task forever; a delegate who has left is ignored and A keeps the task.
 * Instants are parsed rather than compared as text so that a date-only bound ('2026-12-01') and
 * a full instant from the database mean the same thing.
 */
export function applyDelegation(
  ix: OrgIndex,
  userIds: readonly string[],
  ctx: { now: string; templateKey?: string },
): { userIds: string[]; delegated: DelegatedUser[] } {
  const now = Date.parse(ctx.now);
  const out: string[] = [];
  const delegated: DelegatedUser[] = [];
  for (const id of userIds) {
    const d = ix.org.delegations.find(
      (x) =>
        x.fromUserId === id &&
        Date.parse(x.from) <= now &&
        now <= Date.parse(x.to) &&
        (x.templateKeys.length === 0 || (ctx.templateKey !== undefined && x.templateKeys.includes(ctx.templateKey))) &&
        ix.user.get(x.toUserId)?.active === true,
    );
    const target = d ? d.toUserId : id;
    if (d) delegated.push({ fromUserId: id, toUserId: d.toUserId });
    if (!out.includes(target)) out.push(target);
  }
  return { userIds: out, delegated };
}
