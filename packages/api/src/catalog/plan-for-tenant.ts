import {
  planCatalogImport,
  selectTemplates,
  type Catalog,
  type CatalogPlan,
  type OrgMapping,
} from '@signoff/catalog';
import { loadOrgSnapshot } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';
import { checkOrgMapping } from './check-org-mapping.js';
import { resolveCatalog } from './import-catalog.js';

export interface PlanForTenantInput {
  /** a catalog code of `templates/`, or a catalog already loaded and checked */
  catalog: string | Catalog;
  flows?: readonly string[] | undefined;
  /** the admin's choices so far: needed names onto existing items, by id */
  mapping?: OrgMapping | undefined;
}

/** What importing a catalog would find and miss in the viewer's org, with the admin's mapping; writes nothing. */
export async function planForTenant(ctx: ServiceContext, input: PlanForTenantInput): Promise<CatalogPlan> {
  const catalog = await resolveCatalog(input.catalog);
  const org = await ctx.tx((tx) => loadOrgSnapshot(tx, ctx.viewer.tenantId));
  const mapping = input.mapping ?? {};
  checkOrgMapping(selectTemplates(catalog, input.flows), org, mapping);
  return planCatalogImport(catalog, org, input.flows, mapping);
}
