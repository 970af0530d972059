import type { Queryable } from '../core/database.js';
import type { LocalizedText } from '../core/db-error.js';

export interface StatsRange {
  /** ISO instants; requests submitted in [from, to) */
  from: string;
  to: string;
}

export interface TemplateStats {
  templateKey: string;
  title: LocalizedText;
  submitted: number;
  finished: number;
  approved: number;
  rejected: number;
  running: number;
  /** mean hours from submission to the end, over finished requests */
  avgHours: number | null;
  /** 90th percentile of the same: what most people can expect at worst */
  p90Hours: number | null;
  /** share of approve/handle tasks that went past their time limit */
  overdueRate: number | null;
  /** approved with no return and no rejection on the way, over finished requests (seed 002: ≥ 85 %) */
  firstPassRate: number | null;
}

export interface StepStats {
  templateKey: string;
  nodeName: LocalizedText;
  tasks: number;
  open: number;
  overdue: number;
  avgHours: number | null;
  /** 90th percentile of the finished tasks' hours */
  p90Hours: number | null;
  maxHours: number | null;
}

/** Requests submitted per UTC day and form, for the chart of requests over time. */
export interface DayStats {
  day: string;
  templateKey: string;
  submitted: number;
}

export interface MonthStats {
  month: string;
  submitted: number;
  finished: number;
  activeUsers: number;
  /** successful logins that month, from the audit log */
  logins: number;
  /** the most used forms that month, busiest first */
  topTemplates: { templateKey: string; submitted: number }[];
}

const num = (v: unknown): number | null =>
  v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100;

/** Per form: volume, mean duration and first-pass rate (seed 002's targets are measured on these). */
export async function templateStats(
  tx: Queryable,
  tenantId: string,
  r: StatsRange,
  now = r.to,
): Promise<TemplateStats[]> {
  const rows = await tx.query<{
    key: string;
    title: LocalizedText;
    submitted: number;
    finished: number;
    approved: number;
    rejected: number;
    running: number;
    avg_hours: string | number | null;
    p90_hours: string | number | null;
    overdue_rate: number | null;
    first_pass: number;
  }>(
    `SELECT t.key, t.title,
            count(*)::int AS submitted,
            count(*) FILTER (WHERE i.finished_at IS NOT NULL)::int AS finished,
            count(*) FILTER (WHERE i.status = 'approved')::int AS approved,
            count(*) FILTER (WHERE i.status = 'rejected')::int AS rejected,
            count(*) FILTER (WHERE i.status = 'running')::int AS running,
            avg(extract(epoch FROM i.finished_at - i.created_at) / 3600) FILTER (WHERE i.finished_at IS NOT NULL) AS avg_hours,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i.finished_at - i.created_at) / 3600)
              FILTER (WHERE i.finished_at IS NOT NULL) AS p90_hours,
            (SELECT count(*) FILTER (WHERE k.card IS NOT NULL OR coalesce(k.completed_at, $4::timestamptz) > k.due_at)::float / nullif(count(*), 0)
               FROM tasks k JOIN instances i2 ON i2.tenant_id = k.tenant_id AND i2.id = k.instance_id
              WHERE k.tenant_id = $1 AND i2.template_id = t.id AND k.kind IN ('approve', 'handle') AND k.due_at IS NOT NULL
                AND i2.created_at >= $2 AND i2.created_at < $3) AS overdue_rate,
            count(*) FILTER (WHERE i.status = 'approved' AND NOT EXISTS (
              SELECT 1 FROM jsonb_array_elements(i.state->'events') e WHERE e->>'type' IN ('returned', 'rejected', 'resubmitted')
            ))::int AS first_pass
       FROM instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
      WHERE i.tenant_id = $1 AND i.created_at >= $2 AND i.created_at < $3
      GROUP BY t.id, t.key, t.title ORDER BY submitted DESC, t.key`,
    [tenantId, r.from, r.to, now],
  );
  return rows.map((x) => ({
    templateKey: x.key,
    title: x.title,
    submitted: x.submitted,
    finished: x.finished,
    approved: x.approved,
    rejected: x.rejected,
    running: x.running,
    avgHours: num(x.avg_hours),
    p90Hours: num(x.p90_hours),
    overdueRate: x.overdue_rate === null ? null : Math.round(Number(x.overdue_rate) * 1000) / 1000,
    firstPassRate: x.finished > 0 ? Math.round((x.first_pass / x.finished) * 1000) / 1000 : null,
  }));
}

/** Per step: how long people take and how much waits there; the slowest first (the bottlenecks). */
export async function stepStats(
  tx: Queryable,
  tenantId: string,
  r: StatsRange,
  now: string,
): Promise<StepStats[]> {
  const rows = await tx.query<{
    key: string;
    node_name: LocalizedText;
    tasks: number;
    open: number;
    overdue: number;
    avg_hours: string | number | null;
    p90_hours: string | number | null;
    max_hours: string | number | null;
  }>(
    `SELECT t.key, k.node_name,
            count(*)::int AS tasks,
            count(*) FILTER (WHERE k.status = 'pending')::int AS open,
            count(*) FILTER (WHERE k.status = 'pending' AND k.due_at < $4)::int AS overdue,
            avg(extract(epoch FROM k.completed_at - k.created_at) / 3600) FILTER (WHERE k.completed_at IS NOT NULL AND k.status IN ('approved','rejected','done')) AS avg_hours,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM k.completed_at - k.created_at) / 3600)
              FILTER (WHERE k.completed_at IS NOT NULL AND k.status IN ('approved','rejected','done')) AS p90_hours,
            max(extract(epoch FROM coalesce(k.completed_at, $4::timestamptz) - k.created_at) / 3600) AS max_hours
       FROM tasks k JOIN instances i ON i.tenant_id = k.tenant_id AND i.id = k.instance_id
       JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
      WHERE k.tenant_id = $1 AND k.kind IN ('approve', 'handle') AND i.created_at >= $2 AND i.created_at < $3
      GROUP BY t.key, k.node_id, k.node_name
      ORDER BY avg_hours DESC NULLS LAST, open DESC`,
    [tenantId, r.from, r.to, now],
  );
  return rows.map((x) => ({
    templateKey: x.key,
    nodeName: x.node_name,
    tasks: x.tasks,
    open: x.open,
    overdue: x.overdue,
    avgHours: num(x.avg_hours),
    p90Hours: num(x.p90_hours),
    maxHours: num(x.max_hours),
  }));
}

/** The monthly usage report (seed 003): requests started and finished, and people who took part. */
export async function monthlyUsage(tx: Queryable, tenantId: string, r: StatsRange): Promise<MonthStats[]> {
  const rows = await tx.query<{ month: string; submitted: number; finished: number; active_users: number }>(
    `WITH months AS (
       SELECT to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, i.id, i.finished_at, i.applicant_id
         FROM instances i WHERE i.tenant_id = $1 AND i.created_at >= $2 AND i.created_at < $3)
     SELECT m.month, count(*)::int AS submitted, count(m.finished_at)::int AS finished,
            (SELECT count(DISTINCT p)::int FROM (
               SELECT m2.applicant_id AS p FROM months m2 WHERE m2.month = m.month
               UNION SELECT k.assignee_id FROM tasks k JOIN months m3 ON m3.id = k.instance_id
                WHERE k.tenant_id = $1 AND m3.month = m.month AND k.status IN ('approved','rejected','done','read')) people) AS active_users
       FROM months m GROUP BY m.month ORDER BY m.month`,
    [tenantId, r.from, r.to],
  );
  const logins = await tx.query<{ month: string; n: number }>(
    `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS n FROM audit_log
      WHERE tenant_id = $1 AND action = 'auth.login' AND at >= $2 AND at < $3 GROUP BY 1`,
    [tenantId, r.from, r.to],
  );
  const top = await tx.query<{ month: string; key: string; n: number }>(
    `SELECT to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, t.key, count(*)::int AS n
       FROM instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
      WHERE i.tenant_id = $1 AND i.created_at >= $2 AND i.created_at < $3 GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
    [tenantId, r.from, r.to],
  );
  const months = new Set([...rows.map((x) => x.month), ...logins.map((l) => l.month)]);
  return [...months].sort().map((month) => {
    const x = rows.find((row) => row.month === month);
    return {
      month,
      submitted: x?.submitted ?? 0,
      finished: x?.finished ?? 0,
      activeUsers: x?.active_users ?? 0,
      logins: logins.find((l) => l.month === month)?.n ?? 0,
      topTemplates: top
        .filter((t) => t.month === month)
        .slice(0, 5)
        .map((t) => ({ templateKey: t.key, submitted: t.n })),
    };
  });
}

export async function dailyRequests(tx: Queryable, tenantId: string, r: StatsRange): Promise<DayStats[]> {
  const rows = await tx.query<{ day: string; key: string; n: number }>(
    `SELECT to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, t.key, count(*)::int AS n
       FROM instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
      WHERE i.tenant_id = $1 AND i.created_at >= $2 AND i.created_at < $3 GROUP BY 1, 2 ORDER BY 1, 2`,
    [tenantId, r.from, r.to],
  );
  return rows.map((x) => ({ day: x.day, templateKey: x.key, submitted: x.n }));
}

export interface ExportRow {
  serialNo: string;
  templateKey: string;
  applicantName: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
  data: Record<string, unknown>;
}

/**
 * Requests of one form with their data, for the Excel export, one page at a time: `after` is the
 * last (created_at, serial_no) of the previous page, so a large export never sits in memory.
 */
export async function instancesForExport(
  tx: Queryable,
  tenantId: string,
  templateKey: string,
  r: StatsRange,
  page: { limit: number; after?: { createdAt: string; serialNo: string } } = { limit: 100_000 },
): Promise<ExportRow[]> {
  const rows = await tx.query<{
    serial_no: string;
    key: string;
    name: string;
    status: string;
    created_at: string | Date;
    finished_at: string | Date | null;
    data: Record<string, unknown>;
  }>(
    `SELECT i.serial_no, t.key, u.name, i.status, i.created_at, i.finished_at, i.data
       FROM instances i JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
       JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id
      WHERE i.tenant_id = $1 AND t.key = $2 AND i.created_at >= $3 AND i.created_at < $4
        AND ($6::timestamptz IS NULL OR (i.created_at, i.serial_no) > ($6::timestamptz, $7::text))
      ORDER BY i.created_at, i.serial_no LIMIT $5`,
    [
      tenantId,
      templateKey,
      r.from,
      r.to,
      page.limit,
      page.after?.createdAt ?? null,
      page.after?.serialNo ?? null,
    ],
  );
  return rows.map((x) => ({
    serialNo: x.serial_no,
    templateKey: x.key,
    applicantName: x.name,
    status: x.status,
    createdAt: new Date(x.created_at).toISOString(),
    finishedAt: x.finished_at === null ? null : new Date(x.finished_at).toISOString(),
    data: x.data,
  }));
}
