import type postgres from 'postgres';
import type { CallResult, Session } from './http-session.js';

/**
 * The demo tenant's leave request, the load every fault test drives: 张三 files, 李四 (head of
 * engineering) approves, and for 3 days or more 王五 (the supervising leader) approves after him.
 */
export async function leaveTemplateId(sql: postgres.Sql): Promise<string> {
  const rows = await sql<{ id: string }[]>`
    SELECT t.id FROM templates t JOIN tenants n ON n.id = t.tenant_id
    WHERE n.code = 'demo' AND t.key = 'leave'`;
  const id = rows[0]?.id;
  if (!id)
    throw new Error('the demo tenant has no leave template: was the first server started with seedDemo?');
  return id;
}

export function submitLeave(
  applicant: Session,
  templateId: string,
  days: number,
  reason: string,
): Promise<CallResult<{ id: string; serialNo?: string }>> {
  return applicant.mutate('instances.submit', { templateId, data: { type: '事假', days, reason } });
}

/** The pending tasks of one request, read straight from the database (superuser, past RLS). */
export async function pendingTasks(
  sql: postgres.Sql,
  instanceId: string,
): Promise<{ id: string; assignee_id: string }[]> {
  return sql<{ id: string; assignee_id: string }[]>`
    SELECT id, assignee_id FROM tasks WHERE instance_id = ${instanceId} AND status = 'pending' ORDER BY id`;
}
