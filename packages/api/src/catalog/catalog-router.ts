import { z } from 'zod';
import { catalogRefused } from './catalog-problem.js';
import { exportTemplate } from './export-template.js';
import { importCatalog } from './import-catalog.js';
import { listCatalogs } from './list-catalogs.js';
import { loadCatalog } from './load-catalog.js';
import { planForTenant } from './plan-for-tenant.js';
import { adminProcedure, router } from '../trpc/trpc.js';

const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,39}$/);
const flows = z.array(z.string().trim().min(1).max(100)).max(200).optional();

/** Only the shipped catalogs of `templates/` are offered: a code, never a path, comes from a client. */
async function shippedCatalog(name: string) {
  const loaded = await loadCatalog(name);
  if (!loaded.ok) throw catalogRefused(loaded.problems);
  return loaded.catalog;
}

/**
 * The import wizard: list the starter catalogs, plan an import against the tenant's org (what is
 * found, what is missing), import all or some flows. Admin only: importing publishes templates
 * and may add departments and positions.
 */
export const catalogRouter = router({
  list: adminProcedure.query(() => listCatalogs()),

  plan: adminProcedure.input(z.object({ catalog: code, flows })).query(async ({ ctx, input }) => {
    const catalog = await shippedCatalog(input.catalog);
    return ctx.tx((tx) => planForTenant(tx, ctx.viewer, catalog, input.flows));
  }),

  import: adminProcedure
    .input(
      z.object({
        catalog: code,
        flows,
        createMissing: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      importCatalog(ctx.deps, ctx.session, {
        catalog: await shippedCatalog(input.catalog),
        ...(input.flows ? { flows: input.flows } : {}),
        createMissing: input.createMissing,
        dryRun: input.dryRun,
      }),
    ),

  export: adminProcedure
    .input(z.object({ key: z.string().trim().min(1).max(64) }))
    .query(({ ctx, input }) => exportTemplate(ctx.deps.db, ctx.viewer.tenantId, input.key)),
});
