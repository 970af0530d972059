import { z } from 'zod';
import {
  markMyNotificationsRead,
  myNoticeSettings,
  myNotifications,
  myUnreadCount,
  saveMyNoticeSettings,
} from './notification-service.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

/** The in-app notices of the signed-in user (new tasks, CCs, reminders, outcomes), and how they want them. */
export const notificationsRouter = router({
  list: tenantProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => ctx.tx((tx) => myNotifications(tx, ctx.viewer, input.limit))),
  markRead: tenantProcedure
    .input(z.object({ ids: z.array(z.string().min(1).max(128)).min(1).max(200) }))
    .mutation(async ({ ctx, input }) => ({
      marked: await ctx.tx((tx) => markMyNotificationsRead(tx, ctx.viewer, input.ids, ctx.deps.clock())),
    })),
  /** the bell's number */
  unreadCount: tenantProcedure.query(async ({ ctx }) => ({
    count: await ctx.tx((tx) => myUnreadCount(tx, ctx.viewer)),
  })),
  /** e-mail on or off; in-app notices always stay */
  settings: tenantProcedure.query(({ ctx }) => ctx.tx((tx) => myNoticeSettings(tx, ctx.viewer))),
  updateSettings: tenantProcedure
    .input(z.object({ email: z.boolean() }))
    .mutation(({ ctx, input }) =>
      ctx.tx((tx) => saveMyNoticeSettings(tx, ctx.viewer, input.email, ctx.deps.clock())),
    ),
});
