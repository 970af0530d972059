import type { Queryable } from '../core/database.js';
import type { LocalizedText } from '../core/db-error.js';

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
  /** true: only urgent rows; false: only the others; absent: both */
  urgent?: boolean | undefined;
  /**
   * Keyset paging for `started` and `all` (newest first): only rows after this one in that order,
   * so a page boundary never repeats or skips a row when requests are added meanwhile.
   */
  after?: { createdAt: string; id: string } | undefined;
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
  task: {
    id: string;
    nodeName: LocalizedText;
    status: string;
    kind: string;
    createdAt: string;
    dueAt: string | null;
    card: string | null;
  } | null;
  /**
   * In the to-do box: this task was urged (催办) or carries a yellow or red card. Elsewhere: the
   * request is running and one of its open tasks was urged or carries a card.
   */
  urgent: boolean;
  /** where the request is now: the steps of its open tasks (empty once it is finished) */
  currentSteps: LocalizedText[];
  /** a finished request of another system, imported from a workbook (shown 已导入) */
  imported: boolean;
}

export interface InboxCounts {
  todo: number;
  done: number;
  cc: number;
  ccUnread: number;
  started: number;
}

const BOX_TASKS: Record<Exclude<InboxBox, 'started' | 'all'>, { kinds: string[]; statuses: string[] }> = {
  todo: { kinds: ['approve', 'handle'], statuses: ['pending'] },
  // every task the person acted on: a return, a hand-over or 已阅 is work done too
  done: {
    kinds: ['approve', 'handle'],
    statuses: ['approved', 'rejected', 'done', 'acknowledged', 'returned', 'transferred'],
  },
  cc: { kinds: ['notify'], statuses: ['unread', 'read'] },
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Open approve and handle tasks: the ones a card or an urge can be on, and the steps a request is at. */
const OPEN_TASK = `x.status = 'pending' AND x.kind IN ('approve', 'handle')`;
// the engine keeps the time of the last urge per task in the instance state (催办 is limited per task)
const urgedTask = (task: string) =>
  `(${task}.card IS NOT NULL OR (i.state->'lastUrgedAt'->>${task}.id) IS NOT NULL)`;
const URGENT_INSTANCE = `(i.status = 'running' AND EXISTS (SELECT 1 FROM tasks x
  WHERE x.tenant_id = i.tenant_id AND x.instance_id = i.id AND ${OPEN_TASK} AND ${urgedTask('x')}))`;

/**
 * The four boxes of the approval centre (to do / done / CC'd to me / started by me) with
 * search, filters and paging. One query per page, one count and one read of the page's open
 * steps, parameterised throughout.
 */
export async function searchInbox(
  tx: Queryable,
  tenantId: string,
  userId: string,
  f: InboxFilter,
): Promise<{ items: InboxItem[]; total: number }> {
  const params: unknown[] = [tenantId, userId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = ['i.tenant_id = $1'];
  let from = `instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
    JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id`;
  let taskCols =
    'NULL::text AS task_id, NULL::jsonb AS node_name, NULL::text AS task_status, NULL::text AS kind, NULL::timestamptz AS task_created_at, NULL::timestamptz AS due_at, NULL::text AS card';
  let order = 'i.created_at DESC, i.id';
  let urgent = URGENT_INSTANCE;
  if (f.box === 'started') {
    where.push('i.applicant_id = $2');
  } else if (f.box === 'all') {
    where.push('$2::text IS NOT NULL');
  } else {
    const box = BOX_TASKS[f.box];
    from = `tasks k JOIN ${from} ON i.tenant_id = k.tenant_id AND i.id = k.instance_id`;
    where.push(
      'k.tenant_id = $1',
      'k.assignee_id = $2',
      `k.kind = ANY(${p(box.kinds)}::text[])`,
      `k.status = ANY(${p(box.statuses)}::text[])`,
    );
    taskCols =
      'k.id AS task_id, k.node_name, k.status AS task_status, k.kind, k.created_at AS task_created_at, k.due_at, k.card';
    if (f.box === 'todo') {
      urgent = urgedTask('k');
      // red cards, then yellow, then urged, then by due time: what is most overdue is seen first
      order = `CASE WHEN k.card = 'red' THEN 0 WHEN k.card = 'yellow' THEN 1 WHEN ${urgent} THEN 2 ELSE 3 END, k.due_at ASC NULLS LAST, k.created_at DESC, k.id`;
    } else {
      order = 'coalesce(k.completed_at, k.created_at) DESC, k.id';
    }
  }
  if (f.q?.trim()) {
    const like = p(`%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(
      `(i.serial_no ILIKE ${like} OR u.name ILIKE ${like} OR t.title->>'zh' ILIKE ${like} OR t.title->>'en' ILIKE ${like})`,
    );
  }
  if (f.templateKey) where.push(`t.key = ${p(f.templateKey)}`);
  if (f.status) where.push(`i.status = ${p(f.status)}`);
  if (f.from) where.push(`i.created_at >= ${p(f.from)}`);
  if (f.to) where.push(`i.created_at < ${p(f.to)}`);
  if (f.urgent !== undefined) where.push(f.urgent ? urgent : `NOT ${urgent}`);
  if (f.after && (f.box === 'started' || f.box === 'all')) {
    const at = p(f.after.createdAt);
    where.push(`(i.created_at < ${at} OR (i.created_at = ${at} AND i.id > ${p(f.after.id)}))`);
  }
  const whereSql = where.join(' AND ');
  const countRows = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${from} WHERE ${whereSql}`,
    params,
  );
  const rows = await tx.query<{
    id: string;
    serial_no: string;
    key: string;
    title: LocalizedText;
    applicant_name: string;
    status: string;
    created_at: Date | string;
    finished_at: Date | string | null;
    task_id: string | null;
    node_name: LocalizedText | null;
    task_status: string | null;
    kind: string | null;
    task_created_at: Date | string | null;
    due_at: Date | string | null;
    card: string | null;
    urgent: boolean;
    imported: boolean;
  }>(
    `SELECT i.id, i.serial_no, t.key, t.title, u.name AS applicant_name, i.status, i.created_at, i.finished_at, ${taskCols}, ${urgent} AS urgent,
            i.imported_from IS NOT NULL AS imported
       FROM ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
    params,
  );
  const steps = await currentSteps(tx, tenantId, [...new Set(rows.map((r) => r.id))]);
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
          ? {
              id: r.task_id,
              nodeName: r.node_name,
              status: r.task_status,
              kind: r.kind,
              createdAt: new Date(r.task_created_at).toISOString(),
              dueAt: iso(r.due_at),
              card: r.card,
            }
          : null,
      urgent: r.urgent,
      currentSteps: steps.get(r.id) ?? [],
      imported: r.imported,
    })),
  };
}

/** Per request of a page, the distinct steps of its open tasks, in the order they were opened. */
async function currentSteps(
  tx: Queryable,
  tenantId: string,
  instanceIds: string[],
): Promise<Map<string, LocalizedText[]>> {
  const out = new Map<string, LocalizedText[]>();
  if (instanceIds.length === 0) return out;
  const rows = await tx.query<{ instance_id: string; node_id: string; node_name: LocalizedText }>(
    `SELECT x.instance_id, x.node_id, x.node_name FROM tasks x
      WHERE x.tenant_id = $1 AND x.instance_id = ANY($2::text[]) AND ${OPEN_TASK} ORDER BY x.created_at, x.id`,
    [tenantId, instanceIds],
  );
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.instance_id}\u0000${r.node_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(r.instance_id, [...(out.get(r.instance_id) ?? []), r.node_name]);
  }
  return out;
}

/** The numbers on the approval centre's tabs: each equals the total its box's search answers with no filter. */
export async function inboxCounts(tx: Queryable, tenantId: string, userId: string): Promise<InboxCounts> {
  const [tasks] = await tx.query<{ todo: number; done: number; cc: number; cc_unread: number }>(
    `SELECT count(*) FILTER (WHERE kind = ANY($3::text[]) AND status = ANY($4::text[]))::int AS todo,
            count(*) FILTER (WHERE kind = ANY($5::text[]) AND status = ANY($6::text[]))::int AS done,
            count(*) FILTER (WHERE kind = ANY($7::text[]) AND status = ANY($8::text[]))::int AS cc,
            count(*) FILTER (WHERE kind = ANY($7::text[]) AND status = 'unread')::int AS cc_unread
       FROM tasks WHERE tenant_id = $1 AND assignee_id = $2`,
    [
      tenantId,
      userId,
      BOX_TASKS.todo.kinds,
      BOX_TASKS.todo.statuses,
      BOX_TASKS.done.kinds,
      BOX_TASKS.done.statuses,
      BOX_TASKS.cc.kinds,
      BOX_TASKS.cc.statuses,
    ],
  );
  const [started] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM instances WHERE tenant_id = $1 AND applicant_id = $2',
    [tenantId, userId],
  );
  return {
    todo: tasks?.todo ?? 0,
    done: tasks?.done ?? 0,
    cc: tasks?.cc ?? 0,
    ccUnread: tasks?.cc_unread ?? 0,
    started: started?.n ?? 0,
  };
}
