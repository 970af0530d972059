import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';
import { forgetTenantHead } from '../tenants/tenant-head.js';

export interface DraftRow {
  templateId: string;
  key: string;
  title: LocalizedText;
  serialPrefix: string;
  draft: unknown;
  updatedAt: string | null;
  updatedBy: string | null;
  currentVersionId: string | null;
}

/** Creates the template row on the first save (unpublished: it has no current version yet). */
export async function saveDraft(
  tx: Queryable,
  tenantId: string,
  d: {
    templateId: string;
    key: string;
    title: LocalizedText;
    serialPrefix: string;
    draft: unknown;
    at: string;
    by: string;
  },
): Promise<void> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    `INSERT INTO templates (tenant_id, id, key, title, serial_prefix, draft, draft_updated_at, draft_updated_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
     ON CONFLICT (tenant_id, id) DO UPDATE SET title = excluded.title, serial_prefix = excluded.serial_prefix,
       draft = excluded.draft, draft_updated_at = excluded.draft_updated_at, draft_updated_by = excluded.draft_updated_by`,
    [
      tenantId,
      d.templateId,
      d.key,
      JSON.stringify(d.title),
      d.serialPrefix,
      JSON.stringify(d.draft),
      d.at,
      d.by,
    ],
  );
}

type DraftRecord = {
  id: string;
  key: string;
  title: LocalizedText;
  serial_prefix: string;
  draft: unknown;
  draft_updated_at: string | Date | null;
  draft_updated_by: string | null;
  current_version_id: string | null;
};
const toDraft = (r: DraftRecord): DraftRow => ({
  templateId: r.id,
  key: r.key,
  title: r.title,
  serialPrefix: r.serial_prefix,
  draft: r.draft,
  updatedAt: r.draft_updated_at === null ? null : new Date(r.draft_updated_at).toISOString(),
  updatedBy: r.draft_updated_by,
  currentVersionId: r.current_version_id,
});

export async function getDraft(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<DraftRow | null> {
  const rows = await tx.query<DraftRecord>(
    'SELECT id, key, title, serial_prefix, draft, draft_updated_at, draft_updated_by, current_version_id FROM templates WHERE tenant_id = $1 AND id = $2',
    [tenantId, templateId],
  );
  return rows[0] ? toDraft(rows[0]) : null;
}

/**
 * Records in the stored draft which published version it now matches, without touching when or by
 * whom it was last edited (publishing is not an edit). A template without a draft is left alone.
 */
export async function setDraftBasedOn(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  version: number,
): Promise<void> {
  await tx.query(
    `UPDATE templates SET draft = jsonb_set(draft, '{basedOnVersion}', to_jsonb($3::int))
      WHERE tenant_id = $1 AND id = $2 AND jsonb_typeof(draft) = 'object'`,
    [tenantId, templateId, version],
  );
}

export async function findTemplateIdByKey(
  tx: Queryable,
  tenantId: string,
  key: string,
): Promise<string | null> {
  const rows = await tx.query<{ id: string }>('SELECT id FROM templates WHERE tenant_id = $1 AND key = $2', [
    tenantId,
    key,
  ]);
  return rows[0]?.id ?? null;
}

export interface VersionSummary {
  versionId: string;
  version: number;
  publishedAt: string;
  current: boolean;
  /** the publisher's user id; null when the system published it (the demo seed) */
  publishedBy: string | null;
  /** the publisher's name as the org has it today; null when there is no publisher or no such user */
  publishedByName: string | null;
}

type VersionSummaryRecord = {
  id: string;
  version: number;
  published_at: string | Date;
  current: boolean;
  published_by: string | null;
  publisher_name: string | null;
};

export async function listVersions(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<VersionSummary[]> {
  // the user is looked up in the same tenant: user ids are only unique within a tenant
  const rows = await tx.query<VersionSummaryRecord>(
    `SELECT v.id, v.version, v.published_at, (t.current_version_id = v.id) AS current, v.published_by, u.name AS publisher_name
       FROM template_versions v JOIN templates t ON t.tenant_id = v.tenant_id AND t.id = v.template_id
       LEFT JOIN users u ON u.tenant_id = v.tenant_id AND u.id = v.published_by
      WHERE v.tenant_id = $1 AND v.template_id = $2 ORDER BY v.version DESC`,
    [tenantId, templateId],
  );
  return rows.map((r) => ({
    versionId: r.id,
    version: r.version,
    publishedAt: new Date(r.published_at).toISOString(),
    current: r.current,
    publishedBy: r.published_by,
    publishedByName: r.publisher_name,
  }));
}
