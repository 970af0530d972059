import type { Queryable } from '../../core/database.js';
import { conflictError } from '../../core/db-error.js';
import { deferWrite } from '../../core/write-coalescing.js';
import type { LocalizedText } from '../../core/db-error.js';
import type { ImportedFrom } from './history-import-repository.js';
import { headColumns, primeTenantHead, type HeadColumns } from '../tenants/tenant-head.js';

/** The slice of an engine task the inbox needs; the engine's full state stays in instances.state. */
export interface TaskMirror {
  id: string;
  nodeId: string;
  nodeName: LocalizedText;
  kind: string;
  assigneeId: string;
  status: string;
  createdAt: string;
  completedAt?: string | undefined;
  dueAt?: string | undefined;
  card?: 'yellow' | 'red' | undefined;
}

export interface InstanceRow {
  id: string;
  templateId: string;
  versionId: string;
  serialNo: string;
  applicantId: string;
  data: Record<string, unknown>;
  state: unknown;
  status: string;
  version: number;
  createdAt: string;
  finishedAt: string | null;
  /** a finished request of another system, imported from a workbook (read-only); null when filed here */
  importedFrom: ImportedFrom | null;
}

type Record_ = {
  id: string;
  template_id: string;
  version_id: string;
  serial_no: string;
  applicant_id: string;
  data: Record<string, unknown>;
  state: unknown;
  status: string;
  version: number;
  created_at: Date | string;
  finished_at: Date | string | null;
  imported_from?: ImportedFrom | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();

const toInstance = (r: Record_): InstanceRow => ({
  id: r.id,
  templateId: r.template_id,
  versionId: r.version_id,
  serialNo: r.serial_no,
  applicantId: r.applicant_id,
  data: r.data,
  state: r.state,
  status: r.status,
  version: r.version,
  createdAt: iso(r.created_at),
  finishedAt: r.finished_at ? iso(r.finished_at) : null,
  importedFrom: r.imported_from ?? null,
});

export async function insertInstance(
  tx: Queryable,
  tenantId: string,
  i: Omit<InstanceRow, 'version' | 'finishedAt' | 'importedFrom'> & { finishedAt?: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO instances (tenant_id, id, template_id, version_id, serial_no, applicant_id, data, state, status, created_at, updated_at, finished_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10,$11)`,
    [
      tenantId,
      i.id,
      i.templateId,
      i.versionId,
      i.serialNo,
      i.applicantId,
      JSON.stringify(i.data),
      JSON.stringify(i.state),
      i.status,
      i.createdAt,
      i.finishedAt ?? null,
    ],
  );
}

export async function getInstance(tx: Queryable, tenantId: string, id: string): Promise<InstanceRow | null> {
  const rows = await tx.query<Record_>('SELECT * FROM instances WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    id,
  ]);
  return rows[0] ? toInstance(rows[0]) : null;
}

/**
 * Waits for whoever else is changing the request, then holds it to this transaction's end. For the
 * job loop's timers: a reminder and a deadline due together, picked by two processes, would
 * otherwise both read one version and the second fail on the first's write (issue 16, found by the
 * crash test), retried 30 s late. A person's action keeps the optimistic check and its 409.
 */
export async function lockInstance(tx: Queryable, tenantId: string, id: string): Promise<void> {
  await tx.query('SELECT 1 FROM instances WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tenantId, id]);
}

/** The request a task belongs to, in one round trip (an approval names only its task). */
export async function getInstanceOfTask(
  tx: Queryable,
  tenantId: string,
  taskId: string,
): Promise<InstanceRow | null> {
  // the company's head comes along: the action checks its caches against it next (issue 15)
  const rows = await tx.query<Record_ & HeadColumns>(
    `SELECT i.*, ${headColumns('n')}
       FROM tasks t JOIN instances i ON i.tenant_id = t.tenant_id AND i.id = t.instance_id
       JOIN tenants n ON n.id = t.tenant_id
      WHERE t.tenant_id = $1 AND t.id = $2`,
    [tenantId, taskId],
  );
  const row = rows[0];
  if (!row) return null;
  primeTenantHead(tx, tenantId, row);
  return toInstance(row);
}

/**
 * Writes a new engine state only if nobody else wrote since `expectedVersion` was read:
 * of two people acting at once, exactly one succeeds and the other gets a clear conflict.
 */
export async function updateInstanceState(
  tx: Queryable,
  tenantId: string,
  id: string,
  expectedVersion: number,
  change: {
    state: unknown;
    status: string;
    now: string;
    finishedAt: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  // `data` changes only on a resubmission after a return; otherwise the column keeps its value
  const rows = await tx.query<{ id: string }>(
    `UPDATE instances SET state = $4, status = $5, updated_at = $6, finished_at = $7, version = version + 1,
       data = coalesce($8::jsonb, data)
      WHERE tenant_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [
      tenantId,
      id,
      expectedVersion,
      JSON.stringify(change.state),
      change.status,
      change.now,
      change.finishedAt,
      change.data === undefined ? null : JSON.stringify(change.data),
    ],
  );
  if (rows.length === 0) throw conflictError();
}

/**
 * Makes the tasks table match the engine's task list for one instance, in one statement however
 * many tasks changed (issue 15: a 或签 step over five people was five round trips).
 */
export async function syncTasks(
  tx: Queryable,
  tenantId: string,
  instanceId: string,
  tasks: readonly TaskMirror[],
): Promise<void> {
  if (tasks.length === 0) return;
  const column = <T>(pick: (t: TaskMirror) => T) => tasks.map(pick);
  // sent with the action's next statement (its notices, timers, audit line): nobody reads the result
  await deferWrite(
    tx,
    {
      text: `INSERT INTO tasks (tenant_id, id, instance_id, node_id, node_name, kind, assignee_id, status, created_at, completed_at, due_at, card)
     SELECT $1, u.id, $2, u.node_id, u.node_name::jsonb, u.kind, u.assignee_id, u.status,
            u.created_at::timestamptz, u.completed_at::timestamptz, u.due_at::timestamptz, u.card
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[])
            AS u(id, node_id, node_name, kind, assignee_id, status, created_at, completed_at, due_at, card)
     ON CONFLICT (tenant_id, id) DO UPDATE SET status = EXCLUDED.status, completed_at = EXCLUDED.completed_at,
       due_at = EXCLUDED.due_at, card = EXCLUDED.card, assignee_id = EXCLUDED.assignee_id`,
      params: [
        tenantId,
        instanceId,
        column((t) => t.id),
        column((t) => t.nodeId),
        column((t) => JSON.stringify(t.nodeName)),
        column((t) => t.kind),
        column((t) => t.assigneeId),
        column((t) => t.status),
        column((t) => t.createdAt),
        column((t) => t.completedAt ?? null),
        column((t) => t.dueAt ?? null),
        column((t) => t.card ?? null),
      ],
    },
    tasks.map((t) => `task:${t.id}`),
  );
}

export interface InstanceSummary {
  id: string;
  serialNo: string;
  templateTitle: LocalizedText;
  applicantName: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
}

const SUMMARY_COLUMNS = `i.id, i.serial_no, t.title AS template_title, u.name AS applicant_name, i.status, i.created_at, i.finished_at`;
const SUMMARY_JOINS = `JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
  JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id`;

type SummaryRecord = {
  id: string;
  serial_no: string;
  template_title: LocalizedText;
  applicant_name: string;
  status: string;
  created_at: Date | string;
  finished_at: Date | string | null;
};

const toSummary = (r: SummaryRecord): InstanceSummary => ({
  id: r.id,
  serialNo: r.serial_no,
  templateTitle: r.template_title,
  applicantName: r.applicant_name,
  status: r.status,
  createdAt: iso(r.created_at),
  finishedAt: r.finished_at ? iso(r.finished_at) : null,
});

export async function listInstancesByApplicant(
  tx: Queryable,
  tenantId: string,
  applicantId: string,
): Promise<InstanceSummary[]> {
  const rows = await tx.query<SummaryRecord>(
    `SELECT ${SUMMARY_COLUMNS} FROM instances i ${SUMMARY_JOINS}
      WHERE i.tenant_id = $1 AND i.applicant_id = $2 ORDER BY i.created_at DESC, i.id LIMIT 200`,
    [tenantId, applicantId],
  );
  return rows.map(toSummary);
}
