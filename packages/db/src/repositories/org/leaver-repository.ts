import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';

/** One open task of a person, with what a hand-over needs to pick who can take it. */
export interface OpenTaskOfUser {
  taskId: string;
  instanceId: string;
  serialNo: string;
  templateTitle: LocalizedText;
  nodeId: string;
  nodeName: LocalizedText;
  kind: 'approve' | 'handle';
  status: 'pending' | 'waiting';
  applicantId: string;
  /** who else holds an open task on the same step: the engine refuses them a second one */
  othersOnStep: string[];
}

/**
 * A person's open approval and handling tasks (pending, and waiting for their turn) on running
 * requests, oldest first: what a leaver hands over. CC (知会) tasks are not work and are left out.
 */
export async function openTasksOfUser(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<OpenTaskOfUser[]> {
  const rows = await tx.query<{
    task_id: string;
    instance_id: string;
    serial_no: string;
    title: LocalizedText;
    node_id: string;
    node_name: LocalizedText;
    kind: 'approve' | 'handle';
    status: 'pending' | 'waiting';
    applicant_id: string;
    others: string[] | null;
  }>(
    `SELECT k.id AS task_id, i.id AS instance_id, i.serial_no, t.title, k.node_id, k.node_name, k.kind, k.status,
            i.applicant_id,
            (SELECT array_agg(o.assignee_id) FROM tasks o
              WHERE o.tenant_id = k.tenant_id AND o.instance_id = k.instance_id AND o.node_id = k.node_id
                AND o.id <> k.id AND o.status IN ('pending', 'waiting') AND o.kind IN ('approve', 'handle')) AS others
       FROM tasks k
       JOIN instances i ON i.tenant_id = k.tenant_id AND i.id = k.instance_id
       JOIN templates t ON t.tenant_id = i.tenant_id AND t.id = i.template_id
      WHERE k.tenant_id = $1 AND k.assignee_id = $2 AND k.status IN ('pending', 'waiting')
        AND k.kind IN ('approve', 'handle') AND i.status = 'running'
      ORDER BY k.created_at, k.id`,
    [tenantId, userId],
  );
  return rows.map((r) => ({
    taskId: r.task_id,
    instanceId: r.instance_id,
    serialNo: r.serial_no,
    templateTitle: r.title,
    nodeId: r.node_id,
    nodeName: r.node_name,
    kind: r.kind,
    status: r.status,
    applicantId: r.applicant_id,
    othersOnStep: r.others ?? [],
  }));
}

/** How many CC (知会) tasks a person has not read yet: a leaver's stay as they are. */
export async function unreadCopiesOfUser(tx: Queryable, tenantId: string, userId: string): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM tasks WHERE tenant_id = $1 AND assignee_id = $2 AND kind = 'notify' AND status = 'unread'`,
    [tenantId, userId],
  );
  return rows[0]?.n ?? 0;
}
