// The demo companies' org charts (seed 000): for tests, the catalogs' demo tenants and the CLI's
// simulator — not part of the org model, so they sit behind `@signoff/org/demo`.
export {
  realEstateDemoOrg,
  smallCompanyDemoOrg,
  REAL_ESTATE_ORG_SPEC,
  SMALL_COMPANY_ORG_SPEC,
} from './demo-orgs.js';
