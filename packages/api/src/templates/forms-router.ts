import { z } from 'zod';
import { fillableForm, fillableForms } from './published-forms.js';
import { getDraftOp, publishOp, saveDraftOp, versionsOp } from './template-design.js';
import { typesOp, versionOp } from './template-design-versions.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

const templateId = z.string().min(1).max(128);
const localized = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
// the model and route are checked in depth by validateModel / validateFlow, which name every problem
const draft = z.object({ model: z.record(z.string(), z.unknown()), flow: z.record(z.string(), z.unknown()) });

export const formsRouter = router({
  listPublished: tenantProcedure.query(({ ctx }) => fillableForms(ctx)),

  get: tenantProcedure
    .input(z.object({ templateId: z.string().min(1).max(128) }))
    .query(({ ctx, input }) => fillableForm(ctx, input)),

  draft: tenantProcedure.input(z.object({ templateId })).query(({ ctx, input }) => getDraftOp(ctx, input)),
  saveDraft: tenantProcedure
    .input(
      z.object({
        templateId: templateId.optional(),
        // catalog templates' keys have underscores (sc_leave): what forms.draft hands out must save back
        key: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/),
        title: localized,
        serialPrefix: z.string().regex(/^[A-Z0-9]{1,8}$/),
        draft,
      }),
    )
    .mutation(({ ctx, input }) => saveDraftOp(ctx, input)),
  publish: tenantProcedure
    .input(z.object({ templateId }))
    .mutation(({ ctx, input }) => publishOp(ctx, input)),
  versions: tenantProcedure.input(z.object({ templateId })).query(({ ctx, input }) => versionsOp(ctx, input)),
  version: tenantProcedure
    .input(z.object({ templateId, version: z.number().int().min(1).max(1_000_000) }))
    .query(({ ctx, input }) => versionOp(ctx, input)),
  types: tenantProcedure.input(z.object({ templateId })).query(({ ctx, input }) => typesOp(ctx, input)),
});
