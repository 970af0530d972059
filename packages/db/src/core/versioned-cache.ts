import type { Queryable } from './database.js';

interface Entry {
  version: string;
  value: unknown;
}

/** Companies a process keeps per cache at most; the least recently read goes first. */
const MAX_TENANTS = 500;

/**
 * A company's `value` kept by the process between transactions and reused while `version` (a
 * number the database moves in the same transaction as any change to what `load` reads) has not
 * moved: correct across server processes with no message between them. Lives in the Database's
 * memo (withTenant hands it on), so two databases in one process never share; without a memo,
 * `load` runs every time. The value is shared by every caller: none may change it.
 */
export async function throughVersionedCache<T>(
  tx: Queryable,
  cacheName: string,
  tenantId: string,
  version: string,
  load: () => Promise<T>,
): Promise<T> {
  const cache = tx.memo ? entriesOf(tx.memo, cacheName) : undefined;
  if (!cache) return load();
  const hit = cache.get(tenantId);
  if (hit?.version === version) {
    cache.delete(tenantId);
    cache.set(tenantId, hit);
    return hit.value as T;
  }
  const value = await load();
  cache.delete(tenantId);
  cache.set(tenantId, { version, value });
  while (cache.size > MAX_TENANTS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return value;
}

function entriesOf(memo: Map<string, unknown>, cacheName: string): Map<string, Entry> {
  const key = `versioned:${cacheName}`;
  let entries = memo.get(key) as Map<string, Entry> | undefined;
  if (!entries) {
    entries = new Map();
    memo.set(key, entries);
  }
  return entries;
}
