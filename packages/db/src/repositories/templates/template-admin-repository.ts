import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';
import { forgetTenantHead } from '../tenants/tenant-head.js';

/** One template as the designers' list shows it: published or not, its draft, archived or not. */
export interface DesignTemplateRow {
  templateId: string;
  key: string;
  title: LocalizedText;
  folderId: string | null;
  /** the current version's number; null while never published */
  publishedVersion: number | null;
  /** whether a draft is stored (seeded and catalog templates are published without one) */
  hasDraft: boolean;
  /** the stored draft's form or route differs from the current version (always, when never published) */
  unpublishedChanges: boolean;
  draftUpdatedAt: string | null;
  draftUpdatedBy: string | null;
  archivedAt: string | null;
  archivedBy: string | null;
}

type DesignRecord = {
  id: string;
  key: string;
  title: LocalizedText;
  folder_id: string | null;
  published_version: number | null;
  has_draft: boolean;
  unpublished_changes: boolean;
  draft_updated_at: string | Date | null;
  draft_updated_by: string | null;
  archived_at: string | Date | null;
  archived_by: string | null;
};

const iso = (d: string | Date | null) => (d === null ? null : new Date(d).toISOString());

/** Every template of the tenant, by key; the archived ones only when asked for. */
export async function listDesignTemplates(
  tx: Queryable,
  tenantId: string,
  options: { archived: boolean },
): Promise<DesignTemplateRow[]> {
  const rows = await tx.query<DesignRecord>(
    `SELECT t.id, t.key, t.title, t.folder_id, v.version AS published_version,
            (jsonb_typeof(t.draft) = 'object') IS TRUE AS has_draft,
            (jsonb_typeof(t.draft) = 'object' AND (v.id IS NULL OR t.draft->'model' IS DISTINCT FROM v.form_model
              OR t.draft->'flow' IS DISTINCT FROM v.flow)) IS TRUE AS unpublished_changes,
            t.draft_updated_at, t.draft_updated_by, t.archived_at, t.archived_by
       FROM templates t
       LEFT JOIN template_versions v ON v.tenant_id = t.tenant_id AND v.id = t.current_version_id
      WHERE t.tenant_id = $1 AND ($2::boolean OR t.archived_at IS NULL)
      ORDER BY t.key`,
    [tenantId, options.archived],
  );
  return rows.map((r) => ({
    templateId: r.id,
    key: r.key,
    title: r.title,
    folderId: r.folder_id,
    publishedVersion: r.published_version,
    hasDraft: r.has_draft,
    unpublishedChanges: r.unpublished_changes,
    draftUpdatedAt: iso(r.draft_updated_at),
    draftUpdatedBy: r.draft_updated_by,
    archivedAt: iso(r.archived_at),
    archivedBy: r.archived_by,
  }));
}

/** The template's title only (lists, start page); the draft and the frozen versions are the caller's to mind. */
export async function setTemplateTitle(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  title: LocalizedText,
): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  const rows = await tx.query<{ id: string }>(
    'UPDATE templates SET title = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id',
    [tenantId, templateId, JSON.stringify(title)],
  );
  return rows.length > 0;
}

/** When the template was archived; null while in use, undefined when the tenant has no such template. */
export async function templateArchivedAt(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<string | null | undefined> {
  const rows = await tx.query<{ archived_at: string | Date | null }>(
    'SELECT archived_at FROM templates WHERE tenant_id = $1 AND id = $2',
    [tenantId, templateId],
  );
  return rows[0] ? iso(rows[0].archived_at) : undefined;
}

/** Archives (a when and who) or restores (null) a template; false when the tenant has no such template. */
export async function setTemplateArchived(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  mark: { at: string; by: string } | null,
): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  const rows = await tx.query<{ id: string }>(
    'UPDATE templates SET archived_at = $3, archived_by = $4 WHERE tenant_id = $1 AND id = $2 RETURNING id',
    [tenantId, templateId, mark?.at ?? null, mark?.by ?? null],
  );
  return rows.length > 0;
}

/** A new, unpublished template holding a draft, in a folder: what a duplicate starts as. */
export async function insertTemplateCopy(
  tx: Queryable,
  tenantId: string,
  c: {
    templateId: string;
    key: string;
    title: LocalizedText;
    serialPrefix: string;
    folderId: string | null;
    draft: unknown;
    at: string;
    by: string;
  },
): Promise<void> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    `INSERT INTO templates (tenant_id, id, key, title, serial_prefix, folder_id, draft, draft_updated_at, draft_updated_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      tenantId,
      c.templateId,
      c.key,
      JSON.stringify(c.title),
      c.serialPrefix,
      c.folderId,
      JSON.stringify(c.draft),
      c.at,
      c.by,
    ],
  );
}

/** Which of the given keys the tenant already uses, so a copy's key can step past them. */
export async function takenTemplateKeys(
  tx: Queryable,
  tenantId: string,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx.query<{ key: string }>(
    'SELECT key FROM templates WHERE tenant_id = $1 AND key = ANY($2::text[])',
    [tenantId, [...keys]],
  );
  return new Set(rows.map((r) => r.key));
}
