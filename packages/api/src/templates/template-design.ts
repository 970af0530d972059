import {
  findTemplateIdByKey,
  getCurrentVersion,
  getDraft,
  listVersions,
  loadOrgSnapshot,
  publishTemplateVersion,
  saveDraft,
  setDraftBasedOn,
  type Queryable,
} from '@signoff/db';
import { validateFlow, type FlowDefinition } from '@signoff/flow';
import { rankNames } from '@signoff/org';
import { compileForm, validateModel, type FormModel } from '@signoff/schema';
import { AppError, errors, type FieldErrorMessage, type Localized } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ServiceContext } from '../trpc/service-context.js';
import type { Viewer } from '../auth/viewer.js';
import { requireTemplateAccess } from './template-access-service.js';
import { grantCreator } from './template-creator-grants.js';

const TEMPLATE = { zh: '表单', en: 'The form' };

export interface Draft {
  model: FormModel;
  flow: FlowDefinition;
}

/** What the templates table keeps as the draft: the draft and the published version it started from. */
interface StoredDraft extends Draft {
  basedOnVersion?: number;
}

/** The designer's working copy as forms.draft and forms.version hand it out; `draft` goes back to forms.saveDraft unchanged. */
export interface DraftView {
  templateId: string;
  key: string;
  title: Localized;
  serialPrefix: string;
  /** `{ model, flow }`; null only for a template with neither a draft nor a published version */
  draft: unknown;
  updatedAt: string | null;
  updatedBy: string | null;
  currentVersionId: string | null;
  /** the published version the draft started from; null when it was never published or that is not known */
  basedOnVersion: number | null;
  problems: DesignProblem[];
}

const storedBase = (stored: unknown): number | null => {
  const v = (stored as StoredDraft | null)?.basedOnVersion;
  return typeof v === 'number' ? v : null;
};

/** The draft without the bookkeeping kept beside it, so it goes back to forms.saveDraft as it came. */
const draftOf = (stored: unknown): Draft => {
  const { model, flow } = stored as StoredDraft;
  return { model, flow };
};

export interface DesignProblem {
  /** `form:<path>` or `flow:<node or edge>` */
  path: string;
  message: Localized;
}

/** Everything wrong with a draft, form and route together, each naming its place. */
export async function draftProblems(tx: Queryable, tenantId: string, draft: Draft): Promise<DesignProblem[]> {
  const org = await loadOrgSnapshot(tx, tenantId);
  const model = validateModel(draft.model).map((p) => ({ path: `form:${p.path}`, message: p.message }));
  if (model.length > 0) return model;
  const flow = validateFlow(draft.flow, { fields: draft.model.fields, ranks: rankNames(org) }).map((p) => ({
    path: `flow:${p.nodeId ?? p.edgeId ?? p.path ?? ''}`,
    message: p.message,
  }));
  return flow;
}

/** Who may create a form (a new one or a duplicate): tenant admins and designers. */
export function canCreateTemplates(viewer: Viewer): boolean {
  return viewer.isAdmin || viewer.roles.includes('designer');
}

/** A first draft of a published template starts from its current version; later saves keep what the draft started from. */
async function basedOnWhenSaving(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  existingDraft: unknown,
): Promise<number | null> {
  if (existingDraft === undefined) return null;
  if (existingDraft !== null) return storedBase(existingDraft);
  return (await getCurrentVersion(tx, tenantId, templateId))?.version ?? null;
}

/** Saves the designer's working copy; nothing reaches people until it is published. */
export function saveDraftOp(
  ctx: ServiceContext,
  input: {
    templateId?: string | undefined;
    key: string;
    title: Localized;
    serialPrefix: string;
    /** checked in depth by validateModel / validateFlow below, which name every problem */
    draft: { model: object; flow: object };
  },
) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  const draft = input.draft as Draft;
  return ctx.tx(async (tx) => {
    let templateId = input.templateId;
    // undefined: a new template; null: one published without a draft so far
    let existingDraft: unknown;
    if (templateId) {
      const existing = await getDraft(tx, tenantId, templateId);
      if (!existing) throw errors.notFound(TEMPLATE);
      if (existing.key !== input.key)
        throw errors.invalidForm([
          {
            path: 'key',
            message: { zh: '已有表单的标识不能修改', en: "An existing form's key cannot change" },
          },
        ]);
      await requireTemplateAccess(tx, tenantId, userId, templateId, 'editor');
      existingDraft = existing.draft;
    } else {
      if (!canCreateTemplates(ctx.viewer)) throw errors.forbidden();
      if (await findTemplateIdByKey(tx, tenantId, input.key)) {
        throw new AppError('conflict', 'errors.templateKeyTaken', {
          zh: `表单标识「${input.key}」已被使用`,
          en: `The form key ${input.key} is taken`,
        });
      }
      templateId = deps.newId();
    }
    const stored: StoredDraft = { model: draft.model, flow: draft.flow };
    const basedOn = await basedOnWhenSaving(tx, tenantId, templateId, existingDraft);
    if (basedOn !== null) stored.basedOnVersion = basedOn;
    await saveDraft(tx, tenantId, {
      templateId,
      key: input.key,
      title: input.title,
      serialPrefix: input.serialPrefix,
      draft: stored,
      at: deps.clock().toISOString(),
      by: userId,
    });
    // a designer who is not an admin must be able to open what they just made
    if (existingDraft === undefined)
      await grantCreator(tx, deps, { tenantId, userId, templateId, folderId: null });
    return { templateId, problems: await draftProblems(tx, tenantId, draft) };
  });
}

/**
 * Freezes the draft into a new immutable version and makes it current. Requests already running
 * stay on the version they started with. A draft with any problem is refused and nothing changes.
 */
export function publishOp(ctx: ServiceContext, input: { templateId: string }) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  const { templateId } = input;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, templateId, 'editor');
    const row = await getDraft(tx, tenantId, templateId);
    if (!row?.draft) throw errors.notFound(TEMPLATE);
    const draft = draftOf(row.draft);
    const problems = await draftProblems(tx, tenantId, draft);
    if (problems.length > 0) {
      const fieldErrors: FieldErrorMessage[] = problems.map((p) => ({ path: p.path, message: p.message }));
      throw new AppError(
        'validation_failed',
        'errors.cannotPublish',
        {
          zh: '表单或流程有问题，无法发布',
          en: 'The form or its route has problems; it cannot be published',
        },
        fieldErrors,
      );
    }
    const previous = await getCurrentVersion(tx, tenantId, templateId);
    const { schema, uiSchema } = compileForm(draft.model);
    const versionId = deps.newId();
    const version = await publishTemplateVersion(tx, tenantId, {
      templateId,
      versionId,
      key: row.key,
      title: row.title,
      serialPrefix: row.serialPrefix,
      formModel: draft.model,
      formSchema: schema,
      uiSchema,
      flow: draft.flow,
      // the designer does not edit the serial pattern (a catalog template's); a new version keeps it
      ...(previous?.serialPattern == null ? {} : { serialPattern: previous.serialPattern }),
      publishedBy: userId,
    });
    // the draft now is what was published: the next edits start from this version
    await setDraftBasedOn(tx, tenantId, templateId, version);
    await audit(tx, deps, tenantId, userId, 'template.publish', `template:${templateId}`, {
      version,
      previous: previous?.version ?? null,
    });
    return { templateId, versionId, version };
  });
}

export function versionsOp(ctx: ServiceContext, input: { templateId: string }) {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, input.templateId, 'editor');
    return listVersions(tx, tenantId, input.templateId);
  });
}

/**
 * The designer's working copy. A template published without one (the seeded and catalog ones)
 * opens on its current version, in the same shape, so saving it back is accepted unchanged.
 */
export function getDraftOp(ctx: ServiceContext, input: { templateId: string }): Promise<DraftView> {
  const { tenantId, userId } = ctx.viewer;
  const { templateId } = input;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, templateId, 'editor');
    const row = await getDraft(tx, tenantId, templateId);
    if (!row) throw errors.notFound(TEMPLATE);
    if (row.draft) {
      const draft = draftOf(row.draft);
      return {
        ...row,
        draft,
        basedOnVersion: storedBase(row.draft),
        problems: await draftProblems(tx, tenantId, draft),
      };
    }
    const current = await getCurrentVersion(tx, tenantId, templateId);
    if (!current) return { ...row, draft: null, basedOnVersion: null, problems: [] };
    const draft: Draft = { model: current.formModel as FormModel, flow: current.flow as FlowDefinition };
    return {
      ...row,
      draft,
      basedOnVersion: current.version,
      problems: await draftProblems(tx, tenantId, draft),
    };
  });
}
