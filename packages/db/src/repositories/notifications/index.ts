// In-app notifications.
export {
  insertNotifications,
  listNotifications,
  markNotificationsRead,
  countUnreadNotifications,
  type NewNotification,
  type NotificationRow,
} from './notification-repository.js';
