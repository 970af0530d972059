import type { Queryable } from '../core/database.js';
import type { LocalizedText } from '../core/db-error.js';

export interface SupervisedTask {
  taskId: string;
  instanceId: string;
  serialNo: string;
  templateKey: string;
  templateTitle: LocalizedText;
  nodeName: LocalizedText;
  assigneeId: string;
  assigneeName: string;
  applicantName: string;
  createdAt: string;
  dueAt: string | null;
  card: 'yellow' | 'red' | null;
  /** reminders the engine sent and urges people sent for this task */
  remindersSent: number;
  /** how long past its time limit, by the server's clock (a phone's clock may be wrong), in ms; 0 when not */
  overdueMs: number;
}

/**
 * Open tasks of the templates a person supervises (all templates for an admin), overdue first:
 * the 督办 view of seed 001 (progress, urging, reassigning) and seed 000's red and yellow cards.
 */
export async function supervisedTasks(
  tx: Queryable,
  tenantId: string,
  userId: string,
  options: { all: boolean; onlyOverdue: boolean; now: string; limit: number },
): Promise<SupervisedTask[]> {
  const rows = await tx.query<{
    task_id: string;
    instance_id: string;
    serial_no: string;
    key: string;
    title: LocalizedText;
    node_name: LocalizedText;
    assignee_id: string;
    assignee_name: string;
    applicant_name: string;
    created_at: string | Date;
    due_at: string | Date | null;
    card: 'yellow' | 'red' | null;
    reminders_sent: number;
  }>(
    `SELECT k.id AS task_id, i.id AS instance_id, i.serial_no, t.key, t.title, k.node_name, k.assignee_id,
            a.name AS assignee_name, u.name AS applicant_name, k.created_at, k.due_at, k.card,
            (SELECT count(*)::int FROM jsonb_array_elements(i.state->'events') e
              WHERE (e->>'type' = 'reminded' AND e->>'taskId' = k.id)
                 -- an urge names the people it reached, not the task; count those made since this task opened
                 OR (e->>'type' = 'urged' AND e->'userIds' ? k.assignee_id AND (e->>'at')::timestamptz >= k.created_at)) AS reminders_sent
       FROM tasks k
       JOIN instances i ON i.tenant_id = k.tenant_id AND i.id = k.instance_id
       JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
       JOIN users a ON a.tenant_id = k.tenant_id AND a.id = k.assignee_id
       JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.applicant_id
      WHERE k.tenant_id = $1 AND k.status = 'pending' AND k.kind IN ('approve', 'handle')
        AND ($3 OR $2 = ANY(t.supervisor_ids))
        AND (NOT $4 OR k.card IS NOT NULL OR k.due_at < $5)
      ORDER BY (k.card = 'red') DESC NULLS LAST, (k.card = 'yellow') DESC NULLS LAST, k.due_at ASC NULLS LAST, k.created_at
      LIMIT $6`,
    [tenantId, userId, options.all, options.onlyOverdue, options.now, options.limit],
  );
  return rows.map((r) => ({
    taskId: r.task_id,
    instanceId: r.instance_id,
    serialNo: r.serial_no,
    templateKey: r.key,
    templateTitle: r.title,
    nodeName: r.node_name,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    applicantName: r.applicant_name,
    createdAt: new Date(r.created_at).toISOString(),
    dueAt: r.due_at === null ? null : new Date(r.due_at).toISOString(),
    card: r.card,
    remindersSent: r.reminders_sent,
    overdueMs: r.due_at === null ? 0 : Math.max(0, Date.parse(options.now) - new Date(r.due_at).getTime()),
  }));
}
