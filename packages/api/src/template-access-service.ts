import { findUserById, loadOrgSnapshot, loadTemplateAccess, type Queryable } from '@signoff/db';
import { errors } from './app-error.js';
import { atLeast, templateAccess, type AccessLevel } from './template-access.js';

/** Resolves the caller's level on every template at once (one org load, one grants load). */
export async function accessResolver(tx: Queryable, tenantId: string, userId: string): Promise<(templateId: string) => AccessLevel | null> {
  const [org, access, me] = await Promise.all([loadOrgSnapshot(tx, tenantId), loadTemplateAccess(tx, tenantId), findUserById(tx, tenantId, userId)]);
  const isAdmin = me?.active === true && me.roles.includes('admin');
  return (templateId) =>
    templateAccess({ org, userId, isAdmin, template: { id: templateId, folderId: access.templateFolders.get(templateId) ?? null }, folders: access.folders, grants: access.grants });
}

/** Throws forbidden unless the caller holds `need` (or more) on the template. */
export async function requireTemplateAccess(tx: Queryable, tenantId: string, userId: string, templateId: string, need: AccessLevel): Promise<AccessLevel> {
  const level = (await accessResolver(tx, tenantId, userId))(templateId);
  if (!atLeast(level, need)) throw errors.forbidden();
  return level as AccessLevel;
}
