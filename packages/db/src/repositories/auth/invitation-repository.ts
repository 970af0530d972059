import type { Queryable } from '../../core/database.js';

export interface NewInvitation {
  id: string;
  /** sha256 of the one-time code: the code itself is shown once and never stored */
  codeHash: string;
  name: string;
  email: string | null;
  departmentId: string;
  rankId: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

export interface OpenInvitation {
  id: string;
  name: string;
  email: string | null;
  departmentId: string;
  rankId: string | null;
}

export async function insertInvitation(tx: Queryable, tenantId: string, i: NewInvitation): Promise<void> {
  await tx.query(
    `INSERT INTO invitations (tenant_id, id, code_hash, name, email, department_id, rank_id, created_by, created_at, expires_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [
      tenantId,
      i.id,
      i.codeHash,
      i.name,
      i.email,
      i.departmentId,
      i.rankId,
      i.createdBy,
      i.createdAt,
      i.expiresAt,
    ],
  );
}

/** An unused, unexpired invitation, locked until the transaction ends so a code works once. */
export async function lockOpenInvitation(
  tx: Queryable,
  tenantId: string,
  codeHash: string,
  now: Date,
): Promise<OpenInvitation | null> {
  const rows = await tx.query<{
    id: string;
    name: string;
    email: string | null;
    department_id: string;
    rank_id: string | null;
  }>(
    'SELECT id, name, email, department_id, rank_id FROM invitations WHERE tenant_id = $1 AND code_hash = $2 AND accepted_user_id IS NULL AND expires_at > $3 FOR UPDATE',
    [tenantId, codeHash, now.toISOString()],
  );
  const r = rows[0];
  return r
    ? { id: r.id, name: r.name, email: r.email, departmentId: r.department_id, rankId: r.rank_id }
    : null;
}

/**
 * The invitee's own account: they chose the password, so no change is required at first login,
 * and the invitation is spent.
 */
export async function acceptInvitationRow(
  tx: Queryable,
  tenantId: string,
  invitationId: string,
  userId: string,
): Promise<void> {
  await tx.query('UPDATE users SET must_change_password = false WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    userId,
  ]);
  await tx.query('UPDATE invitations SET accepted_user_id = $3 WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    invitationId,
    userId,
  ]);
}
