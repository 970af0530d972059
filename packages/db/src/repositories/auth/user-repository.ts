import type { Queryable } from '../../core/database.js';

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

export async function findUserByLogin(
  tx: Queryable,
  tenantId: string,
  login: string,
): Promise<UserAccount | null> {
  const rows = await tx.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM users WHERE tenant_id = $1 AND login = $2`,
    [tenantId, login],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function findUserById(tx: Queryable, tenantId: string, id: string): Promise<UserAccount | null> {
  const rows = await tx.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM users WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return rows[0] ? toAccount(rows[0]) : null;
}

/** id -> display name, for timelines and lists. */
export async function userNames(
  tx: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; name: string }>(
    'SELECT id, name FROM users WHERE tenant_id = $1 AND id = ANY($2::text[])',
    [tenantId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Consecutive wrong passwords that lock an account, and for how long. */
export const LOGIN_LOCKOUT = { failures: 5, lockMs: 15 * 60_000 } as const;

/**
 * Counts a failed password; the `failures`-th in a row (five by default: wrong current passwords
 * on change-password; a login passes its own, higher count) locks the account until
 * `now + lockMs` and starts the count again. Returns the lock's end when this failure set one.
 */
export async function recordLoginFailure(
  tx: Queryable,
  tenantId: string,
  userId: string,
  now: Date,
  {
    failures = LOGIN_LOCKOUT.failures,
    lockMs = LOGIN_LOCKOUT.lockMs,
  }: { failures?: number; lockMs?: number } = {},
): Promise<Date | null> {
  const rows = await tx.query<{ locked_until: Date | string | null }>(
    `UPDATE users SET
       locked_until = CASE WHEN failed_logins + 1 >= $4 THEN $3::timestamptz ELSE locked_until END,
       failed_logins = CASE WHEN failed_logins + 1 >= $4 THEN 0 ELSE failed_logins + 1 END
     WHERE tenant_id = $1 AND id = $2 RETURNING locked_until`,
    [tenantId, userId, new Date(now.getTime() + lockMs).toISOString(), failures],
  );
  const until = rows[0]?.locked_until;
  return until && new Date(until) > now ? new Date(until) : null;
}

/** When the account is locked at `now`, the lock's end; else null. */
export async function accountLockedUntil(
  tx: Queryable,
  tenantId: string,
  userId: string,
  now: Date,
): Promise<Date | null> {
  const rows = await tx.query<{ locked_until: Date | string | null }>(
    'SELECT locked_until FROM users WHERE tenant_id = $1 AND id = $2',
    [tenantId, userId],
  );
  const until = rows[0]?.locked_until;
  return until && new Date(until) > now ? new Date(until) : null;
}

export async function clearLoginFailures(tx: Queryable, tenantId: string, userId: string): Promise<void> {
  await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    userId,
  ]);
}

export async function setPassword(
  tx: Queryable,
  tenantId: string,
  userId: string,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  // the replaced hash goes to the history first, so "not one of the last five" can be checked
  await tx.query(
    `INSERT INTO password_history (tenant_id, user_id, password_hash)
       SELECT tenant_id, id, password_hash FROM users
        WHERE tenant_id = $1 AND id = $2 AND password_hash IS NOT NULL`,
    [tenantId, userId],
  );
  await tx.query(
    `DELETE FROM password_history WHERE tenant_id = $1 AND user_id = $2 AND id NOT IN (
       SELECT id FROM password_history WHERE tenant_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT $3)`,
    [tenantId, userId, PASSWORD_HISTORY_SIZE - 1],
  );
  await tx.query(
    'UPDATE users SET password_hash = $3, must_change_password = $4, failed_logins = 0, locked_until = NULL WHERE tenant_id = $1 AND id = $2',
    [tenantId, userId, passwordHash, mustChange],
  );
}

/** A new password may not be one of the user's last this many: the current one and those it replaced. */
export const PASSWORD_HISTORY_SIZE = 5;

/** The hashes of the passwords the current one replaced (PASSWORD_HISTORY_SIZE - 1 at most), newest first. */
export async function previousPasswordHashes(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<string[]> {
  const rows = await tx.query<{ password_hash: string }>(
    'SELECT password_hash FROM password_history WHERE tenant_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT $3',
    [tenantId, userId, PASSWORD_HISTORY_SIZE - 1],
  );
  return rows.map((r) => r.password_hash);
}
