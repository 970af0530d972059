/** What one counted request learns: the `RateLimit-*` headers' values, and whether it is over. */
export interface RateLimitVerdict {
  limit: number;
  remaining: number;
  /** seconds until the window reopens */
  resetSeconds: number;
  allowed: boolean;
}

/**
 * A fixed window per API token, in memory: it protects one server process, and N processes
 * behind a balancer allow N times the limit (a shared limit would need the database or Redis).
 * Answers carry the IETF draft's separate headers `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds), and a refusal `Retry-After`.
 */
export class RestRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit = 600,
    readonly windowMs = 60_000,
  ) {}

  hit(key: string, nowMs: number): RateLimitVerdict {
    let w = this.windows.get(key);
    if (!w || nowMs - w.start >= this.windowMs) {
      w = { start: nowMs, count: 0 };
      this.windows.set(key, w);
      this.prune(nowMs);
    }
    w.count++;
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - w.count),
      resetSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - nowMs) / 1000)),
      allowed: w.count <= this.limit,
    };
  }

  private prune(nowMs: number): void {
    if (this.windows.size < 10_000) return;
    for (const [k, w] of this.windows) if (nowMs - w.start >= this.windowMs) this.windows.delete(k);
  }
}

export function rateLimitHeaders(v: RateLimitVerdict): Record<string, string> {
  return {
    'RateLimit-Limit': String(v.limit),
    'RateLimit-Remaining': String(v.remaining),
    'RateLimit-Reset': String(v.resetSeconds),
    ...(v.allowed ? {} : { 'Retry-After': String(v.resetSeconds) }),
  };
}
