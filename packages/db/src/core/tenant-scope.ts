import type { Database, Queryable } from './database.js';
import { coalescingWrites, flushWrites } from './write-coalescing.js';

/**
 * Runs fn as the application role inside one transaction bound to a tenant. Both settings are
 * transaction-local, so a pooled connection never carries one request's tenant into the next.
 */
export function withTenant<T>(db: Database, tenantId: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const memo = memoOf(db);
  return db.transaction(async (tx) => {
    // one round trip for both (set_config('role') is SET LOCAL ROLE): every action pays it
    await tx.query("SELECT set_config('role', 'signoff_app', true), set_config('app.tenant_id', $1, true)", [
      tenantId,
    ]);
    const scoped = coalescingWrites({ ...tx, memo });
    const result = await fn(scoped);
    await flushWrites(scoped);
    return result;
  });
}

const memos = new WeakMap<Database, Map<string, unknown>>();

/**
 * The memo of one Database object: a second database (another test, another server) has its own.
 * For a transaction bound to a tenant some other way (the job loop) that should share the caches.
 */
export function memoOf(db: Database): Map<string, unknown> {
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  return memo;
}

/** Work before a tenant is known (login's tenant lookup): the app role with no tenant sees no tenant rows. */
export function withAppRole<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL ROLE signoff_app');
    return fn(tx);
  });
}

/** Platform work (creating tenants, seeding): runs as the schema owner. Never reachable from a tenant request. */
export function withPlatform<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
