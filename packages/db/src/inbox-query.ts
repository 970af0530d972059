import type { Queryable } from './database.js';
import type { LocalizedText } from './db-error.js';

/** `all`: every request of the tenant (the integration API; never exposed to members) */
export type InboxBox = 'todo' | 'done' | 'cc' | 'started' | 'all';

export interface InboxFilter {
  box: InboxBox;
  /** matches the serial number, the applicant's name or the form title */
  q?: string | undefined;
  templateKey?: string | undefined;
  /** instance status: running, approved, rejected, withdrawn, cancelled */
  status?: string | undefined;
  /** submitted on or after / before, ISO instants */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export interface InboxItem {
  instanceId: string;
  serialNo: string;
  templateKey: string;
  templateTitle: LocalizedText;
  applicantName: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
  task: { id: string; nodeName: LocalizedText; status: string; kind: string; createdAt: string; dueAt: string | null; card: string | null } | null;
}

const BOX_TASKS: Record<Exclude<InboxBox, 'started' | 'all'>, { kinds: string[]; statuses: string[] }> = {
  todo: { kinds: ['approve', 'handle'], statuses: ['pending'] },
  done: { kinds: ['approve', 'handle'], statuses: ['approved', 'rejected', 'done'] },
  cc: { kinds: ['notify'], statuses: ['unread', 'read'] },
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The four boxes of the approval centre (to do / done / CC'd to me / started by me) with
 * search, filters and paging. One query per page plus one count, parameterised throughout.
 */
export async function searchInbox(tx: Queryable, tenantId: string, userId: string, f: InboxFilter): Promise<{ items: InboxItem[]; total: number }> {
  const params: unknown[] = [tenantId, userId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = ['i.tenant_id = $1'];
  let from = `instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
    JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id`;
  let taskCols = 'NULL::text AS task_id, NULL::jsonb AS node_name, NULL::text AS task_status, NULL::text AS kind, NULL::timestamptz AS task_created_at, NULL::timestamptz AS due_at, NULL::text AS card';
  let order = 'i.created_at DESC, i.id';
  if (f.box === 'started') {
    where.push('i.applicant_id = $2');
  } else if (f.box === 'all') {
    where.push('$2::text IS NOT NULL');
  } else {
    const box = BOX_TASKS[f.box];
    from = `tasks k JOIN ${from} ON i.tenant_id = k.tenant_id AND i.id = k.instance_id`;
    where.push('k.tenant_id = $1', 'k.assignee_id = $2', `k.kind = ANY(${p(box.kinds)}::text[])`, `k.status = ANY(${p(box.statuses)}::text[])`);
    taskCols = 'k.id AS task_id, k.node_name, k.status AS task_status, k.kind, k.created_at AS task_created_at, k.due_at, k.card';
    order = f.box === 'todo' ? 'k.due_at ASC NULLS LAST, k.created_at DESC, k.id' : 'coalesce(k.completed_at, k.created_at) DESC, k.id';
  }
  if (f.q?.trim()) {
    const like = p(`%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(i.serial_no ILIKE ${like} OR u.name ILIKE ${like} OR t.title->>'zh' ILIKE ${like} OR t.title->>'en' ILIKE ${like})`);
  }
  if (f.templateKey) where.push(`t.key = ${p(f.templateKey)}`);
  if (f.status) where.push(`i.status = ${p(f.status)}`);
  if (f.from) where.push(`i.created_at >= ${p(f.from)}`);
  if (f.to) where.push(`i.created_at < ${p(f.to)}`);
  const whereSql = where.join(' AND ');
  const countRows = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} WHERE ${whereSql}`, params);
  const rows = await tx.query<{
    id: string; serial_no: string; key: string; title: LocalizedText; applicant_name: string; status: string;
    created_at: Date | string; finished_at: Date | string | null; task_id: string | null; node_name: LocalizedText | null;
    task_status: string | null; kind: string | null; task_created_at: Date | string | null; due_at: Date | string | null; card: string | null;
  }>(
    `SELECT i.id, i.serial_no, t.key, t.title, u.name AS applicant_name, i.status, i.created_at, i.finished_at, ${taskCols}
       FROM ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
    params,
  );
  return {
    total: countRows[0]?.n ?? 0,
    items: rows.map((r) => ({
      instanceId: r.id,
      serialNo: r.serial_no,
      templateKey: r.key,
      templateTitle: r.title,
      applicantName: r.applicant_name,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      finishedAt: iso(r.finished_at),
      task:
        r.task_id && r.node_name && r.task_status && r.kind && r.task_created_at
          ? { id: r.task_id, nodeName: r.node_name, status: r.task_status, kind: r.kind, createdAt: new Date(r.task_created_at).toISOString(), dueAt: iso(r.due_at), card: r.card }
          : null,
    })),
  };
}
