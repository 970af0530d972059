import { findUserById, type Queryable } from '@signoff/db';

/** Who is calling, as every permission rule in the API sees it. */
export interface Viewer {
  userId: string;
  tenantId: string;
  /** false for a departed account (or one that no longer exists) */
  active: boolean;
  /** empty when not active, so no role outlives the person */
  roles: readonly string[];
  isAdmin: boolean;
}

/**
 * Reads the caller's roles from the database, never from the session, so that a demoted or
 * departed admin loses the right at once. The one place "is this a tenant admin" is decided.
 */
export async function loadViewer(tx: Queryable, tenantId: string, userId: string): Promise<Viewer> {
  const me = await findUserById(tx, tenantId, userId);
  const active = me?.active === true;
  const roles = active && me ? me.roles : [];
  return { userId, tenantId, active, roles, isAdmin: roles.includes('admin') };
}
