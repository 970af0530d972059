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
  const deliveries = noticeDeliveries(notices, { now, newId: () => deps.newId(), emailOf });
  // every notice of the action in one statement (issue 15: an approval wrote two)
  await insertNotifications(
    tx,
    tenantId,
    deliveries.flatMap((d) => d.rows),
  );
  for (const { id, to, subject, text } of deliveries.flatMap((d) => d.emails)) {
    await enqueueJob(tx, tenantId, { id, kind: 'email', runAt: now, payload: { to, subject, text } });
  }
}
