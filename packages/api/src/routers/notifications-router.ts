import { z } from 'zod';
import { listNotifications, markNotificationsRead, withTenant } from '@signoff/db';
import { authedProcedure, router } from '../trpc.js';

/** The in-app notices of the signed-in user (new tasks, CCs, reminders, outcomes). */
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
});
