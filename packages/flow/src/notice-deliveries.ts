import type { Localized } from '@signoff/schema';
import type { Notice } from './effect-notices.js';

/** One row of the in-app notifications table (which the web app polls). */
export interface NoticeRow {
  id: string;
  userId: string;
  kind: string;
  instanceId: string | null;
  taskId: string | null;
  data: { title: Localized; body: Localized };
  createdAt: string;
}

/** One e-mail to queue: both languages in one message, Chinese first. */
export interface NoticeEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** What one notice becomes: a row per person, and an e-mail for those who have an address to send to. */
export interface NoticeDelivery {
  rows: NoticeRow[];
  emails: NoticeEmail[];
}

/**
 * Turns notices into what is written: each person once per notice, however often the effects
 * named them; an e-mail only to those in `emailOf` (the caller leaves out people without an
 * address, or who turned e-mail off, and everyone when no mail server is configured). Ids come
 * from `newId` in a fixed order (a notice's rows, then its e-mails), so a replay is identical.
 */
export function noticeDeliveries(
  notices: readonly Notice[],
  env: { now: string; newId: () => string; emailOf: ReadonlyMap<string, string> },
): NoticeDelivery[] {
  return notices.map((n) => {
    const userIds = [...new Set(n.userIds)];
    const rows = userIds.map((userId) => ({
      id: env.newId(),
      userId,
      kind: n.kind,
      instanceId: n.instanceId ?? null,
      taskId: n.taskId ?? null,
      data: { title: n.title, body: n.body },
      createdAt: env.now,
    }));
    const emails = userIds.flatMap((userId) => {
      const to = env.emailOf.get(userId);
      if (!to) return [];
      return [
        {
          id: env.newId(),
          to,
          subject: `${n.title.zh} / ${n.title.en}`,
          text: `${n.body.zh}\n\n${n.body.en}`,
        },
      ];
    });
    return { rows, emails };
  });
}
