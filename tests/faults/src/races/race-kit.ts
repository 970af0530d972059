import type postgres from 'postgres';
import type { CallResult } from '../harness/http-session.js';

/**
 * What a race's loser may answer: a typed refusal, never a 500. `conflict` is the version check
 * (or a closed task); the others are the engine's documented refusals when the loser's
 * transaction already saw the winner's commit (e.g. 'already_acted' for a withdraw too late).
 */
export interface Outcome {
  ok: boolean;
  status: number;
  /** appError.code of a refusal, or the per-item code of a batch */
  code?: string | undefined;
  messageKey?: string | undefined;
}

export function outcomeOf(r: CallResult<unknown>): Outcome {
  if (r.ok) return { ok: true, status: r.status };
  return {
    ok: false,
    status: r.status,
    code: r.error?.data?.appError?.code,
    messageKey: r.error?.data?.appError?.messageKey,
  };
}

/** Counts every loser's answer by status and code, for the figures. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(o: Outcome): void {
    const key = o.ok ? `ok ${o.status}` : `${o.status} ${o.code ?? '?'} ${o.messageKey ?? ''}`.trim();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  toString(): string {
    return [...this.counts.entries()].map(([k, n]) => `${k}: ${n}`).join(', ');
  }
}

/** Both calls leave at the same moment: neither waits for the other's answer. */
export function fireTogether<A, B>(a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  return Promise.all([a(), b()]);
}

/** How many events of `type` the request's state holds (the engine's record of effects). */
export async function eventCount(sql: postgres.Sql, instanceId: string, type: string): Promise<number> {
  const rows = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM instances i, jsonb_array_elements(i.state->'events') e
    WHERE i.id = ${instanceId} AND e->>'type' = ${type}`;
  return rows[0]?.n ?? 0;
}

/** Audit rows written for one request and action (only committed transactions leave one). */
export async function auditCount(sql: postgres.Sql, instanceId: string, action: string): Promise<number> {
  const rows = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM audit_log WHERE subject = ${`instance:${instanceId}`} AND action = ${action}`;
  return rows[0]?.n ?? 0;
}

export async function instanceStatus(sql: postgres.Sql, instanceId: string): Promise<string | undefined> {
  const rows = await sql<{ status: string }[]>`SELECT status FROM instances WHERE id = ${instanceId}`;
  return rows[0]?.status;
}

/** The mirror table's tasks of a request, by status (pending, approved, cancelled …). */
export async function taskStatuses(sql: postgres.Sql, instanceId: string): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: number }[]>`
    SELECT status, count(*)::int AS n FROM tasks WHERE instance_id = ${instanceId} GROUP BY status`;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** A loser's answer is acceptable when typed and 4xx, and one of the codes the race may give. */
export function isTypedRefusal(o: Outcome, codes: readonly string[]): boolean {
  return !o.ok && o.status >= 400 && o.status < 500 && o.code !== undefined && codes.includes(o.code);
}
