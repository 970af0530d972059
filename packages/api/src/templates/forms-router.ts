import { z } from 'zod';
import { fillableForm, fillableForms } from './published-forms.js';
import { getDraftOp, publishOp, saveDraftOp, versionsOp, type Draft } from './template-design.js';
import { typesOp, versionOp } from './template-design-versions.js';
import { tenantProcedure, router } from '../trpc/trpc.js';

const templateId = z.string().min(1).max(128);
const localized = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
// the model and route are checked in depth by validateModel / validateFlow, which name every problem
const draft = z.object({ model: z.record(z.string(), z.unknown()), flow: z.record(z.string(), z.unknown()) });

export const formsRouter = router({
  listPublished: tenantProcedure.query(({ ctx }) => ctx.tx((tx) => fillableForms(tx, ctx.viewer))),

  get: tenantProcedure
    .input(z.object({ templateId: z.string().min(1).max(128) }))
    .query(({ ctx, input }) => ctx.tx((tx) => fillableForm(tx, ctx.viewer, input.templateId))),

  draft: tenantProcedure
    .input(z.object({ templateId }))
    .query(({ ctx, input }) => getDraftOp(ctx.deps, ctx.session, input.templateId)),
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
    .mutation(({ ctx, input }) =>
      saveDraftOp(ctx.deps, ctx.session, { ...input, draft: input.draft as unknown as Draft }),
    ),
  publish: tenantProcedure
    .input(z.object({ templateId }))
    .mutation(({ ctx, input }) => publishOp(ctx.deps, ctx.session, input.templateId)),
  versions: tenantProcedure
    .input(z.object({ templateId }))
    .query(({ ctx, input }) => versionsOp(ctx.deps, ctx.session, input.templateId)),
  version: tenantProcedure
    .input(z.object({ templateId, version: z.number().int().min(1).max(1_000_000) }))
    .query(({ ctx, input }) => versionOp(ctx.deps, ctx.session, input)),
  types: tenantProcedure
    .input(z.object({ templateId }))
    .query(({ ctx, input }) => typesOp(ctx.deps, ctx.session, input.templateId)),
});
