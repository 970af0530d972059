// Reads and writes of one table family each, always within the caller's transaction (withTenant).
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
  listSimulationCases,
  countSimulationCases,
  saveSimulationCase,
  deleteSimulationCase,
  type SimulationCase,
  type SimulationCaseApplicant,
  type SimulationCaseStep,
} from './simulation-case-repository.js';
