import { z } from 'zod';
import { exportTemplate } from './export-template.js';
import { importCatalog } from './import-catalog.js';
import { listShippedCatalogs } from './list-shipped-catalogs.js';
import { planForTenant } from './plan-for-tenant.js';
import { adminProcedure, router } from '../trpc/trpc.js';
import { uploadedCatalog } from './uploaded-catalog.js';

// Only the shipped catalogs of `templates/` are offered: a code, never a path, comes from a client.
const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,39}$/);
const flows = z.array(z.string().trim().min(1).max(100)).max(200).optional();
// a template file uploaded in the wizard (another company's catalog.export), checked in depth before use
const file = z.record(z.string(), z.unknown()).optional();
// the admin's choices in the wizard: a needed name onto the company's item, by id (checked against the org)
const choices = z.record(z.string().trim().min(1).max(100), z.string().trim().min(1).max(128));
const mapping = z
  .object({ departments: choices.optional(), positions: choices.optional(), ranks: choices.optional() })
  .optional();
const source = (input: { catalog: string; file?: Record<string, unknown> | undefined }) =>
  input.file ? uploadedCatalog(input.file) : input.catalog;

/**
 * The import wizard: list the starter catalogs, plan an import against the tenant's org (what is
 * found, what is missing), import all or some flows. Admin only: importing publishes templates
 * and may add departments and positions.
 */
export const catalogRouter = router({
  list: adminProcedure.query(({ ctx }) => listShippedCatalogs(ctx)),

  plan: adminProcedure
    .input(z.object({ catalog: code, flows, file, mapping }))
    .query(({ ctx, input }) =>
      planForTenant(ctx, { catalog: source(input), flows: input.flows, mapping: input.mapping }),
    ),

  import: adminProcedure
    .input(
      z.object({
        catalog: code,
        flows,
        file,
        mapping,
        createMissing: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      importCatalog(ctx, {
        catalog: source(input),
        ...(input.flows ? { flows: input.flows } : {}),
        createMissing: input.createMissing,
        dryRun: input.dryRun,
        mapping: input.mapping,
      }),
    ),

  export: adminProcedure
    .input(z.object({ key: z.string().trim().min(1).max(64) }))
    .query(({ ctx, input }) => exportTemplate(ctx, input)),
});
