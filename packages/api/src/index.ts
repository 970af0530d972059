export { appRouter, type AppRouter } from './app-router.js';
export { createCallerFactory } from './trpc/trpc.js';
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
export {
  AppError,
  toAppErrorData,
  type AppErrorData,
  type FieldErrorMessage,
  type Localized,
} from './trpc/app-error.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export {
  seedDemoTenant,
  leaveFormModel,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_TENANT_CODE,
} from './demo/demo-seed.js';
export { seedDemoTripTemplate, tripFormModel, tripRoute } from './demo/demo-trip-seed.js';
export { createApiDeps } from './trpc/api-deps.js';
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
export { handleRest, type RestRequest, type RestResponse } from './integrations/rest-api.js';
export { openApiDocument } from './integrations/openapi.js';
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
export type {
  TemplateFile,
  CatalogManifest,
  Catalog,
  CatalogSource,
  SerialPatternSpec,
  SeedReference,
  TemplateRequirements,
  TemplateCategories,
} from './catalog/template-file.js';
export { TEMPLATE_FILE_SCHEMA, CATALOG_MANIFEST_SCHEMA } from './catalog/template-file-schema.js';
export { catalogRefused, describeProblem, type CatalogProblem } from './catalog/catalog-problem.js';
export { checkTemplateFile } from './catalog/check-template-file.js';
export { checkCatalog, type CatalogCheck } from './catalog/check-catalog.js';
export {
  loadCatalog,
  readCatalogSource,
  listCatalogCodes,
  catalogDir,
  TEMPLATES_DIR,
} from './catalog/load-catalog.js';
export { listCatalogs, type CatalogSummary, type CatalogListing } from './catalog/list-catalogs.js';
export { planCatalogImport, selectTemplates, type CatalogPlan } from './catalog/plan-catalog-import.js';
export {
  importCatalog,
  resolveCatalog,
  type ImportCatalogInput,
  type ImportCatalogResult,
  type ImportActor,
} from './catalog/import-catalog.js';
export { exportTemplate, exportTemplateIn } from './catalog/export-template.js';
export { describeTemplate } from './catalog/describe-template.js';
export {
  seedCatalogTenants,
  createCatalogTenant,
  catalogDemoLoginLines,
  type SeededCatalogTenant,
} from './catalog/seed-catalog-tenants.js';
export { CATALOG_DEMO_ORGS } from './catalog/catalog-demo-org.js';
export {
  createCatalogSimulator,
  simulationErrorText,
  type CatalogSimulator,
  type SimulatorOptions,
} from './catalog/catalog-simulator.js';
export type { SimulationScenario, SimulationResult, SimulationStep } from './catalog/simulation-scenario.js';
export { formatSimulation } from './catalog/format-simulation.js';
export { routeMismatch, type ExpectedStep } from './catalog/route-expectation.js';
export { sampleSubmission } from './catalog/sample-submission.js';
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
