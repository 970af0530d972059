import { z } from 'zod';
import { countUnreadNotifications, getUserPreferences, listNotifications, markNotificationsRead, saveEmailNotices, withTenant } from '@signoff/db';
import { authedProcedure, router } from '../trpc.js';

/** The in-app notices of the signed-in user (new tasks, CCs, reminders, outcomes), and how they want them. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => listNotifications(tx, ctx.session.tenantId, ctx.session.userId, input.limit))),
  markRead: authedProcedure
    .input(z.object({ ids: z.array(z.string().min(1).max(128)).min(1).max(200) }))
    .mutation(async ({ ctx, input }) => ({
      marked: await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) =>
        markNotificationsRead(tx, ctx.session.tenantId, ctx.session.userId, input.ids, ctx.deps.clock().toISOString()),
      ),
    })),
  /** the bell's number */
  unreadCount: authedProcedure.query(async ({ ctx }) => ({
    count: await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => countUnreadNotifications(tx, ctx.session.tenantId, ctx.session.userId)),
  })),
  /** e-mail on or off; in-app notices always stay */
  settings: authedProcedure.query(async ({ ctx }) => {
    const prefs = await withTenant(ctx.deps.db, ctx.session.tenantId, (tx) => getUserPreferences(tx, ctx.session.tenantId, ctx.session.userId));
    return { email: prefs.emailNotices };
  }),
  updateSettings: authedProcedure.input(z.object({ email: z.boolean() })).mutation(async ({ ctx, input }) => {
    const { tenantId, userId } = ctx.session;
    await withTenant(ctx.deps.db, tenantId, (tx) => saveEmailNotices(tx, tenantId, userId, input.email, ctx.deps.clock().toISOString()));
    return { email: input.email };
  }),
});
