import type { OrgSnapshot, OrgUser } from '@signoff/org';
import type { Queryable } from '../../core/database.js';

export interface UserSeed extends OrgUser {
  login: string;
  passwordHash: string | null;
  mustChangePassword?: boolean;
}

/** Writes a whole org in dependency order (used by seeding and, later, import). */
export async function insertOrg(
  tx: Queryable,
  tenantId: string,
  org: Omit<OrgSnapshot, 'users' | 'delegations' | 'adminUserIds'>,
  users: UserSeed[],
): Promise<void> {
  // parents first, so the tree's foreign key holds at every insert
  const byDepth = [...org.departments].sort(
    (a, b) => depth(org.departments, a.id) - depth(org.departments, b.id),
  );
  for (const d of byDepth) {
    await tx.query(
      'INSERT INTO departments (tenant_id, id, name, code, parent_id, sort, virtual) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [tenantId, d.id, d.name, d.code ?? null, d.parentId, d.order, d.virtual ?? false],
    );
  }
  for (const r of org.ranks) {
    await tx.query('INSERT INTO ranks (tenant_id, id, name, sort) VALUES ($1,$2,$3,$4)', [
      tenantId,
      r.id,
      r.name,
      r.order,
    ]);
  }
  for (const p of org.positions) {
    await tx.query(
      'INSERT INTO positions (tenant_id, id, name, department_id, is_head) VALUES ($1,$2,$3,$4,$5)',
      [tenantId, p.id, p.name, p.departmentId, p.isHead],
    );
  }
  for (const d of org.departments) {
    if (d.headPositionId) {
      await tx.query('UPDATE departments SET head_position_id = $3 WHERE tenant_id = $1 AND id = $2', [
        tenantId,
        d.id,
        d.headPositionId,
      ]);
    }
  }
  for (const u of users) {
    await tx.query(
      `INSERT INTO users (tenant_id, id, login, name, department_id, rank_id, roles, active, password_hash, must_change_password)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
      [
        tenantId,
        u.id,
        u.login,
        u.name,
        u.departmentId,
        u.rankId,
        u.roles,
        u.active,
        u.passwordHash,
        u.mustChangePassword ?? false,
      ],
    );
    for (const pid of u.positionIds) {
      await tx.query('INSERT INTO user_positions (tenant_id, user_id, position_id) VALUES ($1,$2,$3)', [
        tenantId,
        u.id,
        pid,
      ]);
    }
    for (const did of u.secondaryDepartmentIds) {
      await tx.query('INSERT INTO user_departments (tenant_id, user_id, department_id) VALUES ($1,$2,$3)', [
        tenantId,
        u.id,
        did,
      ]);
    }
  }
  for (const s of org.supervisions) {
    await tx.query(
      'INSERT INTO supervisions (tenant_id, id, position_id, department_ids, categories) VALUES ($1,$2,$3,$4,$5)',
      [tenantId, `sup-${s.positionId}`, s.positionId, s.departmentIds, s.categories],
    );
  }
}

function depth(departments: OrgSnapshot['departments'], id: string): number {
  let n = 0;
  let current = departments.find((d) => d.id === id);
  while (current?.parentId && n < departments.length) {
    const parentId = current.parentId;
    current = departments.find((d) => d.id === parentId);
    n++;
  }
  return n;
}

/** Loads the tenant's org as the pure resolver wants it: one read per table, no N+1. */
export async function loadOrgSnapshot(tx: Queryable, tenantId: string): Promise<OrgSnapshot> {
  const [departments, ranks, positions, users, userPositions, userDepartments, supervisions, delegations] =
    await Promise.all([
      tx.query<{
        id: string;
        name: string;
        code: string | null;
        parent_id: string | null;
        sort: number;
        virtual: boolean;
        head_position_id: string | null;
      }>(
        'SELECT id, name, code, parent_id, sort, virtual, head_position_id FROM departments WHERE tenant_id = $1 ORDER BY sort, id',
        [tenantId],
      ),
      tx.query<{ id: string; name: string; sort: number }>(
        'SELECT id, name, sort FROM ranks WHERE tenant_id = $1 ORDER BY sort',
        [tenantId],
      ),
      tx.query<{ id: string; name: string; department_id: string; is_head: boolean }>(
        'SELECT id, name, department_id, is_head FROM positions WHERE tenant_id = $1 ORDER BY id',
        [tenantId],
      ),
      tx.query<{
        id: string;
        name: string;
        department_id: string;
        rank_id: string | null;
        roles: string[];
        active: boolean;
      }>(
        'SELECT id, name, department_id, rank_id, roles, active FROM users WHERE tenant_id = $1 ORDER BY id',
        [tenantId],
      ),
      tx.query<{ user_id: string; position_id: string }>(
        'SELECT user_id, position_id FROM user_positions WHERE tenant_id = $1',
        [tenantId],
      ),
      tx.query<{ user_id: string; department_id: string }>(
        'SELECT user_id, department_id FROM user_departments WHERE tenant_id = $1',
        [tenantId],
      ),
      tx.query<{ position_id: string; department_ids: string[]; categories: string[] }>(
        'SELECT position_id, department_ids, categories FROM supervisions WHERE tenant_id = $1 ORDER BY id',
        [tenantId],
      ),
      // All of them: the resolver checks each window against the request's own clock.
      tx.query<{
        from_user_id: string;
        to_user_id: string;
        starts_at: string | Date;
        ends_at: string | Date;
        template_keys: string[];
      }>(
        'SELECT from_user_id, to_user_id, starts_at, ends_at, template_keys FROM delegations WHERE tenant_id = $1 ORDER BY starts_at, id',
        [tenantId],
      ),
    ]);
  const group = <R, K extends keyof R>(rows: R[], key: K, value: keyof R) => {
    const map = new Map<R[K], string[]>();
    for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r[value] as string]);
    return map;
  };
  const positionsOf = group(userPositions, 'user_id', 'position_id');
  const departmentsOf = group(userDepartments, 'user_id', 'department_id');
  return {
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      parentId: d.parent_id,
      order: d.sort,
      ...(d.code ? { code: d.code } : {}),
      ...(d.virtual ? { virtual: true } : {}),
      ...(d.head_position_id ? { headPositionId: d.head_position_id } : {}),
    })),
    ranks: ranks.map((r) => ({ id: r.id, name: r.name, order: r.sort })),
    positions: positions.map((p) => ({
      id: p.id,
      name: p.name,
      departmentId: p.department_id,
      isHead: p.is_head,
    })),
    users: users.map((u) => ({
      id: u.id,
      name: u.name,
      departmentId: u.department_id,
      rankId: u.rank_id,
      roles: u.roles,
      active: u.active,
      positionIds: positionsOf.get(u.id) ?? [],
      secondaryDepartmentIds: departmentsOf.get(u.id) ?? [],
    })),
    supervisions: supervisions.map((s) => ({
      positionId: s.position_id,
      departmentIds: s.department_ids,
      categories: s.categories,
    })),
    delegations: delegations.map((d) => ({
      fromUserId: d.from_user_id,
      toUserId: d.to_user_id,
      from: new Date(d.starts_at).toISOString(),
      to: new Date(d.ends_at).toISOString(),
      templateKeys: d.template_keys,
    })),
    adminUserIds: users.filter((u) => u.active && u.roles.includes('admin')).map((u) => u.id),
  };
}
