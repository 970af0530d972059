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
  /** the row's number as written: unique within the log, not the chain's order (gaps allowed) */
  seq: number;
  /** its place in the company's hash chain (1, 2, 3 …); null until the sealer has chained it */
  chainPos: number | null;
  at: string;
  actorId: string | null;
  action: string;
  subject: string;
  data: Record<string, unknown>;
  /** null until sealed */
  hash: string | null;
}

/**
 * A page of the tenant's audit trail, newest first in chain order; the action filter is a literal
 * prefix. Rows not sealed yet come after every sealed one in the chain, so on this newest-first
 * page they lead, in the order they were written.
 */
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
    chain_pos: string | number | null;
    at: string | Date;
    actor_id: string | null;
    action: string;
    subject: string;
    data: Record<string, unknown>;
    hash: string | null;
  }>(
    `SELECT seq, chain_pos, at, actor_id, action, subject, data, hash FROM audit_log WHERE tenant_id = $1 ${filter}
      ORDER BY chain_pos DESC NULLS FIRST, seq DESC LIMIT $2 OFFSET $3`,
    params,
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    chainPos: r.chain_pos === null ? null : Number(r.chain_pos),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    data: r.data,
    hash: r.hash,
  }));
}
