import {
  deleteGrant,
  insertGrant,
  loadTemplateAccess,
  saveFolder,
  setTemplateSupervisors,
  type Queryable,
} from '@signoff/db';
import { errors } from '../trpc/app-error.js';
import type { ApiDeps } from '../trpc/context.js';
import type { Viewer } from '../auth/viewer.js';
import { requireTemplateAccess } from './template-access-service.js';
import type { AccessLevel } from './template-access.js';

const GRANT = { zh: '授权', en: 'The grant' };
const TEMPLATE = { zh: '表单', en: 'The form' };
const PARENT_FOLDER = { zh: '上级文件夹', en: 'The parent folder' };

export interface GrantInput {
  targetType: 'folder' | 'template';
  targetId: string;
  principalType: 'user' | 'department' | 'position' | 'role' | 'everyone';
  principalId: string;
  level: AccessLevel;
}

/** Folders, grants and which folder holds each template: the admin's permission screen. */
export async function templateAccessView(tx: Queryable, viewer: Viewer) {
  const a = await loadTemplateAccess(tx, viewer.tenantId);
  return { folders: a.folders, grants: a.grants, templateFolders: Object.fromEntries(a.templateFolders) };
}

/** Creates or renames/moves a folder (admin only, checked by the router's adminProcedure). */
export async function saveTemplateFolder(
  tx: Queryable,
  viewer: Viewer,
  deps: Pick<ApiDeps, 'newId'>,
  input: { id?: string | undefined; name: string; parentId: string | null },
) {
  const folder = { id: input.id ?? deps.newId(), name: input.name, parentId: input.parentId };
  // a folder may not end up inside itself
  const { folders } = await loadTemplateAccess(tx, viewer.tenantId);
  if (folder.parentId && !folders.some((f) => f.id === folder.parentId)) throw errors.notFound(PARENT_FOLDER);
  let p = folder.parentId;
  const seen = new Set<string>();
  while (p && !seen.has(p)) {
    if (p === folder.id)
      throw errors.invalidForm([
        {
          path: 'parentId',
          message: { zh: '文件夹不能放进它自己里面', en: 'A folder cannot go inside itself' },
        },
      ]);
    seen.add(p);
    p = folders.find((f) => f.id === p)?.parentId ?? null;
  }
  await saveFolder(tx, viewer.tenantId, folder);
  return folder;
}

/** On a template: its manager; on a folder: a tenant admin (the only manager of a template-less target). */
export async function grantOnTemplate(
  tx: Queryable,
  viewer: Viewer,
  deps: Pick<ApiDeps, 'newId'>,
  input: GrantInput,
) {
  await requireTemplateAccess(
    tx,
    viewer.tenantId,
    viewer.userId,
    input.targetType === 'template' ? input.targetId : '',
    'manager',
  );
  const grant = { ...input, id: deps.newId() };
  await insertGrant(tx, viewer.tenantId, grant);
  return grant;
}

export async function revokeGrant(tx: Queryable, viewer: Viewer, grantId: string) {
  const grant = (await loadTemplateAccess(tx, viewer.tenantId)).grants.find((g) => g.id === grantId);
  if (!grant) throw errors.notFound(GRANT);
  await requireTemplateAccess(
    tx,
    viewer.tenantId,
    viewer.userId,
    grant.targetType === 'template' ? grant.targetId : '',
    'manager',
  );
  await deleteGrant(tx, viewer.tenantId, grantId);
  return { ok: true as const };
}

/** The template's supervisors (督办人, seed 001), set by its manager. */
export async function setSupervisors(
  tx: Queryable,
  viewer: Viewer,
  input: { templateId: string; userIds: string[] },
) {
  await requireTemplateAccess(tx, viewer.tenantId, viewer.userId, input.templateId, 'manager');
  if (!(await setTemplateSupervisors(tx, viewer.tenantId, input.templateId, input.userIds)))
    throw errors.notFound(TEMPLATE);
  return { ok: true as const };
}
