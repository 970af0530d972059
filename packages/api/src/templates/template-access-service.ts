import { cachedOrgSnapshot, loadTemplateAccess, type Queryable } from '@signoff/db';
import { atLeast, templatePermissions, type AccessLevel } from '@signoff/org';
import { errors } from '../trpc/app-error.js';
import { loadViewer } from '../auth/viewer.js';

/**
 * Resolves the caller's level on every template at once (one org load, one grants load); the rule
 * itself is @signoff/org's templatePermissions.
 */
export async function accessResolver(
  tx: Queryable,
  tenantId: string,
  userId: string,
): Promise<(templateId: string) => AccessLevel | null> {
  const [org, access, { isAdmin }] = await Promise.all([
    cachedOrgSnapshot(tx, tenantId),
    loadTemplateAccess(tx, tenantId),
    loadViewer(tx, tenantId, userId),
  ]);
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
