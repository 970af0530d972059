import { emailRecipients, enqueueJob, insertNotifications, type Queryable } from '@signoff/db';
import { noticeDeliveries, type Notice } from '@signoff/flow';
import type { ApiDeps } from '../trpc/context.js';

export type { Notice };

/**
 * Tells people something in the app (the notifications table, which the web app polls) and, when
 * SMTP is configured, they have an address and have not turned e-mail notices off, by e-mail
 * through the job queue, so a slow mail server never slows the approval that caused it. What is
 * written is composed by @signoff/flow's noticeDeliveries; this only loads the addresses and writes.
 */
export async function notify(
  tx: Queryable,
  deps: ApiDeps,
  tenantId: string,
  notices: readonly Notice[],
): Promise<void> {
  if (notices.length === 0) return;
  const now = deps.clock().toISOString();
  const emailOf = deps.mailer
    ? await emailRecipients(
        tx,
        tenantId,
        notices.flatMap((n) => n.userIds),
      )
    : new Map<string, string>();
  for (const { rows, emails } of noticeDeliveries(notices, { now, newId: () => deps.newId(), emailOf })) {
    await insertNotifications(tx, tenantId, rows);
    for (const { id, to, subject, text } of emails) {
      await enqueueJob(tx, tenantId, { id, kind: 'email', runAt: now, payload: { to, subject, text } });
    }
  }
}
