import { verifyAudit, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

export interface AuditPageInput {
  page: number;
  pageSize: number;
  /** an action name or its prefix ("auth." for every sign-in event) */
  action?: string | undefined;
}

/** A page of the tenant's audit trail, newest first. */
export async function listAuditLog(tx: Queryable, viewer: Viewer, input: AuditPageInput) {
  const params: unknown[] = [viewer.tenantId, input.pageSize, (input.page - 1) * input.pageSize];
  const filter = input.action ? `AND action LIKE $4` : '';
  if (input.action) params.push(`${input.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  // TODO(issue 13, db part): this read belongs in @signoff/db beside verifyAudit, so api holds no SQL
  const rows = await tx.query<{
    seq: string | number;
    at: string | Date;
    actor_id: string | null;
    action: string;
    subject: string;
    data: Record<string, unknown>;
    hash: string;
  }>(
    `SELECT seq, at, actor_id, action, subject, data, hash FROM audit_log WHERE tenant_id = $1 ${filter} ORDER BY seq DESC LIMIT $2 OFFSET $3`,
    params,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    data: r.data,
    hash: r.hash,
  }));
}

/** Recomputes the tenant's hash chain: whether any entry was altered, added or removed. */
export function verifyAuditLog(tx: Queryable, viewer: Viewer) {
  return verifyAudit(tx, viewer.tenantId);
}
