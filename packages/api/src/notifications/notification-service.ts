import {
  countUnreadNotifications,
  getUserPreferences,
  listNotifications,
  markNotificationsRead,
  saveEmailNotices,
  type Queryable,
} from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';

/** The viewer's own in-app notices, newest first. */
export function myNotifications(tx: Queryable, viewer: Viewer, limit: number) {
  return listNotifications(tx, viewer.tenantId, viewer.userId, limit);
}

/** Marks the viewer's notices read; another person's ids are ignored. How many were marked. */
export function markMyNotificationsRead(tx: Queryable, viewer: Viewer, ids: readonly string[], now: Date) {
  return markNotificationsRead(tx, viewer.tenantId, viewer.userId, [...ids], now.toISOString());
}

export function myUnreadCount(tx: Queryable, viewer: Viewer) {
  return countUnreadNotifications(tx, viewer.tenantId, viewer.userId);
}

/** E-mail on or off; in-app notices always stay. */
export async function myNoticeSettings(tx: Queryable, viewer: Viewer) {
  const prefs = await getUserPreferences(tx, viewer.tenantId, viewer.userId);
  return { email: prefs.emailNotices };
}

export async function saveMyNoticeSettings(tx: Queryable, viewer: Viewer, email: boolean, now: Date) {
  await saveEmailNotices(tx, viewer.tenantId, viewer.userId, email, now.toISOString());
  return { email };
}
