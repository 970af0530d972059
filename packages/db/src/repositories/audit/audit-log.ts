import { createHash } from 'node:crypto';
import type { Queryable } from '../../core/database.js';
import { deferWrite } from '../../core/write-coalescing.js';

export interface AuditEntry {
  at: string;
  actorId: string | null;
  /** e.g. `instance.approve`, `org.saveUser`, `auth.login` */
  action: string;
  /** what it was done to, e.g. `instance:abc` */
  subject: string;
  data?: Record<string, unknown>;
}

export const AUDIT_GENESIS = '0'.repeat(64);

/** Key order fixed, so the same entry always hashes the same on every backend. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

/** The hash of the entry at chain position `chainPos` after the entry whose hash is `prevHash`. */
export function auditHash(prevHash: string, chainPos: number, e: AuditEntry): string {
  const at = new Date(e.at).toISOString();
  return createHash('sha256')
    .update(
      `${prevHash}\n${chainPos}\n${canonical({ at, actorId: e.actorId, action: e.action, subject: e.subject, data: e.data ?? {} })}`,
    )
    .digest('hex');
}

/** An audit row's content columns as the table stores them. */
export interface StoredAuditContent {
  at: string | Date;
  actor_id: string | null;
  action: string;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * The hash of a stored row at chain position `pos` after `prevHash`: the one reading of a row
 * that the sealer writes and verifyAudit checks, so the two can never hash a row differently.
 */
export function storedAuditHash(prevHash: string, pos: number, r: StoredAuditContent): string {
  return auditHash(prevHash, pos, {
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    data: r.data,
  });
}

/**
 * Appends entries to the tenant's audit log in one statement, with no lock between writers: each
 * row takes its `seq` from a sequence and goes in unsealed; the job loop's sealer chains it once
 * this transaction has committed (audit-seal.ts). Entries of one call keep their order.
 */
export async function appendAudit(
  tx: Queryable,
  tenantId: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // with the transaction's next statement (write-coalescing.ts); the key keeps two appends of one
  // transaction in two statements, so their sequence numbers follow the order they were made in
  await deferWrite(
    tx,
    {
      text: `INSERT INTO audit_log (tenant_id, at, actor_id, action, subject, data)
     SELECT $1, e.at::timestamptz, e.actor_id, e.action, e.subject, e.data::jsonb
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
            WITH ORDINALITY AS e(at, actor_id, action, subject, data, n)
      ORDER BY e.n`,
      params: [
        tenantId,
        entries.map((e) => e.at),
        entries.map((e) => e.actorId),
        entries.map((e) => e.action),
        entries.map((e) => e.subject),
        entries.map((e) => JSON.stringify(e.data ?? {})),
      ],
    },
    [`audit:${tenantId}`],
  );
}
