import type { Department, OrgSnapshot, OrgUser } from '@signoff/org';
import type { Queryable } from '../../core/database.js';

/** userId → login for the tenant: the snapshot leaves logins out, an import matches users by them. */
export async function loadUserLogins(tx: Queryable, tenantId: string): Promise<Record<string, string>> {
  const rows = await tx.query<{ id: string; login: string }>(
    'SELECT id, login FROM users WHERE tenant_id = $1 ORDER BY id',
    [tenantId],
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.login]));
}

export interface OrgImportWrite {
  /** the org as loaded before planning */
  before: OrgSnapshot;
  /** the planned org (checked by the planner and `validateOrg`) */
  after: OrgSnapshot;
  /** userId → login, for the new users */
  logins: Record<string, string>;
  /** the leave date of users the import deactivates */
  now: Date;
}

export interface OrgImportWritten {
  /** users whose sessions were ended because the import marked them as left */
  deactivatedUserIds: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

const departmentRowChanged = (a: Department, b: Department) =>
  a.name !== b.name ||
  (a.code ?? null) !== (b.code ?? null) ||
  a.parentId !== b.parentId ||
  a.order !== b.order ||
  !!a.virtual !== !!b.virtual;

const userRowChanged = (a: OrgUser, b: OrgUser) =>
  a.name !== b.name || a.departmentId !== b.departmentId || a.rankId !== b.rankId || a.active !== b.active;

/**
 * Writes what an import changed, as the difference between two snapshots: inserts and updates
 * only, never a delete of a department, position, rank or user. New users have no password and
 * must set one at first login; a user who became inactive gets a leave date and loses their
 * sessions. Runs inside the caller's transaction, in foreign-key order.
 */
export async function writeOrgImport(
  tx: Queryable,
  tenantId: string,
  change: OrgImportWrite,
): Promise<OrgImportWritten> {
  const { before, after, logins } = change;
  const now = change.now.toISOString();
  const oldRank = new Set(before.ranks.map((r) => r.id));
  const oldDept = new Map(before.departments.map((d) => [d.id, d]));
  const oldPos = new Map(before.positions.map((p) => [p.id, p]));
  const oldUser = new Map(before.users.map((u) => [u.id, u]));

  for (const r of after.ranks) {
    if (!oldRank.has(r.id))
      await tx.query('INSERT INTO ranks (tenant_id, id, name, sort) VALUES ($1,$2,$3,$4)', [
        tenantId,
        r.id,
        r.name,
        r.order,
      ]);
  }
  // new departments first without a parent, so that every parent exists when the tree is set
  for (const d of after.departments) {
    if (oldDept.has(d.id)) continue;
    await tx.query('INSERT INTO departments (tenant_id, id, name, sort) VALUES ($1,$2,$3,$4)', [
      tenantId,
      d.id,
      d.name,
      d.order,
    ]);
  }
  for (const d of after.departments) {
    const old = oldDept.get(d.id);
    if (old && !departmentRowChanged(old, d)) continue;
    await tx.query(
      'UPDATE departments SET name = $3, code = $4, parent_id = $5, sort = $6, virtual = $7 WHERE tenant_id = $1 AND id = $2',
      [tenantId, d.id, d.name, d.code ?? null, d.parentId, d.order, d.virtual ?? false],
    );
  }
  for (const p of after.positions) {
    const old = oldPos.get(p.id);
    if (!old) {
      await tx.query(
        'INSERT INTO positions (tenant_id, id, name, department_id, is_head) VALUES ($1,$2,$3,$4,$5)',
        [tenantId, p.id, p.name, p.departmentId, p.isHead],
      );
    } else if (old.isHead !== p.isHead || old.name !== p.name || old.departmentId !== p.departmentId) {
      await tx.query(
        'UPDATE positions SET name = $3, department_id = $4, is_head = $5 WHERE tenant_id = $1 AND id = $2',
        [tenantId, p.id, p.name, p.departmentId, p.isHead],
      );
    }
  }
  for (const d of after.departments) {
    if ((oldDept.get(d.id)?.headPositionId ?? null) === (d.headPositionId ?? null)) continue;
    await tx.query('UPDATE departments SET head_position_id = $3 WHERE tenant_id = $1 AND id = $2', [
      tenantId,
      d.id,
      d.headPositionId ?? null,
    ]);
  }

  const deactivatedUserIds: string[] = [];
  for (const u of after.users) {
    const old = oldUser.get(u.id);
    if (!old) {
      const login = logins[u.id];
      if (login === undefined) throw new Error(`no login for the new user ${u.id}`);
      await tx.query(
        `INSERT INTO users (tenant_id, id, login, name, department_id, rank_id, roles, active, left_at, password_hash, must_change_password)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,NULL,true)`,
        [tenantId, u.id, login, u.name, u.departmentId, u.rankId, u.roles, u.active, u.active ? null : now],
      );
    } else if (userRowChanged(old, u)) {
      await tx.query(
        `UPDATE users SET name = $3, department_id = $4, rank_id = $5, active = $6,
           left_at = CASE WHEN $6::boolean THEN NULL ELSE coalesce(left_at, $7::timestamptz) END
         WHERE tenant_id = $1 AND id = $2`,
        [tenantId, u.id, u.name, u.departmentId, u.rankId, u.active, now],
      );
      if (old.active && !u.active) {
        deactivatedUserIds.push(u.id);
        await tx.query('DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2', [tenantId, u.id]);
      }
    }
    if (!old || !sameSet(old.positionIds, u.positionIds)) {
      if (old)
        await tx.query('DELETE FROM user_positions WHERE tenant_id = $1 AND user_id = $2', [tenantId, u.id]);
      for (const pid of u.positionIds) {
        await tx.query('INSERT INTO user_positions (tenant_id, user_id, position_id) VALUES ($1,$2,$3)', [
          tenantId,
          u.id,
          pid,
        ]);
      }
    }
    if (!old || !sameSet(old.secondaryDepartmentIds, u.secondaryDepartmentIds)) {
      if (old)
        await tx.query('DELETE FROM user_departments WHERE tenant_id = $1 AND user_id = $2', [
          tenantId,
          u.id,
        ]);
      for (const did of u.secondaryDepartmentIds) {
        await tx.query('INSERT INTO user_departments (tenant_id, user_id, department_id) VALUES ($1,$2,$3)', [
          tenantId,
          u.id,
          did,
        ]);
      }
    }
  }
  return { deactivatedUserIds };
}
