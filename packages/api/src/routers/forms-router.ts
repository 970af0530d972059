import { z } from 'zod';
import { getCurrentVersion, listPublishedTemplates, withTenant } from '@signoff/db';
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { errors } from '../app-error.js';
import { accessResolver } from '../template-access-service.js';
import { atLeast } from '../template-access.js';
import { authedProcedure, router } from '../trpc.js';

const TEMPLATE = { zh: '表单', en: 'The form' };

export const formsRouter = router({
  listPublished: authedProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const levelOf = await accessResolver(tx, ctx.session.tenantId, ctx.session.userId);
      // only the forms this person may submit (author or more)
      return (await listPublishedTemplates(tx, ctx.session.tenantId))
        .filter((t) => atLeast(levelOf(t.templateId), 'author'))
        .map((t) => ({ templateId: t.templateId, key: t.key, title: t.title, version: t.version }));
    }),
  ),

  get: authedProcedure.input(z.object({ templateId: z.string().min(1).max(128) })).query(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const v = await getCurrentVersion(tx, ctx.session.tenantId, input.templateId);
      if (!v) throw errors.notFound(TEMPLATE);
      return {
        templateId: v.templateId,
        versionId: v.versionId,
        version: v.version,
        key: v.key,
        title: v.title,
        model: v.formModel as FormModel,
        schema: v.formSchema as JsonSchema,
        uiSchema: v.uiSchema as UiSchema,
      };
    }),
  ),
});
