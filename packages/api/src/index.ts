export { appRouter, type AppRouter } from './app-router.js';
export { createCallerFactory, trpcErrorOf } from './trpc/trpc.js';
export {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type ApiContext,
  type ApiDeps,
  type CookieJar,
  type CookieOptions,
  type SessionContext,
} from './trpc/context.js';
export { resolveSession } from './auth/session.js';
export { RateLimiter } from './auth/rate-limiter.js';
export { createLoginLimits, type LoginLimits } from './auth/login-limits.js';
export {
  AppError,
  errors,
  httpStatusOf,
  toAppErrorData,
  type AppErrorData,
  type FieldErrorMessage,
  type Localized,
} from './trpc/app-error.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { createApiDeps } from './trpc/api-deps.js';
export { allowHostsFrom, checkWebhookTarget, isPrivateAddress } from './integrations/webhook-target.js';
export { serviceContextFor, type ServiceContext } from './trpc/service-context.js';
export {
  importOrg,
  exportOrg,
  importRefused,
  MAX_ORG_FILE_BYTES,
  type ImportOrgInput,
  type ImportOrgResult,
  type ExportOrgResult,
} from './org/org-import.js';
export { readOrgWorkbook, writeOrgWorkbook, type OrgFileFormat } from './org/org-file.js';
export {
  importHistory,
  importHistoryAs,
  historyRefused,
  MAX_HISTORY_ROWS,
  type ImportHistoryInput,
  type ImportHistoryResult,
  type HistoryActor,
} from './history-import/history-import.js';
export { writeHistoryWorkbook, type HistoryWorkbookCell } from './history-import/history-workbook-writer.js';
export {
  createTenant,
  setTenantActive,
  deleteTenant,
  purgeTenants,
  tenantList,
  TENANT_CODE_PATTERN,
  type CreatedTenant,
} from './tenants/tenant-admin.js';
export { checkPassword, type PasswordProblem } from './auth/password-policy.js';
export { handleRest, type HandleRestOptions } from './integrations/rest/handle-rest.js';
export type { RestRequest, RestResult, RestOperation } from './integrations/rest/operation.js';
export { REST_OPERATIONS } from './integrations/rest/rest-operations.js';
export { RestRateLimiter } from './integrations/rest/rest-rate-limit.js';
export { openApiDocument } from './integrations/rest/openapi-document.js';
export { createJobHandler } from './notifications/job-handler.js';
export {
  signWebhook,
  emitWebhookEvent,
  WEBHOOK_EVENTS,
  type WebhookEvent,
} from './integrations/integrations.js';
export { audit } from './audit/audit.js';
export { createMailer, type Mailer, type MailMessage } from './notifications/mailer.js';
export { notify, type Notice } from './notifications/notify.js';
// The catalog core (template files, checks, plan, simulation parts) is `@signoff/catalog` and
// `@signoff/catalog/node`; what stays here needs the database.
export {
  importCatalogAs,
  resolveCatalog,
  type ImportCatalogInput,
  type ImportCatalogResult,
  type ImportActor,
} from './catalog/import-catalog.js';
export { exportTemplateIn } from './catalog/export-template.js';
export {
  createCatalogSimulator,
  simulationErrorText,
  type CatalogSimulator,
  type SimulatorOptions,
} from './catalog/catalog-simulator.js';
export { writeInstancesWorkbook, exportInstances } from './reports/instance-export.js';
export { prepareInstancesDownload } from './reports/export-download.js';
export {
  uploadAttachment,
  downloadAttachment,
  attachToRequest,
  listRequestAttachments,
  fileSession,
  fileErrorResponse,
  type UploadedFile,
  type DownloadedFile,
} from './attachments/attachment-service.js';
export {
  DEFAULT_ATTACHMENT_POLICY,
  FILE_KINDS,
  fileErrors,
  checkFile,
  sanitizeFileName,
  contentDisposition,
  type AttachmentPolicy,
} from './attachments/file-policy.js';
export { attachmentStore } from './attachments/attachment-store.js';
export { databaseBlobStore } from './attachments/database-blob-store.js';
export { localDirBlobStore } from './attachments/local-dir-blob-store.js';
export { newBlobKey, type BlobStore } from './attachments/blob-store.js';
