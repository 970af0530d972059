import type { Queryable } from './database.js';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertSession(
  tx: Queryable,
  tenantId: string,
  s: { id: string; userId: string; tokenHash: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await tx.query(
    'INSERT INTO sessions (tenant_id, id, user_id, token_hash, csrf_token, expires_at) VALUES ($1,$2,$3,$4,$5,$6)',
    [tenantId, s.id, s.userId, s.tokenHash, s.csrfToken, s.expiresAt.toISOString()],
  );
}

/** A live session for this token, touching its last-seen time; expired ones are not returned. */
export async function findLiveSession(tx: Queryable, tenantId: string, tokenHash: string, now: Date): Promise<SessionRow | null> {
  const rows = await tx.query<{ id: string; user_id: string; csrf_token: string; expires_at: Date | string }>(
    `UPDATE sessions SET last_seen_at = $3
      WHERE tenant_id = $1 AND token_hash = $2 AND expires_at > $3
      RETURNING id, user_id, csrf_token, expires_at`,
    [tenantId, tokenHash, now.toISOString()],
  );
  const r = rows[0];
  return r ? { id: r.id, userId: r.user_id, csrfToken: r.csrf_token, expiresAt: new Date(r.expires_at) } : null;
}

export async function deleteSession(tx: Queryable, tenantId: string, tokenHash: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE tenant_id = $1 AND token_hash = $2', [tenantId, tokenHash]);
}
