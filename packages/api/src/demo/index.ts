// The demo companies, behind `@signoff/api/demo`: `signoff start --seed-demo`, the tests and the
// browser tests load them; a production caller of the API never needs them.
export { seedDemoTenant, leaveFormModel, DEMO_LOGINS, DEMO_PASSWORD, DEMO_TENANT_CODE } from './demo-seed.js';
export { seedDemoTripTemplate, tripFormModel, tripRoute } from './demo-trip-seed.js';
export {
  seedCatalogTenants,
  createCatalogTenant,
  catalogDemoLoginLines,
  type SeededCatalogTenant,
} from '../catalog/seed-catalog-tenants.js';
export { CATALOG_DEMO_ORGS } from '../catalog/catalog-demo-org.js';
