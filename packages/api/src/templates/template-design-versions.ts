import { getCurrentVersion, getDraft, getVersionByNumber } from '@signoff/db';
import type { FlowDefinition } from '@signoff/flow';
import type { FormModel, JsonSchema } from '@signoff/schema';
import { AppError, errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { requireTemplateAccess } from './template-access-service.js';
import { draftProblems, type Draft, type DraftView } from './template-design.js';

const TEMPLATE = { zh: '表单', en: 'The form' };

/** One published version, in the draft's shape so the designer can take it up as the draft. */
export interface VersionView extends DraftView {
  versionId: string;
  version: number;
  /** whether it is the version people submit today */
  current: boolean;
}

/** A published version's form and route, for "restore this version as the draft". Editors and up. */
export function versionOp(
  ctx: ServiceContext,
  input: { templateId: string; version: number },
): Promise<VersionView> {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, input.templateId, 'editor');
    const [row, v] = await Promise.all([
      getDraft(tx, tenantId, input.templateId),
      getVersionByNumber(tx, tenantId, input.templateId, input.version),
    ]);
    if (!row || !v) {
      throw errors.notFound({
        zh: `表单的第 ${input.version} 版`,
        en: `Version ${input.version} of the form`,
      });
    }
    const draft: Draft = { model: v.formModel as FormModel, flow: v.flow as FlowDefinition };
    return {
      ...row,
      draft,
      basedOnVersion: v.version,
      // the org may have changed since: what would stop this version from being published again today
      problems: await draftProblems(tx, tenantId, draft),
      versionId: v.versionId,
      version: v.version,
      current: row.currentVersionId === v.versionId,
    };
  });
}

export interface FormTypes {
  /** `<key>.v<version>.d.ts` */
  fileName: string;
  typescript: string;
  /** the compiled JSON Schema (2020-12) submissions of this version are validated with */
  jsonSchema: JsonSchema;
}

/**
 * The current version's submission types and JSON Schema, for integrators, so anyone who may
 * submit the form (author and up) may have them. The types come from the stored schema, the very
 * one submissions are checked against, not from a fresh compile of the model.
 */
export function typesOp(ctx: ServiceContext, input: { templateId: string }): Promise<FormTypes> {
  const { tenantId, userId } = ctx.viewer;
  const { templateId } = input;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, templateId, 'author');
    const v = await getCurrentVersion(tx, tenantId, templateId);
    if (!v) {
      if (!(await getDraft(tx, tenantId, templateId))) throw errors.notFound(TEMPLATE);
      throw new AppError('not_found', 'errors.notPublished', {
        zh: '表单尚未发布，还没有类型可下载',
        en: 'The form has not been published yet; there are no types to download',
      });
    }
    const jsonSchema = v.formSchema as JsonSchema;
    // loaded on first use: json-schema-to-typescript brings prettier, which no other request needs
    const { generateFormTypes, pascalCase } = await import('@signoff/schema/typegen');
    const typescript = await generateFormTypes(jsonSchema, { name: pascalCase(v.key) });
    return { fileName: `${v.key}.v${v.version}.d.ts`, typescript, jsonSchema };
  });
}
