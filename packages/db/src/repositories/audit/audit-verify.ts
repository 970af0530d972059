import type { Queryable } from '../../core/database.js';
import { AUDIT_GENESIS, storedAuditHash, type StoredAuditContent } from './audit-log.js';

/**
 * `entries`: the sealed rows, each proven (or the count read when a row fails); `unsealed`: rows
 * written but not chained yet (the sealer runs within seconds), which the chain cannot vouch for.
 * `brokenAt` is a chain position (`chain_pos`).
 */
export type AuditVerdict =
  | { ok: true; entries: number; unsealed: number }
  | { ok: false; entries: number; unsealed: number; brokenAt: number; why: 'hash' | 'link' | 'gap' };

type SealedRecord = StoredAuditContent & { chain_pos: string | number; prev_hash: string; hash: string };

/**
 * Recomputes the tenant's chain in `chain_pos` order; names the first sealed row that was changed,
 * removed or inserted out of order, and counts the rows not sealed yet.
 */
export async function verifyAudit(tx: Queryable, tenantId: string): Promise<AuditVerdict> {
  const [counted] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND chain_pos IS NULL',
    [tenantId],
  );
  const unsealed = counted?.n ?? 0;
  const rows = await tx.query<SealedRecord>(
    `SELECT chain_pos, at, actor_id, action, subject, data, prev_hash, hash FROM audit_log
      WHERE tenant_id = $1 AND chain_pos IS NOT NULL ORDER BY chain_pos`,
    [tenantId],
  );
  const entries = rows.length;
  let prev = AUDIT_GENESIS;
  let expected = 1;
  for (const r of rows) {
    const pos = Number(r.chain_pos);
    if (pos !== expected) return { ok: false, entries, unsealed, brokenAt: expected, why: 'gap' };
    if (r.prev_hash !== prev) return { ok: false, entries, unsealed, brokenAt: pos, why: 'link' };
    const hash = storedAuditHash(prev, pos, r);
    if (hash !== r.hash) return { ok: false, entries, unsealed, brokenAt: pos, why: 'hash' };
    prev = r.hash;
    expected += 1;
  }
  return { ok: true, entries, unsealed };
}
