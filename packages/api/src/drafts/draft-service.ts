import {
  deleteSubmissionDraft,
  getCurrentVersion,
  getSubmissionDraft,
  listSubmissionDrafts,
  saveSubmissionDraft,
  type Queryable,
  type TemplateVersionRow,
} from '@signoff/db';
import { AppError, errors, type Localized } from '../trpc/app-error.js';
import type { Viewer } from '../auth/viewer.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { accessResolver, requireTemplateAccess } from '../templates/template-access-service.js';
import { atLeast } from '@signoff/org';

const FORM = { zh: '表单', en: 'The form' };

/** A draft is what one person typed into one form: 1 MB of JSON is far beyond any real form, and bounds what a client can park here. */
export const MAX_DRAFT_BYTES = 1024 * 1024;

export const draftErrors = {
  tooLarge: (bytes: number) => {
    const kb = Math.ceil(bytes / 1024);
    return new AppError('bad_request', 'errors.draftTooLarge', {
      zh: `草稿过大（${kb} KB，上限 1 MB），未保存；请删减内容后再试`,
      en: `The draft is too large (${kb} KB; the limit is 1 MB) and was not saved; remove some content and try again`,
    });
  },
};

export interface DraftOut {
  data: Record<string, unknown>;
  savedAt: string;
  versionId: string;
}

export interface DraftSummaryOut {
  templateId: string;
  title: Localized;
  savedAt: string;
}

/** The same gate as instances.submit: a published form the caller may submit (author or more). */
async function submittableVersion(
  tx: Queryable,
  viewer: Viewer,
  templateId: string,
): Promise<TemplateVersionRow> {
  const v = await getCurrentVersion(tx, viewer.tenantId, templateId);
  if (!v) throw errors.notFound(FORM);
  await requireTemplateAccess(tx, viewer.tenantId, viewer.userId, v.templateId, 'author');
  return v;
}

/** The caller's draft of a form, or null; `versionId` says which version of the form it was typed against. */
export function getDraft(ctx: ServiceContext, input: { templateId: string }): Promise<DraftOut | null> {
  const { viewer } = ctx;
  return ctx.tx(async (tx) => {
    await submittableVersion(tx, viewer, input.templateId);
    const d = await getSubmissionDraft(tx, viewer.tenantId, viewer.userId, input.templateId);
    return d ? { data: d.data, savedAt: d.savedAt, versionId: d.versionId } : null;
  });
}

/** Saves (or replaces) the caller's draft against the form's current version. Too large: refused before anything is written. */
export function saveDraft(
  ctx: ServiceContext,
  input: { templateId: string; data: Record<string, unknown> },
): Promise<{ savedAt: string }> {
  const bytes = Buffer.byteLength(JSON.stringify(input.data), 'utf8');
  if (bytes > MAX_DRAFT_BYTES) throw draftErrors.tooLarge(bytes);
  const { viewer } = ctx;
  return ctx.tx(async (tx) => {
    const v = await submittableVersion(tx, viewer, input.templateId);
    const savedAt = ctx.deps.clock().toISOString();
    await saveSubmissionDraft(tx, viewer.tenantId, viewer.userId, {
      templateId: v.templateId,
      versionId: v.versionId,
      data: input.data,
      savedAt,
    });
    return { savedAt };
  });
}

/** Removes the caller's own draft; allowed even after losing access to the form, so nothing of theirs is stuck. */
export async function discardDraft(
  ctx: ServiceContext,
  input: { templateId: string },
): Promise<{ discarded: boolean }> {
  const { tenantId, userId } = ctx.viewer;
  const discarded = await ctx.tx((tx) => deleteSubmissionDraft(tx, tenantId, userId, input.templateId));
  return { discarded };
}

/** The caller's drafts of forms they may still submit, the most recent first (the start page's "continue filling"). */
export function listDrafts(ctx: ServiceContext): Promise<DraftSummaryOut[]> {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const drafts = await listSubmissionDrafts(tx, tenantId, userId);
    if (drafts.length === 0) return [];
    const levelOf = await accessResolver(tx, tenantId, userId);
    return drafts.filter((d) => atLeast(levelOf(d.templateId), 'author'));
  });
}
