import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';
import { forgetTenantHead } from '../tenants/tenant-head.js';

export interface PublishInput {
  templateId: string;
  versionId: string;
  key: string;
  title: LocalizedText;
  serialPrefix: string;
  formModel: unknown;
  formSchema: unknown;
  uiSchema: unknown;
  flow: unknown;
  /** a @signoff/flow SerialPattern; absent: the classic `<prefix>-YYYYMM-NNNN` */
  serialPattern?: unknown;
  /** the user who published it; absent for versions the system publishes (the demo seed) */
  publishedBy?: string;
}

export interface TemplateVersionRow {
  templateId: string;
  versionId: string;
  version: number;
  key: string;
  title: LocalizedText;
  serialPrefix: string;
  formModel: unknown;
  formSchema: unknown;
  uiSchema: unknown;
  flow: unknown;
  /** a @signoff/flow SerialPattern; null: the classic `<prefix>-YYYYMM-NNNN` */
  serialPattern: unknown;
  /** the template's supervisors (督办人, seed 001) */
  supervisorIds: string[];
  /** when the template was archived (停用): no new request may be submitted; null while in use */
  archivedAt: string | null;
}

/**
 * Freezes a new version of a template and makes it current. Versions are only ever inserted,
 * so instances that started on an older one keep exactly the form and route they began with.
 */
export async function publishTemplateVersion(
  tx: Queryable,
  tenantId: string,
  input: PublishInput,
): Promise<number> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    `INSERT INTO templates (tenant_id, id, key, title, serial_prefix) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (tenant_id, key) DO UPDATE SET title = EXCLUDED.title`,
    [tenantId, input.templateId, input.key, JSON.stringify(input.title), input.serialPrefix],
  );
  const [tpl] = await tx.query<{ id: string }>('SELECT id FROM templates WHERE tenant_id = $1 AND key = $2', [
    tenantId,
    input.key,
  ]);
  const templateId = tpl?.id ?? input.templateId;
  const [next] = await tx.query<{ v: number }>(
    'SELECT coalesce(max(version), 0)::int + 1 AS v FROM template_versions WHERE tenant_id = $1 AND template_id = $2',
    [tenantId, templateId],
  );
  const version = next?.v ?? 1;
  await tx.query(
    `INSERT INTO template_versions (tenant_id, id, template_id, version, form_model, form_schema, ui_schema, flow, serial_pattern, published_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [
      tenantId,
      input.versionId,
      templateId,
      version,
      JSON.stringify(input.formModel),
      JSON.stringify(input.formSchema),
      JSON.stringify(input.uiSchema),
      JSON.stringify(input.flow),
      input.serialPattern === undefined ? null : JSON.stringify(input.serialPattern),
      input.publishedBy ?? null,
    ],
  );
  await tx.query('UPDATE templates SET current_version_id = $3 WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    templateId,
    input.versionId,
  ]);
  return version;
}

const VERSION_SELECT = `SELECT t.id AS template_id, v.id AS version_id, v.version, t.key, t.title, t.serial_prefix,
  v.form_model, v.form_schema, v.ui_schema, v.flow, v.serial_pattern, t.supervisor_ids, t.archived_at
  FROM templates t JOIN template_versions v ON v.tenant_id = t.tenant_id AND v.template_id = t.id`;

type VersionRecord = {
  template_id: string;
  version_id: string;
  version: number;
  key: string;
  title: LocalizedText;
  serial_prefix: string;
  form_model: unknown;
  form_schema: unknown;
  ui_schema: unknown;
  flow: unknown;
  serial_pattern: unknown;
  supervisor_ids: string[];
  archived_at: string | Date | null;
};

const toVersion = (r: VersionRecord): TemplateVersionRow => ({
  templateId: r.template_id,
  versionId: r.version_id,
  version: r.version,
  key: r.key,
  title: r.title,
  serialPrefix: r.serial_prefix,
  formModel: r.form_model,
  formSchema: r.form_schema,
  uiSchema: r.ui_schema,
  flow: r.flow,
  serialPattern: r.serial_pattern ?? null,
  supervisorIds: r.supervisor_ids,
  archivedAt: r.archived_at === null ? null : new Date(r.archived_at).toISOString(),
});

export async function listPublishedTemplates(tx: Queryable, tenantId: string): Promise<TemplateVersionRow[]> {
  const rows = await tx.query<VersionRecord>(
    `${VERSION_SELECT} WHERE t.tenant_id = $1 AND v.id = t.current_version_id ORDER BY t.key`,
    [tenantId],
  );
  return rows.map(toVersion);
}

export async function getCurrentVersion(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<TemplateVersionRow | null> {
  const rows = await tx.query<VersionRecord>(
    `${VERSION_SELECT} WHERE t.tenant_id = $1 AND t.id = $2 AND v.id = t.current_version_id`,
    [tenantId, templateId],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

export async function getVersion(
  tx: Queryable,
  tenantId: string,
  versionId: string,
): Promise<TemplateVersionRow | null> {
  const rows = await tx.query<VersionRecord>(`${VERSION_SELECT} WHERE t.tenant_id = $1 AND v.id = $2`, [
    tenantId,
    versionId,
  ]);
  return rows[0] ? toVersion(rows[0]) : null;
}

/** One published version of a template by its number (1, 2, …), as the versions list names it. */
export async function getVersionByNumber(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  version: number,
): Promise<TemplateVersionRow | null> {
  const rows = await tx.query<VersionRecord>(
    `${VERSION_SELECT} WHERE t.tenant_id = $1 AND t.id = $2 AND v.version = $3`,
    [tenantId, templateId, version],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

/** Sets the template's supervisors (督办人): they see progress, urge, reassign overdue tasks, extend deadlines. */
export async function setTemplateSupervisors(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  userIds: readonly string[],
): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  const rows = await tx.query<{ id: string }>(
    'UPDATE templates SET supervisor_ids = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id',
    [tenantId, templateId, [...userIds]],
  );
  return rows.length > 0;
}

/** What the start page shows of each template beside its title: its folder and its one-line description. */
export interface TemplateCard {
  folder: { id: string; name: string } | null;
  description: LocalizedText | null;
}

/** Folder and description of every template of the tenant, by template id (the description comes from the imported catalog file). */
export async function templateCards(tx: Queryable, tenantId: string): Promise<Map<string, TemplateCard>> {
  const rows = await tx.query<{
    id: string;
    folder_id: string | null;
    folder_name: string | null;
    description: LocalizedText | null;
  }>(
    `SELECT t.id, t.folder_id, f.name AS folder_name, s.file->'description' AS description
       FROM templates t
       LEFT JOIN template_folders f ON f.tenant_id = t.tenant_id AND f.id = t.folder_id
       LEFT JOIN template_sources s ON s.tenant_id = t.tenant_id AND s.template_id = t.id
      WHERE t.tenant_id = $1`,
    [tenantId],
  );
  const isText = (d: unknown): d is LocalizedText =>
    typeof d === 'object' &&
    d !== null &&
    typeof (d as LocalizedText).zh === 'string' &&
    typeof (d as LocalizedText).en === 'string';
  return new Map(
    rows.map((r) => [
      r.id,
      {
        folder: r.folder_id && r.folder_name ? { id: r.folder_id, name: r.folder_name } : null,
        description: isText(r.description) ? r.description : null,
      },
    ]),
  );
}

/** Whether the person is a supervisor (督办人) of at least one template. */
export async function supervisesAnyTemplate(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<boolean> {
  const rows = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM templates WHERE tenant_id = $1 AND $2 = ANY(supervisor_ids)',
    [tenantId, userId],
  );
  return (rows[0]?.n ?? 0) > 0;
}
