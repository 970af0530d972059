import { insertGrant, loadTemplateAccess, type Queryable } from '@signoff/db';
import { folderPath } from '@signoff/org';
import type { ApiDeps } from '../trpc/context.js';
import { loadViewer } from '../auth/viewer.js';

/**
 * Who may do what on a template someone just created (a new form or a duplicate). Without a
 * grant a designer who is not a tenant admin would be a mere author of it — unable to open the
 * draft they just made — so they are granted manager on it. A grant on a template closes it to
 * everyone not named, so when nothing on its path (itself, its folders) grants anything yet, an
 * "everyone: author" grant keeps it open to all members, as a template without grants is.
 * A duplicate first takes over the source's own grants, so it reaches the same people.
 * Tenant admins are managers everywhere and get no grant: what they create stays as open as before.
 */
export async function grantCreator(
  tx: Queryable,
  deps: Pick<ApiDeps, 'newId'>,
  input: {
    tenantId: string;
    userId: string;
    templateId: string;
    folderId: string | null;
    copyGrantsOf?: string;
  },
): Promise<void> {
  const { tenantId, userId, templateId } = input;
  const [access, creator] = await Promise.all([
    loadTemplateAccess(tx, tenantId),
    loadViewer(tx, tenantId, userId),
  ]);
  const copied = input.copyGrantsOf
    ? access.grants.filter((g) => g.targetType === 'template' && g.targetId === input.copyGrantsOf)
    : [];
  for (const g of copied) await insertGrant(tx, tenantId, { ...g, id: deps.newId(), targetId: templateId });
  if (creator.isAdmin) return;

  if (copied.length === 0 && !folderHasGrants(input.folderId, access)) {
    await insertGrant(tx, tenantId, {
      id: deps.newId(),
      targetType: 'template',
      targetId: templateId,
      principalType: 'everyone',
      principalId: '',
      level: 'author',
    });
  }
  const named = copied.some(
    (g) => g.principalType === 'user' && g.principalId === userId && g.level === 'manager',
  );
  if (!named) {
    await insertGrant(tx, tenantId, {
      id: deps.newId(),
      targetType: 'template',
      targetId: templateId,
      principalType: 'user',
      principalId: userId,
      level: 'manager',
    });
  }
}

/** Whether any grant sits on the folder or a folder above it (what templatePermissions inherits). */
function folderHasGrants(
  folderId: string | null,
  access: Awaited<ReturnType<typeof loadTemplateAccess>>,
): boolean {
  const path = new Set(folderPath(folderId, access.folders));
  return access.grants.some((g) => g.targetType === 'folder' && path.has(g.targetId));
}
