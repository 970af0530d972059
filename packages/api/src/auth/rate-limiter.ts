/**
 * A fixed-window counter per key, in memory. It limits login attempts per IP and per account
 * in one process; lockout that survives restarts and spans processes lives in the database.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns 0 when allowed, else the seconds until the window reopens. */
  hit(key: string, nowMs: number): number {
    const w = this.windows.get(key);
    if (!w || nowMs - w.start >= this.windowMs) {
      this.windows.set(key, { start: nowMs, count: 1 });
      this.prune(nowMs);
      return 0;
    }
    w.count++;
    return w.count > this.limit ? Math.ceil((w.start + this.windowMs - nowMs) / 1000) : 0;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(nowMs: number): void {
    if (this.windows.size < 10_000) return;
    for (const [k, w] of this.windows) if (nowMs - w.start >= this.windowMs) this.windows.delete(k);
  }
}
