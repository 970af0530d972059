import type { Queryable } from '../../core/database.js';

export interface AuditPageQuery {
  page: number;
  pageSize: number;
  /** an action name or its prefix ("auth." for every sign-in event) */
  action?: string | undefined;
  /** only what this person did */
  actorId?: string | undefined;
  /** entries at or after this instant (ISO) */
  from?: string | undefined;
  /** entries before this instant (ISO) */
  to?: string | undefined;
}

export interface AuditRow {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subject: string;
  data: Record<string, unknown>;
  hash: string;
}

/** A page of the tenant's audit trail, newest first; the action filter is a literal prefix. */
export async function listAuditPage(tx: Queryable, tenantId: string, q: AuditPageQuery): Promise<AuditRow[]> {
  const params: unknown[] = [tenantId, q.pageSize, (q.page - 1) * q.pageSize];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  // LIKE's own wildcards in the typed prefix are matched as themselves
  if (q.action) add((n) => `action LIKE ${n}`, `${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (q.actorId) add((n) => `actor_id = ${n}`, q.actorId);
  if (q.from) add((n) => `at >= ${n}`, q.from);
  if (q.to) add((n) => `at < ${n}`, q.to);
  const filter = where.map((w) => `AND ${w}`).join(' ');
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
