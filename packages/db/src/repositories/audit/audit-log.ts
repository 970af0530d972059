import { createHash } from 'node:crypto';
import type { Queryable } from '../../core/database.js';

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

export function auditHash(prevHash: string, seq: number, e: AuditEntry): string {
  const at = new Date(e.at).toISOString();
  return createHash('sha256')
    .update(
      `${prevHash}\n${seq}\n${canonical({ at, actorId: e.actorId, action: e.action, subject: e.subject, data: e.data ?? {} })}`,
    )
    .digest('hex');
}

/**
 * Appends entries to the tenant's chain. A per-tenant transaction lock orders concurrent
 * appenders, so two requests never both extend the same previous hash.
 */
export async function appendAudit(
  tx: Queryable,
  tenantId: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('signoff-audit:' || $1))", [tenantId]);
  const last = await tx.query<{ seq: string | number; hash: string }>(
    'SELECT seq, hash FROM audit_log WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1',
    [tenantId],
  );
  let seq = Number(last[0]?.seq ?? 0);
  let prev = last[0]?.hash ?? AUDIT_GENESIS;
  for (const e of entries) {
    seq += 1;
    const hash = auditHash(prev, seq, e);
    await tx.query(
      `INSERT INTO audit_log (tenant_id, seq, at, actor_id, action, subject, data, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [tenantId, seq, e.at, e.actorId, e.action, e.subject, JSON.stringify(e.data ?? {}), prev, hash],
    );
    prev = hash;
  }
}

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; why: 'hash' | 'link' | 'gap' };

/** Recomputes the chain; names the first row that was changed, removed or inserted out of order. */
export async function verifyAudit(tx: Queryable, tenantId: string): Promise<AuditVerdict> {
  const rows = await tx.query<{
    seq: string | number;
    at: string | Date;
    actor_id: string | null;
    action: string;
    subject: string;
    data: Record<string, unknown>;
    prev_hash: string;
    hash: string;
  }>(
    'SELECT seq, at, actor_id, action, subject, data, prev_hash, hash FROM audit_log WHERE tenant_id = $1 ORDER BY seq',
    [tenantId],
  );
  let prev = AUDIT_GENESIS;
  let expected = 1;
  for (const r of rows) {
    const seq = Number(r.seq);
    if (seq !== expected) return { ok: false, entries: rows.length, brokenAt: expected, why: 'gap' };
    if (r.prev_hash !== prev) return { ok: false, entries: rows.length, brokenAt: seq, why: 'link' };
    const hash = auditHash(prev, seq, {
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      action: r.action,
      subject: r.subject,
      data: r.data,
    });
    if (hash !== r.hash) return { ok: false, entries: rows.length, brokenAt: seq, why: 'hash' };
    prev = r.hash;
    expected += 1;
  }
  return { ok: true, entries: rows.length };
}
