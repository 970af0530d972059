import type { Queryable } from '../../core/database.js';
import {
  forgetInTransaction,
  oncePerTransaction,
  rememberInTransaction,
} from '../../core/per-transaction.js';
import { tenantSettingsOf, type TenantSettings } from './tenant-lifecycle.js';

/**
 * What an action needs of the company row, read once per transaction in one statement (issue 15):
 * the two numbers the in-memory caches are checked against, and the settings (calendar, name).
 */
export interface TenantHead {
  /** moves with any change to the org (migration 0052) */
  orgVersion: string;
  /** moves with any change to templates, folders, grants or webhooks (migration 0055) */
  configVersion: string;
  settings: TenantSettings;
}

const key = (tenantId: string) => `tenant-head:${tenantId}`;

/** The head's columns under `head_` names, for a statement that joins `tenants` as `alias`. */
export const headColumns = (alias: string) =>
  `${alias}.org_version::text AS head_org_version, ${alias}.config_version::text AS head_config_version,
   ${alias}.name AS head_name, ${alias}.locale AS head_locale, ${alias}.settings AS head_settings`;

export interface HeadColumns {
  head_org_version: string;
  head_config_version: string;
  head_name: string;
  head_locale: 'zh' | 'en';
  head_settings: Partial<TenantSettings>;
}

const toHead = (r: HeadColumns): TenantHead => ({
  orgVersion: r.head_org_version,
  configVersion: r.head_config_version,
  settings: tenantSettingsOf({ name: r.head_name, locale: r.head_locale, settings: r.head_settings }),
});

export function tenantHead(tx: Queryable, tenantId: string): Promise<TenantHead | null> {
  return oncePerTransaction(tx, key(tenantId), async () => {
    const [r] = await tx.query<HeadColumns>(`SELECT ${headColumns('n')} FROM tenants n WHERE n.id = $1`, [
      tenantId,
    ]);
    return r ? toHead(r) : null;
  });
}

/**
 * For a statement that read the head along with what it was for (an approval reads its task's
 * request and the head in one join): the transaction's later tenantHead calls use it.
 */
export function primeTenantHead(tx: Queryable, tenantId: string, row: HeadColumns): void {
  rememberInTransaction(tx, key(tenantId), toHead(row));
}

/**
 * For a transaction that has just changed templates, folders, grants, webhooks or the settings:
 * its next read sees its own change (the triggers moved the number in this transaction).
 */
export function forgetTenantHead(tx: Queryable, tenantId: string): void {
  forgetInTransaction(tx, key(tenantId));
  // what was read through the head's numbers in this transaction (template-cache, webhooks)
  forgetInTransaction(tx, `template-access:${tenantId}`);
  forgetInTransaction(tx, `webhooks:${tenantId}`);
}
