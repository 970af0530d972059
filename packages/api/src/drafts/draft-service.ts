import {
  deleteSubmissionDraft,
  getCurrentVersion,
  getSubmissionDraft,
  listSubmissionDrafts,
  saveSubmissionDraft,
  withTenant,
  type Queryable,
  type TemplateVersionRow,
} from '@signoff/db';
import { AppError, errors, type Localized } from '../trpc/app-error.js';
import type { ApiDeps, SessionContext } from '../trpc/context.js';
import { accessResolver, requireTemplateAccess } from '../templates/template-access-service.js';
import { atLeast } from '../templates/template-access.js';

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
  session: SessionContext,
  templateId: string,
): Promise<TemplateVersionRow> {
  const v = await getCurrentVersion(tx, session.tenantId, templateId);
  if (!v) throw errors.notFound(FORM);
  await requireTemplateAccess(tx, session.tenantId, session.userId, v.templateId, 'author');
  return v;
}

/** The caller's draft of a form, or null; `versionId` says which version of the form it was typed against. */
export function getDraft(
  deps: ApiDeps,
  session: SessionContext,
  templateId: string,
): Promise<DraftOut | null> {
  return withTenant(deps.db, session.tenantId, async (tx) => {
    await submittableVersion(tx, session, templateId);
    const d = await getSubmissionDraft(tx, session.tenantId, session.userId, templateId);
    return d ? { data: d.data, savedAt: d.savedAt, versionId: d.versionId } : null;
  });
}

/** Saves (or replaces) the caller's draft against the form's current version. Too large: refused before anything is written. */
export function saveDraft(
  deps: ApiDeps,
  session: SessionContext,
  input: { templateId: string; data: Record<string, unknown> },
): Promise<{ savedAt: string }> {
  const bytes = Buffer.byteLength(JSON.stringify(input.data), 'utf8');
  if (bytes > MAX_DRAFT_BYTES) throw draftErrors.tooLarge(bytes);
  return withTenant(deps.db, session.tenantId, async (tx) => {
    const v = await submittableVersion(tx, session, input.templateId);
    const savedAt = deps.clock().toISOString();
    await saveSubmissionDraft(tx, session.tenantId, session.userId, {
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
  deps: ApiDeps,
  session: SessionContext,
  templateId: string,
): Promise<{ discarded: boolean }> {
  const discarded = await withTenant(deps.db, session.tenantId, (tx) =>
    deleteSubmissionDraft(tx, session.tenantId, session.userId, templateId),
  );
  return { discarded };
}

/** The caller's drafts of forms they may still submit, the most recent first (the start page's "continue filling"). */
export function listDrafts(deps: ApiDeps, session: SessionContext): Promise<DraftSummaryOut[]> {
  return withTenant(deps.db, session.tenantId, async (tx) => {
    const drafts = await listSubmissionDrafts(tx, session.tenantId, session.userId);
    if (drafts.length === 0) return [];
    const levelOf = await accessResolver(tx, session.tenantId, session.userId);
    return drafts.filter((d) => atLeast(levelOf(d.templateId), 'author'));
  });
}
