import { planCatalogImport, type Catalog, type CatalogPlan } from '@signoff/catalog';
import { loadOrgSnapshot } from '@signoff/db';
import type { ServiceContext } from '../trpc/service-context.js';
import { resolveCatalog } from './import-catalog.js';

export interface PlanForTenantInput {
  /** a catalog code of `templates/`, or a catalog already loaded and checked */
  catalog: string | Catalog;
  flows?: readonly string[] | undefined;
}

/** What importing a catalog would find and miss in the viewer's org; writes nothing. */
export async function planForTenant(ctx: ServiceContext, input: PlanForTenantInput): Promise<CatalogPlan> {
  const catalog = await resolveCatalog(input.catalog);
  const org = await ctx.tx((tx) => loadOrgSnapshot(tx, ctx.viewer.tenantId));
  return planCatalogImport(catalog, org, input.flows);
}
