import { getCurrentVersion, listPublishedTemplates, templateCards } from '@signoff/db';
import { atLeast } from '@signoff/org';
import type { FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { applicantContext } from '../instances/applicant-context.js';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { accessResolver, requireTemplateAccess } from './template-access-service.js';

const TEMPLATE = { zh: '表单', en: 'The form' };

/** The start page's forms: published, not archived, and the viewer may file them (author or more). */
export function fillableForms(ctx: ServiceContext) {
  const { viewer } = ctx;
  return ctx.tx(async (tx) => {
    const levelOf = await accessResolver(tx, viewer.tenantId, viewer.userId);
    const cards = await templateCards(tx, viewer.tenantId);
    // only the forms this person may submit (author or more)
    return (
      (await listPublishedTemplates(tx, viewer.tenantId))
        // an archived form is not offered; it takes no new request (instances.submit refuses it)
        .filter((t) => t.archivedAt === null && atLeast(levelOf(t.templateId), 'author'))
        .map((t) => {
          const card = cards.get(t.templateId);
          return {
            templateId: t.templateId,
            key: t.key,
            title: t.title,
            version: t.version,
            folder: card?.folder ?? null,
            description: card?.description ?? null,
          };
        })
    );
  });
}

/** One form to fill, with the facts about the applicant its rules need. */
export function fillableForm(ctx: ServiceContext, input: { templateId: string }) {
  const { viewer } = ctx;
  const { templateId } = input;
  return ctx.tx(async (tx) => {
    const v = await getCurrentVersion(tx, viewer.tenantId, templateId);
    if (!v) throw errors.notFound(TEMPLATE);
    // the form is shown to those who may file it, as instances.submit checks
    await requireTemplateAccess(tx, viewer.tenantId, viewer.userId, templateId, 'author');
    // rules on the applicant (rank, department, position) are decided in the browser with the
    // same facts instances.submit validates with, so the form shows what the server will accept
    const applicant = await applicantContext(tx, viewer.tenantId, viewer.userId);
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
  });
}
