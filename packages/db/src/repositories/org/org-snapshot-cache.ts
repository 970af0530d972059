import type { OrgSnapshot } from '@signoff/org';
import type { Queryable } from '../../core/database.js';
import { oncePerTransaction } from '../../core/per-transaction.js';
import { loadOrgSnapshot } from './org-repository.js';

interface Entry {
  version: string;
  org: OrgSnapshot;
}

/** Companies whose org a process keeps at most; the least recently read goes first. */
const MAX_TENANTS = 500;
const KEY = 'org-snapshots';

/**
 * The company's org as loadOrgSnapshot reads it, kept by the process between transactions and
 * reused while `tenants.org_version` has not moved (issue 15: an action read the whole org, eight
 * queries over every person, up to three times). Any write to an org table moves that number in
 * its own transaction (migration 0052), so a change made through another server process is seen
 * on the next read. Only on a transaction withTenant opened (it carries the memo); elsewhere this
 * is loadOrgSnapshot. The snapshot is shared: callers must not change it, and a transaction that
 * changes the org reads it with loadOrgSnapshot.
 */
export function cachedOrgSnapshot(tx: Queryable, tenantId: string): Promise<OrgSnapshot> {
  // within one transaction, the org as it was first read: an action reads it from several places
  return oncePerTransaction(tx, `org:${tenantId}`, () => readThroughCache(tx, tenantId));
}

async function readThroughCache(tx: Queryable, tenantId: string): Promise<OrgSnapshot> {
  const cache = tx.memo ? entriesOf(tx.memo) : undefined;
  if (!cache) return loadOrgSnapshot(tx, tenantId);
  const [row] = await tx.query<{ v: string }>('SELECT org_version::text AS v FROM tenants WHERE id = $1', [
    tenantId,
  ]);
  if (!row) return loadOrgSnapshot(tx, tenantId);
  const hit = cache.get(tenantId);
  if (hit?.version === row.v) {
    cache.delete(tenantId);
    cache.set(tenantId, hit);
    return hit.org;
  }
  const org = await loadOrgSnapshot(tx, tenantId);
  cache.delete(tenantId);
  cache.set(tenantId, { version: row.v, org });
  while (cache.size > MAX_TENANTS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return org;
}

function entriesOf(memo: Map<string, unknown>): Map<string, Entry> {
  let entries = memo.get(KEY) as Map<string, Entry> | undefined;
  if (!entries) {
    entries = new Map();
    memo.set(KEY, entries);
  }
  return entries;
}
