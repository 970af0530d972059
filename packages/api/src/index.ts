export { appRouter, type AppRouter } from './app-router.js';
export { createCallerFactory } from './trpc.js';
export {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  type ApiContext,
  type ApiDeps,
  type CookieJar,
  type CookieOptions,
  type SessionContext,
} from './context.js';
export { resolveSession } from './session.js';
export { RateLimiter } from './rate-limiter.js';
export { AppError, toAppErrorData, type AppErrorData, type FieldErrorMessage, type Localized } from './app-error.js';
export { hashPassword, verifyPassword } from './password.js';
export { seedDemoTenant, leaveFormModel, DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANT_CODE } from './demo-seed.js';
export { createApiDeps } from './api-deps.js';
export { importOrg, exportOrg, importRefused, MAX_ORG_FILE_BYTES, type ImportOrgInput, type ImportOrgResult, type ExportOrgResult } from './org-import.js';
export { readOrgWorkbook, writeOrgWorkbook, type OrgFileFormat } from './org-file.js';
export { createTenant, setTenantActive, deleteTenant, purgeTenants, tenantList, TENANT_CODE_PATTERN, type CreatedTenant } from './tenant-admin.js';
export { checkPassword, type PasswordProblem } from './password-policy.js';
export { handleRest, type RestRequest, type RestResponse } from './rest-api.js';
export { openApiDocument } from './openapi.js';
export { createJobHandler } from './job-handler.js';
export { signWebhook, emitWebhookEvent, WEBHOOK_EVENTS, type WebhookEvent } from './integrations.js';
export { audit } from './audit.js';
