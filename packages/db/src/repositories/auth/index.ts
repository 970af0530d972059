// Who is signed in: accounts and their login failures, sessions, and per-user preferences.
export {
  findUserByLogin,
  findUserById,
  userNames,
  recordLoginFailure,
  LOGIN_LOCKOUT,
  accountLockedUntil,
  clearLoginFailures,
  setPassword,
  previousPasswordHashes,
  PASSWORD_HISTORY_SIZE,
  type UserAccount,
} from './user-repository.js';
export {
  insertSession,
  findLiveSession,
  deleteSession,
  type SessionRow,
  type LiveSession,
} from './session-repository.js';
export {
  getUserPreferences,
  saveEmailNotices,
  saveSignatureReference,
  emailRecipients,
  DEFAULT_USER_PREFERENCES,
  type UserPreferences,
} from './user-preference-repository.js';
export {
  insertInvitation,
  lockOpenInvitation,
  acceptInvitationRow,
  type NewInvitation,
  type OpenInvitation,
} from './invitation-repository.js';
