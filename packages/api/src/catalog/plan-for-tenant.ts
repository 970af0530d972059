import { loadOrgSnapshot, type Queryable } from '@signoff/db';
import type { Viewer } from '../auth/viewer.js';
import type { Catalog } from './template-file.js';
import { planCatalogImport } from './plan-catalog-import.js';

/** What importing a catalog would find and miss in the viewer's org; writes nothing. */
export async function planForTenant(
  tx: Queryable,
  viewer: Viewer,
  catalog: Catalog,
  flows?: readonly string[],
) {
  const org = await loadOrgSnapshot(tx, viewer.tenantId);
  return planCatalogImport(catalog, org, flows);
}
