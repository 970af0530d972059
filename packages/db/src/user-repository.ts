import type { Queryable } from './database.js';

export interface UserAccount {
  id: string;
  login: string;
  name: string;
  roles: string[];
  active: boolean;
  passwordHash: string | null;
  mustChangePassword: boolean;
}

type AccountRow = {
  id: string;
  login: string;
  name: string;
  roles: string[];
  active: boolean;
  password_hash: string | null;
  must_change_password: boolean;
};

const toAccount = (r: AccountRow): UserAccount => ({
  id: r.id,
  login: r.login,
  name: r.name,
  roles: r.roles,
  active: r.active,
  passwordHash: r.password_hash,
  mustChangePassword: r.must_change_password,
});

const ACCOUNT_COLUMNS = 'id, login, name, roles, active, password_hash, must_change_password';

export async function findUserByLogin(tx: Queryable, tenantId: string, login: string): Promise<UserAccount | null> {
  const rows = await tx.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE tenant_id = $1 AND login = $2`, [
    tenantId,
    login,
  ]);
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function findUserById(tx: Queryable, tenantId: string, id: string): Promise<UserAccount | null> {
  const rows = await tx.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
  ]);
  return rows[0] ? toAccount(rows[0]) : null;
}

/** id -> display name, for timelines and lists. */
export async function userNames(tx: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    'SELECT id, name FROM users WHERE tenant_id = $1 AND id = ANY($2::text[])',
    [tenantId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
