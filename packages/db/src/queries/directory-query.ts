import type { Queryable } from '../core/database.js';

/** A person as the user and department pickers show them. */
export interface DirectoryUser {
  id: string;
  name: string;
  login: string;
  /** the primary department's name */
  departmentName: string | null;
}

export interface DirectoryDepartment {
  id: string;
  name: string;
}

/** Everyone who may still be chosen: active, not left. A few narrow columns, one indexed scan. */
export async function activeDirectoryUsers(tx: Queryable, tenantId: string): Promise<DirectoryUser[]> {
  const rows = await tx.query<{ id: string; name: string; login: string; department_name: string | null }>(
    `SELECT u.id, u.name, u.login, d.name AS department_name FROM users u
       LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id
      WHERE u.tenant_id = $1 AND u.active AND u.left_at IS NULL`,
    [tenantId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, login: r.login, departmentName: r.department_name }));
}

/** The departments of the reporting line; virtual groups (应届大学生 …) route like departments but are not chosen in forms. */
export async function directoryDepartments(tx: Queryable, tenantId: string): Promise<DirectoryDepartment[]> {
  return tx.query<DirectoryDepartment>(
    'SELECT id, name FROM departments WHERE tenant_id = $1 AND NOT virtual',
    [tenantId],
  );
}

/**
 * Names of chosen ids, to show a form's value again: leavers included (a request filled last year
 * still names them), ids of other tenants or of no one simply absent.
 */
export async function lookupDirectoryUsers(
  tx: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<DirectoryUser[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<{ id: string; name: string; login: string; department_name: string | null }>(
    `SELECT u.id, u.name, u.login, d.name AS department_name FROM users u
       LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id
      WHERE u.tenant_id = $1 AND u.id = ANY($2::text[]) ORDER BY u.id`,
    [tenantId, [...new Set(ids)]],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, login: r.login, departmentName: r.department_name }));
}

export async function lookupDirectoryDepartments(
  tx: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<DirectoryDepartment[]> {
  if (ids.length === 0) return [];
  return tx.query<DirectoryDepartment>(
    'SELECT id, name FROM departments WHERE tenant_id = $1 AND id = ANY($2::text[]) ORDER BY id',
    [tenantId, [...new Set(ids)]],
  );
}
