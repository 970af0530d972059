import type { Queryable } from '../../core/database.js';
import { oncePerTransaction } from '../../core/per-transaction.js';
import { throughVersionedCache } from '../../core/versioned-cache.js';
import { tenantHead } from '../tenants/tenant-head.js';
import { listWebhooks, type WebhookRow } from './integration-repository.js';

/**
 * The company's webhooks, as listWebhooks reads them, kept by the process while
 * `tenants.config_version` has not moved (migration 0055): every event of every action asked
 * for them. Once per transaction; shared, never change it.
 */
export function cachedWebhooks(tx: Queryable, tenantId: string): Promise<readonly WebhookRow[]> {
  return oncePerTransaction(tx, `webhooks:${tenantId}`, async () => {
    const head = tx.memo ? await tenantHead(tx, tenantId) : null;
    if (!head) return listWebhooks(tx, tenantId);
    return throughVersionedCache(tx, 'webhooks', tenantId, head.configVersion, () =>
      listWebhooks(tx, tenantId),
    );
  });
}
