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
    .query(({ ctx, input }) => myNotifications(ctx, input)),
  markRead: tenantProcedure
    .input(z.object({ ids: z.array(z.string().min(1).max(128)).min(1).max(200) }))
    .mutation(({ ctx, input }) => markMyNotificationsRead(ctx, input)),
  /** the bell's number */
  unreadCount: tenantProcedure.query(({ ctx }) => myUnreadCount(ctx)),
  /** e-mail on or off; in-app notices always stay */
  settings: tenantProcedure.query(({ ctx }) => myNoticeSettings(ctx)),
  updateSettings: tenantProcedure
    .input(z.object({ email: z.boolean() }))
    .mutation(({ ctx, input }) => saveMyNoticeSettings(ctx, input)),
});
