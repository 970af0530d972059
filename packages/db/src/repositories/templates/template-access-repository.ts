import type { Queryable } from '../../core/database.js';
import type { LocalizedText } from '../../core/db-error.js';
import { forgetTenantHead } from '../tenants/tenant-head.js';

export interface FolderRow {
  id: string;
  name: string;
  parentId: string | null;
}

export interface GrantRow {
  id: string;
  targetType: 'folder' | 'template';
  targetId: string;
  principalType: 'user' | 'department' | 'position' | 'role' | 'everyone';
  principalId: string;
  level: 'manager' | 'editor' | 'author' | 'reader';
}

/** What a template row says beyond its published versions: the part a publish, move or archive changes. */
export interface TemplateHead {
  id: string;
  key: string;
  title: LocalizedText;
  serialPrefix: string;
  folderId: string | null;
  currentVersionId: string | null;
  supervisorIds: string[];
  archivedAt: string | null;
}

export interface TemplateAccess {
  folders: FolderRow[];
  grants: GrantRow[];
  templateFolders: Map<string, string | null>;
  templates: Map<string, TemplateHead>;
}

/** Everything the access rule needs for a tenant, and every template's head, in three reads. */
export async function loadTemplateAccess(tx: Queryable, tenantId: string): Promise<TemplateAccess> {
  const [folders, grants, templates] = await Promise.all([
    tx.query<{ id: string; name: string; parent_id: string | null }>(
      'SELECT id, name, parent_id FROM template_folders WHERE tenant_id = $1 ORDER BY name, id',
      [tenantId],
    ),
    tx.query<{
      id: string;
      target_type: GrantRow['targetType'];
      target_id: string;
      principal_type: GrantRow['principalType'];
      principal_id: string;
      level: GrantRow['level'];
    }>(
      'SELECT id, target_type, target_id, principal_type, principal_id, level FROM template_grants WHERE tenant_id = $1 ORDER BY id',
      [tenantId],
    ),
    tx.query<{
      id: string;
      key: string;
      title: LocalizedText;
      serial_prefix: string;
      folder_id: string | null;
      current_version_id: string | null;
      supervisor_ids: string[];
      archived_at: string | Date | null;
    }>(
      `SELECT id, key, title, serial_prefix, folder_id, current_version_id, supervisor_ids, archived_at
         FROM templates WHERE tenant_id = $1`,
      [tenantId],
    ),
  ]);
  return {
    folders: folders.map((f) => ({ id: f.id, name: f.name, parentId: f.parent_id })),
    grants: grants.map((g) => ({
      id: g.id,
      targetType: g.target_type,
      targetId: g.target_id,
      principalType: g.principal_type,
      principalId: g.principal_id,
      level: g.level,
    })),
    templateFolders: new Map(templates.map((t) => [t.id, t.folder_id])),
    templates: new Map(
      templates.map((t) => [
        t.id,
        {
          id: t.id,
          key: t.key,
          title: t.title,
          serialPrefix: t.serial_prefix,
          folderId: t.folder_id,
          currentVersionId: t.current_version_id,
          supervisorIds: t.supervisor_ids,
          archivedAt: t.archived_at === null ? null : new Date(t.archived_at).toISOString(),
        },
      ]),
    ),
  };
}

export async function saveFolder(tx: Queryable, tenantId: string, f: FolderRow): Promise<void> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    `INSERT INTO template_folders (tenant_id, id, name, parent_id) VALUES ($1,$2,$3,$4)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id`,
    [tenantId, f.id, f.name, f.parentId],
  );
}

export async function moveTemplate(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  folderId: string | null,
): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  return (
    (
      await tx.query<{ id: string }>(
        'UPDATE templates SET folder_id = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id',
        [tenantId, templateId, folderId],
      )
    ).length > 0
  );
}

export async function insertGrant(tx: Queryable, tenantId: string, g: GrantRow): Promise<void> {
  forgetTenantHead(tx, tenantId);
  await tx.query(
    'INSERT INTO template_grants (tenant_id, id, target_type, target_id, principal_type, principal_id, level) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [tenantId, g.id, g.targetType, g.targetId, g.principalType, g.principalId, g.level],
  );
}

export async function deleteGrant(tx: Queryable, tenantId: string, id: string): Promise<boolean> {
  forgetTenantHead(tx, tenantId);
  return (
    (
      await tx.query<{ id: string }>(
        'DELETE FROM template_grants WHERE tenant_id = $1 AND id = $2 RETURNING id',
        [tenantId, id],
      )
    ).length > 0
  );
}
