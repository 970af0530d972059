import { z } from 'zod';
import { deleteGrant, insertGrant, loadTemplateAccess, saveFolder, setTemplateSupervisors, withTenant } from '@signoff/db';
import { errors } from '../app-error.js';
import { requireTemplateAccess } from '../template-access-service.js';
import { duplicateTemplateOp, listDesignTemplatesOp, moveTemplateOp, renameTemplateOp, setArchivedOp } from '../template-catalog-admin.js';
import { adminProcedure, authedProcedure, router } from '../trpc.js';

const id = z.string().min(1).max(128);
const level = z.enum(['manager', 'editor', 'author', 'reader']);
const GRANT = { zh: '授权', en: 'The grant' };
const TEMPLATE = { zh: '表单', en: 'The form' };
const PARENT_FOLDER = { zh: '上级文件夹', en: 'The parent folder' };
const title = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
// as forms.saveDraft accepts it (catalog keys have underscores)
const key = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/);

/** Template folders and seed 001's permission tiers. Folders are an admin's; a template's manager grants on it. */
export const templatesRouter = router({
  access: adminProcedure.query(({ ctx }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const a = await loadTemplateAccess(tx, ctx.session.tenantId);
      return { folders: a.folders, grants: a.grants, templateFolders: Object.fromEntries(a.templateFolders) };
    }),
  ),
  saveFolder: adminProcedure
    .input(z.object({ id: id.optional(), name: z.string().trim().min(1).max(100), parentId: id.nullable() }))
    .mutation(({ ctx, input }) =>
      withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
        const folder = { id: input.id ?? ctx.deps.newId(), name: input.name, parentId: input.parentId };
        // a folder may not end up inside itself
        const { folders } = await loadTemplateAccess(tx, ctx.session.tenantId);
        if (folder.parentId && !folders.some((f) => f.id === folder.parentId)) throw errors.notFound(PARENT_FOLDER);
        let p = folder.parentId;
        const seen = new Set<string>();
        while (p && !seen.has(p)) {
          if (p === folder.id) throw errors.invalidForm([{ path: 'parentId', message: { zh: '文件夹不能放进它自己里面', en: 'A folder cannot go inside itself' } }]);
          seen.add(p);
          p = folders.find((f) => f.id === p)?.parentId ?? null;
        }
        await saveFolder(tx, ctx.session.tenantId, folder);
        return folder;
      }),
    ),
  /** The designers' list: every template the caller may edit, with its state; archived ones only with `archived: true`. */
  list: authedProcedure
    .input(z.object({ archived: z.boolean().default(false) }).default({ archived: false }))
    .query(({ ctx, input }) => listDesignTemplatesOp(ctx.deps, ctx.session, input)),
  rename: authedProcedure.input(z.object({ templateId: id, title })).mutation(({ ctx, input }) => renameTemplateOp(ctx.deps, ctx.session, input)),
  duplicate: authedProcedure
    .input(z.object({ templateId: id, key: key.optional(), title: title.optional() }))
    .mutation(({ ctx, input }) => duplicateTemplateOp(ctx.deps, ctx.session, input)),
  archive: authedProcedure.input(z.object({ templateId: id })).mutation(({ ctx, input }) => setArchivedOp(ctx.deps, ctx.session, { templateId: input.templateId, archived: true })),
  unarchive: authedProcedure.input(z.object({ templateId: id })).mutation(({ ctx, input }) => setArchivedOp(ctx.deps, ctx.session, { templateId: input.templateId, archived: false })),
  /** The template's manager (or a tenant admin) moves it into a folder of the tenant, or out of all (null). */
  move: authedProcedure.input(z.object({ templateId: id, folderId: id.nullable() })).mutation(({ ctx, input }) => moveTemplateOp(ctx.deps, ctx.session, input)),
  grant: authedProcedure
    .input(
      z.object({
        targetType: z.enum(['folder', 'template']),
        targetId: id,
        principalType: z.enum(['user', 'department', 'position', 'role', 'everyone']),
        principalId: z.string().max(128).default(''),
        level,
      }),
    )
    .mutation(({ ctx, input }) =>
      withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
        // on a template: its manager; on a folder: a tenant admin (the only manager of a template-less target)
        await requireTemplateAccess(tx, ctx.session.tenantId, ctx.session.userId, input.targetType === 'template' ? input.targetId : '', 'manager');
        const grant = { ...input, id: ctx.deps.newId() };
        await insertGrant(tx, ctx.session.tenantId, grant);
        return grant;
      }),
    ),
  revoke: authedProcedure.input(z.object({ id })).mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      const grant = (await loadTemplateAccess(tx, ctx.session.tenantId)).grants.find((g) => g.id === input.id);
      if (!grant) throw errors.notFound(GRANT);
      await requireTemplateAccess(tx, ctx.session.tenantId, ctx.session.userId, grant.targetType === 'template' ? grant.targetId : '', 'manager');
      await deleteGrant(tx, ctx.session.tenantId, input.id);
      return { ok: true as const };
    }),
  ),
  /** The template's supervisors (督办人, seed 001): told of overdue work; they urge, reassign overdue tasks and extend deadlines. */
  setSupervisors: authedProcedure.input(z.object({ templateId: id, userIds: z.array(id).max(20) })).mutation(({ ctx, input }) =>
    withTenant(ctx.deps.db, ctx.session.tenantId, async (tx) => {
      await requireTemplateAccess(tx, ctx.session.tenantId, ctx.session.userId, input.templateId, 'manager');
      if (!(await setTemplateSupervisors(tx, ctx.session.tenantId, input.templateId, input.userIds))) throw errors.notFound(TEMPLATE);
      return { ok: true as const };
    }),
  ),
});
