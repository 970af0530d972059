import type { Database, Queryable } from '../../core/database.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import { AUDIT_GENESIS, storedAuditHash, type StoredAuditContent } from './audit-log.js';

/** Rows sealed per transaction: a burst's backlog is sealed in short steps, never one long lock. */
export const SEAL_BATCH = 1000;

type UnsealedRecord = StoredAuditContent & { seq: string | number };

/**
 * Seals up to `limit` of the tenant's committed, unsealed rows, in `seq` order, onto the end of
 * its chain; returns how many. Runs inside a tenant's transaction (the app role). The advisory
 * lock is the sealer's alone (writers never take it) and is held only by this transaction, so
 * two server processes sealing at once take turns, and the second one, reading after the first
 * has committed, chains onto what the first sealed: no position is given twice. A writer still
 * in flight is invisible here; its row is sealed by a later pass, after rows that committed
 * first: the chain's order is the order rows became visible, which `chain_pos` records.
 */
export async function sealTenantAudit(tx: Queryable, tenantId: string, limit = SEAL_BATCH): Promise<number> {
  // the schema is part of the key: test schemas on one server each have a tenant `ta`
  await tx.query(
    "SELECT pg_advisory_xact_lock(hashtext('signoff-audit-seal:' || current_schema() || ':' || $1))",
    [tenantId],
  );
  const [last] = await tx.query<{ chain_pos: string | number; hash: string }>(
    `SELECT chain_pos, hash FROM audit_log WHERE tenant_id = $1 AND chain_pos IS NOT NULL
      ORDER BY chain_pos DESC LIMIT 1`,
    [tenantId],
  );
  const rows = await tx.query<UnsealedRecord>(
    `SELECT seq::text AS seq, at, actor_id, action, subject, data FROM audit_log
      WHERE tenant_id = $1 AND chain_pos IS NULL ORDER BY seq LIMIT $2`,
    [tenantId, limit],
  );
  if (rows.length === 0) return 0;
  let pos = Number(last?.chain_pos ?? 0);
  let prev = last?.hash ?? AUDIT_GENESIS;
  const seqs: string[] = [];
  const positions: number[] = [];
  const prevs: string[] = [];
  const hashes: string[] = [];
  for (const r of rows) {
    pos += 1;
    // what is hashed is what is stored, read back the way verifyAudit reads it
    const hash = storedAuditHash(prev, pos, r);
    seqs.push(String(r.seq));
    positions.push(pos);
    prevs.push(prev);
    hashes.push(hash);
    prev = hash;
  }
  await tx.query(
    `UPDATE audit_log a SET chain_pos = u.pos, prev_hash = u.prev, hash = u.hash
       FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[]) AS u(seq, pos, prev, hash)
      WHERE a.tenant_id = $1 AND a.seq = u.seq AND a.chain_pos IS NULL`,
    [tenantId, seqs, positions, prevs, hashes],
  );
  return rows.length;
}

/**
 * One pass of the sealer over every company with unsealed rows, as the job loop runs it: each
 * company in its own short transactions (the app role, scoped to it) until none is left or
 * `maxBatches` were sealed. Returns the rows sealed.
 */
export async function sealAuditChains(db: Database, options: { maxBatches?: number } = {}): Promise<number> {
  const tenants = await withPlatform(db, (tx) =>
    tx.query<{ tenant_id: string }>('SELECT DISTINCT tenant_id FROM audit_log WHERE chain_pos IS NULL'),
  );
  let batches = options.maxBatches ?? 100;
  let sealed = 0;
  for (const { tenant_id: tenantId } of tenants) {
    while (batches > 0) {
      batches -= 1;
      const n = await withTenant(db, tenantId, (tx) => sealTenantAudit(tx, tenantId));
      sealed += n;
      if (n < SEAL_BATCH) break;
    }
  }
  return sealed;
}
