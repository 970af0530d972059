// Tenants: the row itself, its lifecycle (status, purge) and its settings.
export { insertTenant, findTenantByCode, getTenant, type TenantRow } from './tenant-repository.js';
export {
  listTenants,
  setTenantStatus,
  purgeDeletedTenants,
  removeTenant,
  getTenantSettings,
  updateTenantSettings,
  DEFAULT_TENANT_SETTINGS,
  type TenantStatus,
  type TenantSummary,
  type TenantSettings,
} from './tenant-lifecycle.js';
export { tenantHead, forgetTenantHead, type TenantHead } from './tenant-head.js';
