import type { Queryable } from '../../core/database.js';

/** The catalog file a template was last imported from (see migration 0020). */
export interface TemplateSource {
  templateId: string;
  key: string;
  /** the catalog's code, e.g. `real-estate`; null for a file imported on its own */
  catalog: string | null;
  contentHash: string;
  file: unknown;
  importedAt: string;
}

type SourceRecord = {
  template_id: string;
  key: string;
  catalog: string | null;
  content_hash: string;
  file: unknown;
  imported_at: string | Date;
};

const toSource = (r: SourceRecord): TemplateSource => ({
  templateId: r.template_id,
  key: r.key,
  catalog: r.catalog,
  contentHash: r.content_hash,
  file: r.file,
  importedAt: new Date(r.imported_at).toISOString(),
});

const SELECT = `SELECT s.template_id, t.key, s.catalog, s.content_hash, s.file, s.imported_at
  FROM template_sources s JOIN templates t ON t.tenant_id = s.tenant_id AND t.id = s.template_id`;

export async function listTemplateSources(tx: Queryable, tenantId: string): Promise<TemplateSource[]> {
  const rows = await tx.query<SourceRecord>(`${SELECT} WHERE s.tenant_id = $1 ORDER BY t.key`, [tenantId]);
  return rows.map(toSource);
}

export async function getTemplateSource(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<TemplateSource | null> {
  const rows = await tx.query<SourceRecord>(`${SELECT} WHERE s.tenant_id = $1 AND s.template_id = $2`, [
    tenantId,
    templateId,
  ]);
  return rows[0] ? toSource(rows[0]) : null;
}

/** Records (or replaces) the file a template was just published from. */
export async function saveTemplateSource(
  tx: Queryable,
  tenantId: string,
  source: { templateId: string; catalog: string | null; contentHash: string; file: unknown },
): Promise<void> {
  await tx.query(
    `INSERT INTO template_sources (tenant_id, template_id, catalog, content_hash, file) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (tenant_id, template_id) DO UPDATE SET catalog = excluded.catalog, content_hash = excluded.content_hash,
       file = excluded.file, imported_at = now()`,
    [tenantId, source.templateId, source.catalog, source.contentHash, JSON.stringify(source.file)],
  );
}
