import type { Delegation, Department, OrgUser, Position, Rank, Supervision } from '@signoff/org';
import type { Queryable } from '../../core/database.js';

/**
 * Single-entity writes for the org admin screens. The service checks the whole org with the pure
 * `validateOrg` before calling these, so they stay plain upserts; the database's keys and foreign
 * keys remain the last line of defence.
 */

export async function saveDepartment(tx: Queryable, tenantId: string, d: Department): Promise<void> {
  await tx.query(
    `INSERT INTO departments (tenant_id, id, name, code, parent_id, sort, virtual, head_position_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, code = excluded.code, parent_id = excluded.parent_id,
       sort = excluded.sort, virtual = excluded.virtual, head_position_id = excluded.head_position_id`,
    [
      tenantId,
      d.id,
      d.name,
      d.code ?? null,
      d.parentId,
      d.order,
      d.virtual ?? false,
      d.headPositionId ?? null,
    ],
  );
}

export async function deleteDepartment(tx: Queryable, tenantId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM departments WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
}

export async function savePosition(tx: Queryable, tenantId: string, p: Position): Promise<void> {
  await tx.query(
    `INSERT INTO positions (tenant_id, id, name, department_id, is_head) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, department_id = excluded.department_id, is_head = excluded.is_head`,
    [tenantId, p.id, p.name, p.departmentId, p.isHead],
  );
}

export async function deletePosition(tx: Queryable, tenantId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM supervisions WHERE tenant_id = $1 AND position_id = $2', [tenantId, id]);
  await tx.query('DELETE FROM positions WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
}

export async function saveRank(tx: Queryable, tenantId: string, r: Rank): Promise<void> {
  await tx.query(
    `INSERT INTO ranks (tenant_id, id, name, sort) VALUES ($1,$2,$3,$4)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, sort = excluded.sort`,
    [tenantId, r.id, r.name, r.order],
  );
}

export async function deleteRank(tx: Queryable, tenantId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM ranks WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
}

/** One supervision row per leader position: setting it again replaces what they supervise. */
export async function saveSupervision(tx: Queryable, tenantId: string, s: Supervision): Promise<void> {
  await tx.query(
    `INSERT INTO supervisions (tenant_id, id, position_id, department_ids, categories) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (tenant_id, id) DO UPDATE SET department_ids = excluded.department_ids, categories = excluded.categories`,
    [tenantId, `sup-${s.positionId}`, s.positionId, s.departmentIds, s.categories],
  );
}

export async function deleteSupervision(tx: Queryable, tenantId: string, positionId: string): Promise<void> {
  await tx.query('DELETE FROM supervisions WHERE tenant_id = $1 AND position_id = $2', [
    tenantId,
    positionId,
  ]);
}

export interface UserWrite extends OrgUser {
  login: string;
  /** only for a new user; an existing user's password is never touched here */
  passwordHash?: string | null;
  leftAt?: string | null;
  /** undefined leaves the stored address as it is */
  email?: string | null;
}

export async function saveUser(tx: Queryable, tenantId: string, u: UserWrite): Promise<void> {
  await tx.query(
    `INSERT INTO users (tenant_id, id, login, name, department_id, rank_id, roles, active, left_at, password_hash, must_change_password)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,true)
     ON CONFLICT (tenant_id, id) DO UPDATE SET login = excluded.login, name = excluded.name, department_id = excluded.department_id,
       rank_id = excluded.rank_id, roles = excluded.roles, active = excluded.active, left_at = excluded.left_at`,
    [
      tenantId,
      u.id,
      u.login,
      u.name,
      u.departmentId,
      u.rankId,
      u.roles,
      u.active,
      u.leftAt ?? null,
      u.passwordHash ?? null,
    ],
  );
  if (u.email !== undefined)
    await tx.query('UPDATE users SET email = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, u.id, u.email]);
  await tx.query('DELETE FROM user_positions WHERE tenant_id = $1 AND user_id = $2', [tenantId, u.id]);
  for (const pid of u.positionIds) {
    await tx.query('INSERT INTO user_positions (tenant_id, user_id, position_id) VALUES ($1,$2,$3)', [
      tenantId,
      u.id,
      pid,
    ]);
  }
  await tx.query('DELETE FROM user_departments WHERE tenant_id = $1 AND user_id = $2', [tenantId, u.id]);
  for (const did of u.secondaryDepartmentIds) {
    await tx.query('INSERT INTO user_departments (tenant_id, user_id, department_id) VALUES ($1,$2,$3)', [
      tenantId,
      u.id,
      did,
    ]);
  }
}

/** Ends every session of a user (a leaver, or "log out everywhere"). */
export async function deleteUserSessions(tx: Queryable, tenantId: string, userId: string): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    'DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2 RETURNING id',
    [tenantId, userId],
  );
  return rows.length;
}

export interface DelegationRow extends Delegation {
  id: string;
}

export async function listDelegations(tx: Queryable, tenantId: string): Promise<DelegationRow[]> {
  const rows = await tx.query<{
    id: string;
    from_user_id: string;
    to_user_id: string;
    starts_at: string | Date;
    ends_at: string | Date;
    template_keys: string[];
  }>(
    'SELECT id, from_user_id, to_user_id, starts_at, ends_at, template_keys FROM delegations WHERE tenant_id = $1 ORDER BY starts_at, id',
    [tenantId],
  );
  return rows.map((d) => ({
    id: d.id,
    fromUserId: d.from_user_id,
    toUserId: d.to_user_id,
    from: new Date(d.starts_at).toISOString(),
    to: new Date(d.ends_at).toISOString(),
    templateKeys: d.template_keys,
  }));
}

export async function insertDelegation(tx: Queryable, tenantId: string, d: DelegationRow): Promise<void> {
  await tx.query(
    'INSERT INTO delegations (tenant_id, id, from_user_id, to_user_id, starts_at, ends_at, template_keys) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [tenantId, d.id, d.fromUserId, d.toUserId, d.from, d.to, d.templateKeys],
  );
}

export async function deleteDelegation(tx: Queryable, tenantId: string, id: string): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    'DELETE FROM delegations WHERE tenant_id = $1 AND id = $2 RETURNING id',
    [tenantId, id],
  );
  return rows.length;
}

export interface UserDirectoryEntry {
  id: string;
  login: string;
  leftAt: string | null;
  email: string | null;
  /** set after repeated wrong passwords; a past instant means the lock has run out */
  lockedUntil: string | null;
}

/** Logins and leave dates, which the resolver's snapshot leaves out. */
export async function userDirectory(tx: Queryable, tenantId: string): Promise<UserDirectoryEntry[]> {
  const rows = await tx.query<{
    id: string;
    login: string;
    left_at: string | Date | null;
    email: string | null;
    locked_until: string | Date | null;
  }>('SELECT id, login, left_at, email, locked_until FROM users WHERE tenant_id = $1 ORDER BY id', [
    tenantId,
  ]);
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    leftAt: r.left_at === null ? null : new Date(r.left_at).toISOString(),
    email: r.email,
    lockedUntil: r.locked_until === null ? null : new Date(r.locked_until).toISOString(),
  }));
}
