import type { Queryable } from '@signoff/db';
import { LOGIN_LOCKOUT } from '@signoff/db';
import { ACCOUNT_LOCK_FAILURES } from './login-delays.js';

/**
 * A failed login against the account-wide counter, locking only at ACCOUNT_LOCK_FAILURES in a
 * row (the db's recordLoginFailure locks at five, which stays for change-password guesses: only
 * a signed-in session can make those). Same columns, same reset on a right password.
 */
export async function recordAccountFailure(
  tx: Queryable,
  tenantId: string,
  userId: string,
  now: Date,
): Promise<Date | null> {
  const rows = await tx.query<{ locked_until: Date | string | null }>(
    `UPDATE users SET
       locked_until = CASE WHEN failed_logins + 1 >= $4 THEN $3::timestamptz ELSE locked_until END,
       failed_logins = CASE WHEN failed_logins + 1 >= $4 THEN 0 ELSE failed_logins + 1 END
     WHERE tenant_id = $1 AND id = $2 RETURNING locked_until`,
    [tenantId, userId, new Date(now.getTime() + LOGIN_LOCKOUT.lockMs).toISOString(), ACCOUNT_LOCK_FAILURES],
  );
  const until = rows[0]?.locked_until;
  return until && new Date(until) > now ? new Date(until) : null;
}
