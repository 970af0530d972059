import { LOGIN_LOCKOUT } from '@signoff/db';
import { ACCOUNT_LOCK_FAILURES } from './login-delays.js';

/**
 * The account-wide lockout of login (recordLoginFailure at ACCOUNT_LOCK_FAILURES), played for logins that do not exist: the same count of misses locks
 * the same length of time, so a locked real account and a probed unknown one answer alike
 * (issue 16: "accountLocked" for one and "tooManyLogins" for the other told which logins exist).
 * In memory, per process, bounded: there is no row to keep it in.
 */
export class UnknownAccountLockout {
  private readonly entries = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(
    private readonly failures: number = ACCOUNT_LOCK_FAILURES,
    private readonly lockMs: number = LOGIN_LOCKOUT.lockMs,
    private readonly maxEntries = 50_000,
  ) {}

  /** The lock's end when the key is locked at `nowMs`, else null. */
  lockedUntil(key: string, nowMs: number): Date | null {
    const e = this.entries.get(key);
    return e && e.lockedUntil > nowMs ? new Date(e.lockedUntil) : null;
  }

  /** Counts a miss; returns the lock's end when this miss set one (as recordLoginFailure does). */
  fail(key: string, nowMs: number): Date | null {
    const e = this.entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    e.failures += 1;
    let locked: Date | null = null;
    if (e.failures >= this.failures) {
      e.failures = 0;
      e.lockedUntil = nowMs + this.lockMs;
      locked = new Date(e.lockedUntil);
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    // Map keeps insertion order, and fail() re-inserts: the first keys are the least recently missed
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return locked;
  }
}
