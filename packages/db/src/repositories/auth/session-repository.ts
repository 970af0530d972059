import type { Queryable } from '../../core/database.js';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertSession(
  tx: Queryable,
  tenantId: string,
  s: { id: string; userId: string; tokenHash: string; csrfToken: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  // the app's clock, not the database's, so idle expiry is measured on one clock
  await tx.query(
    'INSERT INTO sessions (tenant_id, id, user_id, token_hash, csrf_token, expires_at, created_at, last_seen_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$7)',
    [
      tenantId,
      s.id,
      s.userId,
      s.tokenHash,
      s.csrfToken,
      s.expiresAt.toISOString(),
      s.createdAt.toISOString(),
    ],
  );
}

export interface LiveSession extends SessionRow {
  mustChangePassword: boolean;
  /** the user's standing as of this statement; always true, since a departed user's session is not returned */
  active: boolean;
  /** the user's roles as of this statement, so a demotion counts from the very next request */
  roles: string[];
}

/** How stale last_seen_at may grow before a lookup writes it again (issue 15). */
export const SESSION_TOUCH_MS = 60_000;

/**
 * A live session for this token, with its user's standing read in the same statement (the API
 * builds its viewer from it without another query). Not returned: sessions past their absolute
 * expiry, idle longer than `idleMs`, of a user who has left, or of a tenant not active.
 * The last-seen time is written at most once a SESSION_TOUCH_MS per session: writing it on every
 * request made each read a write, and a browser's parallel calls queue on the session row's lock.
 * Idle expiry is then exact to within that minute.
 */
export async function findLiveSession(
  tx: Queryable,
  tenantId: string,
  tokenHash: string,
  now: Date,
  idleMs = 2 * 3600_000,
): Promise<LiveSession | null> {
  const rows = await tx.query<{
    id: string;
    user_id: string;
    csrf_token: string;
    expires_at: Date | string;
    must_change_password: boolean;
    active: boolean;
    roles: string[];
  }>(
    `WITH live AS (
       SELECT s.id, s.user_id, s.csrf_token, s.expires_at, s.last_seen_at,
              u.must_change_password, u.active, u.roles
         FROM sessions s
         JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id AND u.active
         JOIN tenants t ON t.id = s.tenant_id AND t.status = 'active'
        WHERE s.tenant_id = $1 AND s.token_hash = $2 AND s.expires_at > $3 AND s.last_seen_at > $4
     ), touched AS (
       UPDATE sessions s SET last_seen_at = $3
         FROM live WHERE s.tenant_id = $1 AND s.id = live.id AND live.last_seen_at <= $5
     )
     SELECT id, user_id, csrf_token, expires_at, must_change_password, active, roles FROM live`,
    [
      tenantId,
      tokenHash,
      now.toISOString(),
      new Date(now.getTime() - idleMs).toISOString(),
      new Date(now.getTime() - SESSION_TOUCH_MS).toISOString(),
    ],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        expiresAt: new Date(r.expires_at),
        mustChangePassword: r.must_change_password,
        active: r.active,
        roles: r.roles,
      }
    : null;
}

export async function deleteSession(tx: Queryable, tenantId: string, tokenHash: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE tenant_id = $1 AND token_hash = $2', [tenantId, tokenHash]);
}
