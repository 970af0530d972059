import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';

/** A person's unsent request: the form data as last saved, and the version it was typed against. */
export interface SubmissionDraft {
  templateId: string;
  versionId: string;
  data: Record<string, unknown>;
  savedAt: string;
}

export interface SubmissionDraftSummary {
  templateId: string;
  title: LocalizedText;
  savedAt: string;
}

type DraftRecord = {
  template_id: string;
  version_id: string;
  data: Record<string, unknown>;
  saved_at: string | Date;
};

export async function getSubmissionDraft(
  tx: Queryable,
  tenantId: string,
  userId: string,
  templateId: string,
): Promise<SubmissionDraft | null> {
  const rows = await tx.query<DraftRecord>(
    'SELECT template_id, version_id, data, saved_at FROM submission_drafts WHERE tenant_id = $1 AND user_id = $2 AND template_id = $3',
    [tenantId, userId, templateId],
  );
  const r = rows[0];
  return r
    ? {
        templateId: r.template_id,
        versionId: r.version_id,
        data: r.data,
        savedAt: new Date(r.saved_at).toISOString(),
      }
    : null;
}

/** One draft per person and template: a later save replaces the earlier one. */
export async function saveSubmissionDraft(
  tx: Queryable,
  tenantId: string,
  userId: string,
  d: SubmissionDraft,
): Promise<void> {
  await tx.query(
    `INSERT INTO submission_drafts (tenant_id, user_id, template_id, version_id, data, saved_at) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (tenant_id, user_id, template_id) DO UPDATE SET version_id = excluded.version_id, data = excluded.data, saved_at = excluded.saved_at`,
    [tenantId, userId, d.templateId, d.versionId, JSON.stringify(d.data), d.savedAt],
  );
}

export async function deleteSubmissionDraft(
  tx: Queryable,
  tenantId: string,
  userId: string,
  templateId: string,
): Promise<boolean> {
  const rows = await tx.query<{ template_id: string }>(
    'DELETE FROM submission_drafts WHERE tenant_id = $1 AND user_id = $2 AND template_id = $3 RETURNING template_id',
    [tenantId, userId, templateId],
  );
  return rows.length > 0;
}

/** The person's drafts, the most recently saved first, with their forms' titles. */
export async function listSubmissionDrafts(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<SubmissionDraftSummary[]> {
  const rows = await tx.query<{ template_id: string; title: LocalizedText; saved_at: string | Date }>(
    `SELECT d.template_id, t.title, d.saved_at FROM submission_drafts d
       JOIN templates t ON t.tenant_id = d.tenant_id AND t.id = d.template_id
      WHERE d.tenant_id = $1 AND d.user_id = $2 ORDER BY d.saved_at DESC, d.template_id`,
    [tenantId, userId],
  );
  return rows.map((r) => ({
    templateId: r.template_id,
    title: r.title,
    savedAt: new Date(r.saved_at).toISOString(),
  }));
}
