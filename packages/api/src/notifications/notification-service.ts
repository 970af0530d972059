import {
  countUnreadNotifications,
  getUserPreferences,
  listNotifications,
  markNotificationsRead,
  saveEmailNotices,
} from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';

/** The viewer's own in-app notices, newest first. */
export function myNotifications(ctx: ServiceContext, input: { limit: number }) {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx((tx) => listNotifications(tx, tenantId, userId, input.limit));
}

/** Marks the viewer's notices read; another person's ids are ignored. How many were marked. */
export async function markMyNotificationsRead(ctx: ServiceContext, input: { ids: readonly string[] }) {
  const { tenantId, userId } = ctx.viewer;
  const now = ctx.deps.clock().toISOString();
  const marked = await ctx.tx((tx) => markNotificationsRead(tx, tenantId, userId, [...input.ids], now));
  return { marked };
}

/** The bell's number. */
export async function myUnreadCount(ctx: ServiceContext) {
  const { tenantId, userId } = ctx.viewer;
  return { count: await ctx.tx((tx) => countUnreadNotifications(tx, tenantId, userId)) };
}

/** E-mail on or off; in-app notices always stay. */
export async function myNoticeSettings(ctx: ServiceContext) {
  const { tenantId, userId } = ctx.viewer;
  const prefs = await ctx.tx((tx) => getUserPreferences(tx, tenantId, userId));
  return { email: prefs.emailNotices };
}

export async function saveMyNoticeSettings(ctx: ServiceContext, input: { email: boolean }) {
  const { tenantId, userId } = ctx.viewer;
  const now = ctx.deps.clock().toISOString();
  await ctx.tx((tx) => saveEmailNotices(tx, tenantId, userId, input.email, now));
  return { email: input.email };
}
