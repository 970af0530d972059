import type { Queryable } from './database.js';

/** Work that must run one at a time per tenant (an import plans against the org as it finds it). */
export type TenantLockName = 'org-import' | 'history-import';

/**
 * Waits for the tenant's lock of that name and holds it until the transaction ends: two org imports
 * would plan the same new departments, two history imports would find the same serial numbers free.
 */
export async function lockTenantWork(tx: Queryable, name: TenantLockName, tenantId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('signoff.' || $1 || ':' || $2))", [name, tenantId]);
}
