import type { Queryable } from '../../core/database.js';
import { deferWrite } from '../../core/write-coalescing.js';

export interface NewNotification {
  id: string;
  userId: string;
  /** task, remind, overdue, red_card, urge, returned, finished … */
  kind: string;
  instanceId?: string | null;
  taskId?: string | null;
  data?: Record<string, unknown>;
  createdAt: string;
}

export interface NotificationRow extends Required<Omit<NewNotification, 'data'>> {
  data: Record<string, unknown>;
  readAt: string | null;
}

/** The in-app outbox: e-mail and webhooks read the same rows later. One statement for the batch. */
export async function insertNotifications(
  tx: Queryable,
  tenantId: string,
  items: readonly NewNotification[],
): Promise<void> {
  if (items.length === 0) return;
  // sent with the transaction's next statement (write-coalescing.ts): new rows only, no key
  await deferWrite(tx, {
    text: `INSERT INTO notifications (tenant_id, id, user_id, kind, instance_id, task_id, data, created_at)
     SELECT $1, u.id, u.user_id, u.kind, u.instance_id, u.task_id, u.data::jsonb, u.created_at::timestamptz
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
            AS u(id, user_id, kind, instance_id, task_id, data, created_at)`,
    params: [
      tenantId,
      items.map((n) => n.id),
      items.map((n) => n.userId),
      items.map((n) => n.kind),
      items.map((n) => n.instanceId ?? null),
      items.map((n) => n.taskId ?? null),
      items.map((n) => JSON.stringify(n.data ?? {})),
      items.map((n) => n.createdAt),
    ],
  });
}

export async function listNotifications(
  tx: Queryable,
  tenantId: string,
  userId: string,
  limit = 50,
): Promise<NotificationRow[]> {
  const rows = await tx.query<{
    id: string;
    user_id: string;
    kind: string;
    instance_id: string | null;
    task_id: string | null;
    data: Record<string, unknown>;
    created_at: string | Date;
    read_at: string | Date | null;
  }>(
    'SELECT id, user_id, kind, instance_id, task_id, data, created_at, read_at FROM notifications WHERE tenant_id = $1 AND user_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3',
    [tenantId, userId, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    kind: r.kind,
    instanceId: r.instance_id,
    taskId: r.task_id,
    data: r.data,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at === null ? null : new Date(r.read_at).toISOString(),
  }));
}

export async function markNotificationsRead(
  tx: Queryable,
  tenantId: string,
  userId: string,
  ids: readonly string[],
  at: string,
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    'UPDATE notifications SET read_at = $4 WHERE tenant_id = $1 AND user_id = $2 AND id = ANY($3::text[]) AND read_at IS NULL RETURNING id',
    [tenantId, userId, [...ids], at],
  );
  return rows.length;
}

/** The number on the bell: the person's notices not yet read. */
export async function countUnreadNotifications(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL',
    [tenantId, userId],
  );
  return rows[0]?.n ?? 0;
}
