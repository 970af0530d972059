import { appendAudit, type Queryable } from '@signoff/db';
import type { ApiDeps } from '../trpc/context.js';

/**
 * One line in the tenant's hash-chained audit log, written in the same transaction as the change
 * it records: a change without its audit line (or the reverse) cannot commit. One INSERT, no lock;
 * the job loop chains it shortly after the commit (docs/runtime.md, "Audit").
 */
export function audit(
  tx: Queryable,
  deps: Pick<ApiDeps, 'clock'>,
  tenantId: string,
  actorId: string | null,
  action: string,
  subject: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(tx, tenantId, [{ at: deps.clock().toISOString(), actorId, action, subject, data }]);
}
