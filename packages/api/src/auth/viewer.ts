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
 * The viewer from the user's standing as just read from the database (never from anything the
 * session stored at login), so that a demoted or departed admin loses the right at once. The one
 * place "is this a tenant admin" is decided.
 */
export function viewerOf(
  tenantId: string,
  userId: string,
  standing: { active: boolean; roles: readonly string[] } | null,
): Viewer {
  const active = standing?.active === true;
  const roles = active && standing ? standing.roles : [];
  return { userId, tenantId, active, roles, isAdmin: roles.includes('admin') };
}

/** Reads the caller's standing in its own query, for callers without a freshly resolved session. */
export async function loadViewer(tx: Queryable, tenantId: string, userId: string): Promise<Viewer> {
  return viewerOf(tenantId, userId, await findUserById(tx, tenantId, userId));
}
