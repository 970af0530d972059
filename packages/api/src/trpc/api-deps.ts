import { randomUUID } from 'node:crypto';
import type { Database } from '@signoff/db';
import type { ApiDeps } from './context.js';
import { createLoginLimits } from '../auth/login-limits.js';

/** Production wiring: the real clock, random UUIDs, and the login limits of createLoginLimits. */
export function createApiDeps(db: Database, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    db,
    clock: () => new Date(),
    newId: randomUUID,
    loginLimits: createLoginLimits(),
    ...overrides,
  };
}
