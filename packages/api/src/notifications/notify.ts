import { emailRecipients, enqueueJob, insertNotifications, type Queryable } from '@signoff/db';
import type { Localized } from '../trpc/app-error.js';
import type { ApiDeps } from '../trpc/context.js';

export interface Notice {
  userIds: readonly string[];
  /** task, remind, overdue, red_card, urge, returned, finished … */
  kind: string;
  instanceId?: string;
  taskId?: string;
  title: Localized;
  body: Localized;
}

/**
 * Tells people something in the app (the notifications table, which the web app polls) and, when
 * SMTP is configured, they have an address and have not turned e-mail notices off, by e-mail
 * through the job queue, so a slow mail server never slows the approval that caused it.
 */
export async function notify(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  notices: readonly Notice[],
): Promise<void> {
  if (notices.length === 0) return;
  const now = deps.clock().toISOString();
  const emails = deps.mailer
    ? await emailRecipients(
        tx,
        tenantId,
        notices.flatMap((n) => n.userIds),
      )
    : new Map<string, string>();
  for (const n of notices) {
    const ids = [...new Set(n.userIds)];
    await insertNotifications(
      tx,
      tenantId,
      ids.map((userId) => ({
        id: deps.newId(),
        userId,
        kind: n.kind,
        instanceId: n.instanceId ?? null,
        taskId: n.taskId ?? null,
        data: { title: n.title, body: n.body },
        createdAt: now,
      })),
    );
    for (const userId of ids) {
      const to = emails.get(userId);
      if (!to) continue;
      await enqueueJob(tx, tenantId, {
        id: deps.newId(),
        kind: 'email',
        runAt: now,
        payload: { to, subject: `${n.title.zh} / ${n.title.en}`, text: `${n.body.zh}\n\n${n.body.en}` },
      });
    }
  }
}
