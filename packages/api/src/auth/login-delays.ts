/** Misses an (account, address) pair gets before each further try waits, and the longest wait. */
export const LOGIN_DELAY = { freeFailures: 3, baseMs: 1000, maxMs: 5 * 60_000 } as const;

/**
 * Consecutive wrong passwords for one account that lock it for every address (issue 16 fix 11:
 * five locked `admin` for anyone; the first tier is now the per-address delay below).
 */
export const ACCOUNT_LOCK_FAILURES = 20;

/**
 * A growing wait per (account, address) after a few misses: 1, 2, 4, 8 … seconds, capped. It
 * slows one guesser without locking the account for everyone else. Keyed by the typed company
 * code and login, never by a user id, so a real and an unknown login wait alike (issue 16 fix 5).
 * In memory, per process, bounded; the account-wide lock that spans processes is in the database.
 */
export class LoginDelays {
  private readonly entries = new Map<string, { failures: number; until: number }>();

  constructor(
    private readonly freeFailures: number = LOGIN_DELAY.freeFailures,
    private readonly baseMs: number = LOGIN_DELAY.baseMs,
    private readonly maxMs: number = LOGIN_DELAY.maxMs,
    private readonly maxEntries = 50_000,
  ) {}

  /** Whole seconds this pair must still wait at `nowMs`, 0 when it may try. */
  waitSeconds(accountKey: string, ip: string, nowMs: number): number {
    const e = this.entries.get(pairKey(accountKey, ip));
    return e && e.until > nowMs ? Math.ceil((e.until - nowMs) / 1000) : 0;
  }

  /** Counts a miss for the pair and starts its next wait. */
  fail(accountKey: string, ip: string, nowMs: number): void {
    const key = pairKey(accountKey, ip);
    const e = this.entries.get(key) ?? { failures: 0, until: 0 };
    e.failures += 1;
    const over = e.failures - this.freeFailures;
    if (over >= 0) e.until = nowMs + Math.min(this.maxMs, this.baseMs * 2 ** Math.min(over, 30));
    this.entries.delete(key);
    this.entries.set(key, e);
    // insertion order is recency: the first keys are the least recently missed
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** A right password from this address forgets its misses. */
  clear(accountKey: string, ip: string): void {
    this.entries.delete(pairKey(accountKey, ip));
  }
}

const pairKey = (accountKey: string, ip: string) => `${accountKey}\u0000${ip}`;
