import type { OrgSnapshot } from '@signoff/org';
import type { Queryable } from '../../core/database.js';
import { oncePerTransaction } from '../../core/per-transaction.js';
import { throughVersionedCache } from '../../core/versioned-cache.js';
import { tenantHead } from '../tenants/tenant-head.js';
import { loadOrgSnapshot } from './org-repository.js';

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
  return oncePerTransaction(tx, `org:${tenantId}`, async () => {
    const head = tx.memo ? await tenantHead(tx, tenantId) : null;
    if (!head) return loadOrgSnapshot(tx, tenantId);
    return throughVersionedCache(tx, 'org-snapshots', tenantId, head.orgVersion, () =>
      loadOrgSnapshot(tx, tenantId),
    );
  });
}
