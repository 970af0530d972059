export type { Database, Queryable, Row } from './database.js';
export { openDatabase, type OpenOptions } from './open-database.js';
export { openPglite } from './pglite-database.js';
export { openPostgres, type PostgresOptions } from './postgres-database.js';
export { migrate, loadMigrations, type Migration, type MigrateResult } from './migrate.js';
export { withTenant, withAppRole, withPlatform } from './tenant-scope.js';
export { DbError, conflictError, notFoundError, type LocalizedText } from './db-error.js';
export { insertTenant, findTenantByCode, getTenant, type TenantRow } from './tenant-repository.js';
export { insertOrg, loadOrgSnapshot, type UserSeed } from './org-repository.js';
export {
  findUserByLogin,
  findUserById,
  userNames,
  recordLoginFailure,
  accountLockedUntil,
  clearLoginFailures,
  setPassword,
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
  publishTemplateVersion,
  listPublishedTemplates,
  getCurrentVersion,
  getVersion,
  getVersionByNumber,
  setTemplateSupervisors,
  templateCards,
  supervisesAnyTemplate,
  type TemplateCard,
  type PublishInput,
  type TemplateVersionRow,
} from './template-repository.js';
export { nextSerialValue, formatSerialNumber } from './serial-number.js';
export {
  insertInstance,
  getInstance,
  updateInstanceState,
  syncTasks,
  listInstancesByApplicant,
  listTasksForUser,
  type InstanceRow,
  type TaskMirror,
  type InstanceSummary,
  type TaskSummary,
} from './instance-repository.js';
export { createTestDatabase, testBackends, type TestDatabase } from './test-database.js';
export {
  saveDepartment,
  deleteDepartment,
  savePosition,
  deletePosition,
  saveRank,
  deleteRank,
  saveSupervision,
  deleteSupervision,
  saveUser,
  deleteUserSessions,
  listDelegations,
  insertDelegation,
  deleteDelegation,
  userDirectory,
  type UserWrite,
  type DelegationRow,
  type UserDirectoryEntry,
} from './org-admin-repository.js';
export {
  takenSerials,
  insertImportedInstance,
  raiseSerialCounter,
  recordHistoryImport,
  firstImportOfFile,
  type ImportedFrom,
  type ImportedInstance,
  type TakenSerial,
  type HistoryImportRecord,
} from './history-import-repository.js';
export {
  loadUserLogins,
  writeOrgImport,
  type OrgImportWrite,
  type OrgImportWritten,
} from './org-import-repository.js';
export {
  enqueueJob,
  cancelJobs,
  runNextJob,
  startJobLoop,
  retryDelayMs,
  MAX_JOB_ATTEMPTS,
  type Job,
  type NewJob,
  type JobHandler,
  type JobOutcome,
  type JobLoop,
} from './job-queue.js';
export {
  appendAudit,
  verifyAudit,
  auditHash,
  AUDIT_GENESIS,
  type AuditEntry,
  type AuditVerdict,
} from './audit-log.js';
export {
  insertNotifications,
  listNotifications,
  markNotificationsRead,
  countUnreadNotifications,
  type NewNotification,
  type NotificationRow,
} from './notification-repository.js';
export {
  listTenants,
  setTenantStatus,
  purgeDeletedTenants,
  getTenantSettings,
  updateTenantSettings,
  DEFAULT_TENANT_SETTINGS,
  type TenantStatus,
  type TenantSummary,
  type TenantSettings,
} from './tenant-lifecycle.js';
export {
  searchInbox,
  inboxCounts,
  type InboxBox,
  type InboxFilter,
  type InboxItem,
  type InboxCounts,
} from './inbox-query.js';
export {
  templateStats,
  stepStats,
  monthlyUsage,
  instancesForExport,
  type StatsRange,
  type TemplateStats,
  type StepStats,
  type MonthStats,
  type ExportRow,
} from './statistics-query.js';
export {
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  tenantOfToken,
  touchApiToken,
  insertWebhook,
  listWebhooks,
  deleteWebhook,
  insertDelivery,
  getDelivery,
  recordDeliveryAttempt,
  listDeliveries,
  type ApiTokenRow,
  type WebhookRow,
  type DeliveryRow,
} from './integration-repository.js';
export {
  listTemplateSources,
  getTemplateSource,
  saveTemplateSource,
  type TemplateSource,
} from './template-source-repository.js';
export {
  loadTemplateAccess,
  saveFolder,
  moveTemplate,
  insertGrant,
  deleteGrant,
  type FolderRow,
  type GrantRow,
} from './template-access-repository.js';
export {
  saveDraft,
  getDraft,
  setDraftBasedOn,
  findTemplateIdByKey,
  listVersions,
  type DraftRow,
  type VersionSummary,
} from './template-draft-repository.js';
export {
  listDesignTemplates,
  setTemplateTitle,
  setTemplateArchived,
  templateArchivedAt,
  insertTemplateCopy,
  takenTemplateKeys,
  type DesignTemplateRow,
} from './template-admin-repository.js';
export { supervisedTasks, type SupervisedTask } from './supervision-query.js';
export {
  insertAttachment,
  getAttachment,
  listAttachmentsOfInstance,
  linkAttachments,
  deleteAttachment,
  putBlob,
  getBlob,
  deleteBlob,
  type AttachmentRow,
} from './attachment-repository.js';
export {
  getSubmissionDraft,
  saveSubmissionDraft,
  deleteSubmissionDraft,
  listSubmissionDrafts,
  type SubmissionDraft,
  type SubmissionDraftSummary,
} from './submission-draft-repository.js';
export {
  getUserPreferences,
  saveEmailNotices,
  saveSignatureReference,
  emailRecipients,
  DEFAULT_USER_PREFERENCES,
  type UserPreferences,
} from './user-preference-repository.js';
export {
  activeDirectoryUsers,
  directoryDepartments,
  lookupDirectoryUsers,
  lookupDirectoryDepartments,
  type DirectoryUser,
  type DirectoryDepartment,
} from './directory-query.js';
export {
  backupDatabase,
  restoreDatabase,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  type BackupOptions,
  type BackupSummary,
  type RestoreOptions,
  type RestoreSummary,
  type TableProgress,
} from './backup.js';
export { databaseFingerprint, type Fingerprint, type TableFingerprint } from './backup-catalog.js';
export { backupToFile, readBackupLines, type BackupFileSummary } from './backup-file.js';
export { BackupError, type BackupErrorCode } from './backup-error.js';
export {
  listSimulationCases,
  countSimulationCases,
  saveSimulationCase,
  deleteSimulationCase,
  type SimulationCase,
  type SimulationCaseApplicant,
  type SimulationCaseStep,
} from './simulation-case-repository.js';
