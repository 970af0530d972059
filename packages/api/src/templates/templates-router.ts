import { z } from 'zod';
import {
  grantOnTemplate,
  revokeGrant,
  saveTemplateFolder,
  setSupervisors,
  templateAccessView,
} from './template-grants.js';
import {
  duplicateTemplateOp,
  listDesignTemplatesOp,
  moveTemplateOp,
  renameTemplateOp,
  setArchivedOp,
} from './template-catalog-admin.js';
import { adminProcedure, tenantProcedure, router } from '../trpc/trpc.js';

const id = z.string().min(1).max(128);
const level = z.enum(['manager', 'editor', 'author', 'reader']);
const title = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) });
// as forms.saveDraft accepts it (catalog keys have underscores)
const key = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/);

/** Template folders and seed 001's permission tiers. Folders are an admin's; a template's manager grants on it. */
export const templatesRouter = router({
  access: adminProcedure.query(({ ctx }) => templateAccessView(ctx)),
  saveFolder: adminProcedure
    .input(z.object({ id: id.optional(), name: z.string().trim().min(1).max(100), parentId: id.nullable() }))
    .mutation(({ ctx, input }) => saveTemplateFolder(ctx, input)),
  /** The designers' list: every template the caller may edit, with its state; archived ones only with `archived: true`. */
  list: tenantProcedure
    .input(z.object({ archived: z.boolean().default(false) }).default({ archived: false }))
    .query(({ ctx, input }) => listDesignTemplatesOp(ctx, input)),
  rename: tenantProcedure
    .input(z.object({ templateId: id, title }))
    .mutation(({ ctx, input }) => renameTemplateOp(ctx, input)),
  duplicate: tenantProcedure
    .input(z.object({ templateId: id, key: key.optional(), title: title.optional() }))
    .mutation(({ ctx, input }) => duplicateTemplateOp(ctx, input)),
  archive: tenantProcedure
    .input(z.object({ templateId: id }))
    .mutation(({ ctx, input }) => setArchivedOp(ctx, { templateId: input.templateId, archived: true })),
  unarchive: tenantProcedure
    .input(z.object({ templateId: id }))
    .mutation(({ ctx, input }) => setArchivedOp(ctx, { templateId: input.templateId, archived: false })),
  /** The template's manager (or a tenant admin) moves it into a folder of the tenant, or out of all (null). */
  move: tenantProcedure
    .input(z.object({ templateId: id, folderId: id.nullable() }))
    .mutation(({ ctx, input }) => moveTemplateOp(ctx, input)),
  grant: tenantProcedure
    .input(
      z.object({
        targetType: z.enum(['folder', 'template']),
        targetId: id,
        principalType: z.enum(['user', 'department', 'position', 'role', 'everyone']),
        principalId: z.string().max(128).default(''),
        level,
      }),
    )
    .mutation(({ ctx, input }) => grantOnTemplate(ctx, input)),
  revoke: tenantProcedure.input(z.object({ id })).mutation(({ ctx, input }) => revokeGrant(ctx, input)),
  /** The template's supervisors (督办人, seed 001): told of overdue work; they urge, reassign overdue tasks and extend deadlines. */
  setSupervisors: tenantProcedure
    .input(z.object({ templateId: id, userIds: z.array(id).max(20) }))
    .mutation(({ ctx, input }) => setSupervisors(ctx, input)),
});
