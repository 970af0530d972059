import { randomUUID } from 'node:crypto';
import type { Database } from '@signoff/db';
import type { ApiDeps } from './context.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { UnknownAccountLockout } from '../auth/unknown-account-lockout.js';

/** Production wiring: the real clock, random UUIDs, and login limits of 20 a minute per IP and 5 per account. */
export function createApiDeps(db: Database, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    db,
    clock: () => new Date(),
    newId: randomUUID,
    loginLimits: { byIp: new RateLimiter(20, 60_000), unknownAccounts: new UnknownAccountLockout() },
    ...overrides,
  };
}
