import { z } from 'zod';
import { getCurrentVersion, listPublishedTemplates, templateCards, withTenant } from '@signoff/db';
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { applicantContext } from '../applicant-context.js';
import { requireTemplateAccess } from '../template-access-service.js';
import { errors } from '../app-error.js';
import { accessResolver } from '../template-access-service.js';
import { atLeast } from '../template-access.js';
import { getDraftOp, publishOp, saveDraftOp, versionsOp, type Draft } from '../template-design.js';
import { typesOp, versionOp } from '../template-design-versions.js';
import { authedProcedure, router } from '../trpc.js';

const TEMPLATE = { zh: '表单', en: 'The form' };
const templateId = z.string().min(1).max(128);
const localized = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
// the model and route are checked in depth by validateModel / validateFlow, which name every problem
const draft = z.object({ model: z.record(z.string(), z.unknown()), flow: z.record(z.string(), z.unknown()) });

export const formsRouter = router({
  listPublished: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const levelOf = await accessResolver(tx, ctx.session.tenantId, ctx.session.userId);
      const cards = await templateCards(tx, ctx.session.tenantId);
      // only the forms this person may submit (author or more)
      return (await listPublishedTemplates(tx, ctx.session.tenantId))
        // an archived form is not offered; it takes no new request (instances.submit refuses it)
        .filter((t) => t.archivedAt === null && atLeast(levelOf(t.templateId), 'author'))
        .map((t) => {
          const card = cards.get(t.templateId);
          return { templateId: t.templateId, key: t.key, title: t.title, version: t.version, folder: card?.folder ?? null, description: card?.description ?? null };
        });
    }),
  ),

  get: authedProcedure.input(z.object({ templateId: z.string().min(1).max(128) })).query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const v = await getCurrentVersion(tx, ctx.session.tenantId, input.templateId);
      if (!v) throw errors.notFound(TEMPLATE);
      // the form is shown to those who may file it, as instances.submit checks
      await requireTemplateAccess(tx, ctx.session.tenantId, ctx.session.userId, input.templateId, 'author');
      // rules on the applicant (rank, department, position) are decided in the browser with the
      // same facts instances.submit validates with, so the form shows what the server will accept
      const applicant = await applicantContext(tx, ctx.session.tenantId, ctx.session.userId);
      return {
        templateId: v.templateId,
        versionId: v.versionId,
        version: v.version,
        key: v.key,
        title: v.title,
        model: v.formModel as FormModel,
        schema: v.formSchema as JsonSchema,
        uiSchema: v.uiSchema as UiSchema,
        applicantContext: applicant,
      };
    }),
  ),

  draft: authedProcedure.input(z.object({ templateId })).query(({ ctx, input }) => getDraftOp(ctx.deps, ctx.session, input.templateId)),
  saveDraft: authedProcedure
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
    .mutation(({ ctx, input }) => saveDraftOp(ctx.deps, ctx.session, { ...input, draft: input.draft as unknown as Draft })),
  publish: authedProcedure.input(z.object({ templateId })).mutation(({ ctx, input }) => publishOp(ctx.deps, ctx.session, input.templateId)),
  versions: authedProcedure.input(z.object({ templateId })).query(({ ctx, input }) => versionsOp(ctx.deps, ctx.session, input.templateId)),
  version: authedProcedure
    .input(z.object({ templateId, version: z.number().int().min(1).max(1_000_000) }))
    .query(({ ctx, input }) => versionOp(ctx.deps, ctx.session, input)),
  types: authedProcedure.input(z.object({ templateId })).query(({ ctx, input }) => typesOp(ctx.deps, ctx.session, input.templateId)),
});
