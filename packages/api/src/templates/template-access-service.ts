import { cachedOrgSnapshot, cachedTemplateAccess, type Queryable } from '@signoff/db';
import { atLeast, templatePermissions, type AccessLevel } from '@signoff/org';
import { errors } from '../trpc/app-error.js';
import { viewerOf } from '../auth/viewer.js';

/**
 * Resolves the caller's level on every template at once; the rule itself is @signoff/org's
 * templatePermissions. The org and the templates' folders and grants come from the process's
 * caches (checked against the company's version numbers), and the caller's standing (active,
 * admin) from the same org snapshot, which moves with any change to a person's roles.
 */
export async function accessResolver(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<(templateId: string) => AccessLevel | null> {
  const [org, access] = await Promise.all([
    cachedOrgSnapshot(tx, tenantId),
    cachedTemplateAccess(tx, tenantId),
  ]);
  const { isAdmin } = viewerOf(tenantId, userId, org.users.find((u) => u.id === userId) ?? null);
  const permissions = templatePermissions({
    org,
    userId,
    isAdmin,
    folders: access.folders,
    grants: access.grants,
  });
  return (templateId) =>
    permissions.template({ id: templateId, folderId: access.templateFolders.get(templateId) ?? null }).level;
}

/** Throws forbidden unless the caller holds `need` (or more) on the template. */
export async function requireTemplateAccess(
  tx: Queryable,
  tenantId: string,
  userId: string,
  templateId: string,
  need: AccessLevel,
): Promise<AccessLevel> {
  const level = (await accessResolver(tx, tenantId, userId))(templateId);
  if (!atLeast(level, need)) throw errors.forbidden();
  return level as AccessLevel;
}
