import {
  cachedOrgSnapshot,
  deleteGrant,
  insertGrant,
  loadTemplateAccess,
  saveFolder,
  setTemplateSupervisors,
  type Queryable,
} from '@signoff/db';
import { createsFolderCycle, grantPrincipalKnown, type TemplateGrant } from '@signoff/org';
import { errors } from '../trpc/app-error.js';
import type { ServiceContext } from '../trpc/service-context.js';
import type { Viewer } from '../auth/viewer.js';
import { requireTemplateAccess } from './template-access-service.js';

const GRANT = { zh: '授权', en: 'The grant' };
const TEMPLATE = { zh: '表单', en: 'The form' };
const PARENT_FOLDER = { zh: '上级文件夹', en: 'The parent folder' };
const FOLDER = { zh: '文件夹', en: 'The folder' };
const PRINCIPAL = { zh: '被授权的人员、部门或岗位', en: 'The person, department or position granted' };
const PERSON = { zh: '督办人', en: 'The supervisor' };

/** A grant as the admin's screen sends it; the rule it feeds is @signoff/org's templatePermissions. */
export type GrantInput = TemplateGrant;

/** Folders, grants and which folder holds each template: the admin's permission screen. */
export function templateAccessView(ctx: ServiceContext) {
  return ctx.tx(async (tx) => {
    const a = await loadTemplateAccess(tx, ctx.viewer.tenantId);
    return { folders: a.folders, grants: a.grants, templateFolders: Object.fromEntries(a.templateFolders) };
  });
}

/** Creates or renames/moves a folder (admin only, checked by the router's adminProcedure). */
export function saveTemplateFolder(
  ctx: ServiceContext,
  input: { id?: string | undefined; name: string; parentId: string | null },
) {
  const { tenantId } = ctx.viewer;
  const folder = { id: input.id ?? ctx.deps.newId(), name: input.name, parentId: input.parentId };
  return ctx.tx(async (tx) => {
    const { folders } = await loadTemplateAccess(tx, tenantId);
    if (folder.parentId && !folders.some((f) => f.id === folder.parentId))
      throw errors.notFound(PARENT_FOLDER);
    if (createsFolderCycle(folders, folder.id, folder.parentId))
      throw errors.invalidForm([
        {
          path: 'parentId',
          message: { zh: '文件夹不能放进它自己里面', en: 'A folder cannot go inside itself' },
        },
      ]);
    await saveFolder(tx, tenantId, folder);
    return folder;
  });
}

/** On a template: its manager; on a folder: a tenant admin (the only manager of a template-less target). */
function requireGrantRight(
  tx: Queryable,
  viewer: Viewer,
  target: Pick<TemplateGrant, 'targetType' | 'targetId'>,
): Promise<unknown> {
  const templateId = target.targetType === 'template' ? target.targetId : '';
  return requireTemplateAccess(tx, viewer.tenantId, viewer.userId, templateId, 'manager');
}

export function grantOnTemplate(ctx: ServiceContext, input: GrantInput) {
  const { tenantId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    await requireGrantRight(tx, ctx.viewer, input);
    // an admin passes the right check for any id, so the target is looked up in the tenant too:
    // a grant on a template or folder that is not there would wait for a future one with that id
    const { folders, templateFolders } = await loadTemplateAccess(tx, tenantId);
    if (input.targetType === 'template' && !templateFolders.has(input.targetId))
      throw errors.notFound(TEMPLATE);
    if (input.targetType === 'folder' && !folders.some((f) => f.id === input.targetId))
      throw errors.notFound(FOLDER);
    // and so is whom it names
    if (!grantPrincipalKnown(await cachedOrgSnapshot(tx, tenantId), input)) throw errors.notFound(PRINCIPAL);
    const grant = { ...input, id: ctx.deps.newId() };
    await insertGrant(tx, tenantId, grant);
    return grant;
  });
}

export function revokeGrant(ctx: ServiceContext, input: { id: string }) {
  const { tenantId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const grant = (await loadTemplateAccess(tx, tenantId)).grants.find((g) => g.id === input.id);
    if (!grant) throw errors.notFound(GRANT);
    await requireGrantRight(tx, ctx.viewer, grant);
    await deleteGrant(tx, tenantId, input.id);
    return { ok: true as const };
  });
}

/** The template's supervisors (督办人, seed 001), set by its manager. */
export function setSupervisors(ctx: ServiceContext, input: { templateId: string; userIds: string[] }) {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    await requireTemplateAccess(tx, tenantId, userId, input.templateId, 'manager');
    // people of this company who are still here: another company's user id would sit there unseen
    const org = await cachedOrgSnapshot(tx, tenantId);
    if (!input.userIds.every((id) => org.users.some((u) => u.id === id && u.active)))
      throw errors.notFound(PERSON);
    if (!(await setTemplateSupervisors(tx, tenantId, input.templateId, input.userIds)))
      throw errors.notFound(TEMPLATE);
    return { ok: true as const };
  });
}
