import { loadOrgSnapshot, type Queryable } from '@signoff/db';
import { validateOrg, type OrgSnapshot } from '@signoff/org';
import { AppError, errors, type Localized } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { audit } from '../audit/audit.js';

// What every org edit shares: load the org, change it in memory, check the whole, write, audit.
export const DEPARTMENT = { zh: '部门', en: 'The department' };
export const POSITION = { zh: '岗位', en: 'The position' };
export const RANK = { zh: '职级', en: 'The rank' };
export const USER = { zh: '人员', en: 'The user' };
export const DELEGATION = { zh: '委托', en: 'The delegation' };

export const refused = (message: Localized) => new AppError('conflict', 'errors.orgRefused', message);

/**
 * Applies a change to the org in memory, checks the whole result with the pure `validateOrg`, and
 * only then writes. A refused change names every rule it breaks and writes nothing.
 */
export function checked(org: OrgSnapshot): void {
  const problems = validateOrg(org);
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    'errors.invalidOrg',
    { zh: problems.map((p) => p.message.zh).join('；'), en: problems.map((p) => p.message.en).join('; ') },
    problems.map((p) => ({ path: p.subject, message: p.message })),
  );
}

export function inTenant<T>(
  ctx: ServiceContext,
  fn: (tx: Queryable, org: OrgSnapshot) => Promise<T>,
  action?: string,
) {
  const { deps, session } = ctx;
  return ctx.tx(async (tx) => {
    const result = await fn(tx, await loadOrgSnapshot(tx, session.tenantId));
    if (action) {
      // what changed, minus secrets: a reset's one-time password never reaches the log
      const { temporaryPassword: _secret, ...data } = (
        typeof result === 'object' && result !== null ? result : { result }
      ) as Record<string, unknown>;
      await audit(tx, deps, session.tenantId, session.userId, action, `org:${session.tenantId}`, data);
    }
    return result;
  });
}

export const must = <T>(v: T | undefined, what: Localized): T => {
  if (v === undefined) throw errors.notFound(what);
  return v;
};

/** The record an edit names, or undefined for a new one; an id the tenant does not have is not found. */
export const existingOf = <T extends { id: string }>(
  list: readonly T[],
  id: string | undefined,
  what: Localized,
): T | undefined =>
  id === undefined
    ? undefined
    : must(
        list.find((x) => x.id === id),
        what,
      );
