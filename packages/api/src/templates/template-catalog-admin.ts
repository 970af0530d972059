import {
  getCurrentVersion,
  getDraft,
  insertTemplateCopy,
  listDesignTemplates,
  loadTemplateAccess,
  moveTemplate,
  saveDraft,
  setTemplateArchived,
  setTemplateTitle,
  takenTemplateKeys,
  templateArchivedAt,
  userNames,
  type DraftRow,
  type FolderRow,
  type Queryable,
} from '@signoff/db';
import type { FlowDefinition } from '@signoff/flow';
import type { FormModel } from '@signoff/schema';
import { AppError, errors, type Localized } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ServiceContext } from '../trpc/service-context.js';
import { accessResolver, requireTemplateAccess } from './template-access-service.js';
import { grantCreator } from './template-creator-grants.js';
import { canCreateTemplates, draftProblems, type DesignProblem, type Draft } from './template-design.js';

const TEMPLATE = { zh: '表单', en: 'The form' };
const FOLDER = { zh: '文件夹', en: 'The folder' };
const KEY_MAX = 64;
const TITLE_MAX = 100;

/** One row of `templates.list`: what a designer sees of a template they may edit. */
export interface DesignListEntry {
  templateId: string;
  key: string;
  title: Localized;
  folderId: string | null;
  /** the current version; null while never published */
  publishedVersion: number | null;
  /** a stored draft differs from the current version (or was never published) */
  unpublishedChanges: boolean;
  draftUpdatedAt: string | null;
  draftUpdatedBy: { id: string; name: string } | null;
  archived: boolean;
  archivedAt: string | null;
  /** the caller's level: editors rename and duplicate, managers also archive and move */
  level: 'manager' | 'editor';
}

export interface DesignList {
  /** the tenant's folder tree, for naming folders and choosing where to move a template */
  folders: FolderRow[];
  templates: DesignListEntry[];
}

/** Every template the caller may edit (editor or more; a tenant admin every one); archived ones only when asked. */
export function listDesignTemplatesOp(
  ctx: ServiceContext,
  input: { archived: boolean },
): Promise<DesignList> {
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const [levelOf, rows, access] = await Promise.all([
      accessResolver(tx, tenantId, userId),
      listDesignTemplates(tx, tenantId, input),
      loadTemplateAccess(tx, tenantId),
    ]);
    const mine = rows.flatMap((r) => {
      const level = levelOf(r.templateId);
      return level === 'manager' || level === 'editor' ? [{ ...r, level }] : [];
    });
    const names = await userNames(
      tx,
      tenantId,
      mine.flatMap((r) => (r.draftUpdatedBy ? [r.draftUpdatedBy] : [])),
    );
    return {
      folders: access.folders,
      templates: mine.map((r) => ({
        templateId: r.templateId,
        key: r.key,
        title: r.title,
        folderId: r.folderId,
        publishedVersion: r.publishedVersion,
        unpublishedChanges: r.unpublishedChanges,
        draftUpdatedAt: r.draftUpdatedAt,
        draftUpdatedBy: r.draftUpdatedBy
          ? { id: r.draftUpdatedBy, name: names.get(r.draftUpdatedBy) ?? r.draftUpdatedBy }
          : null,
        archived: r.archivedAt !== null,
        archivedAt: r.archivedAt,
        level: r.level,
      })),
    };
  });
}

/** The template of this tenant (else not found, before any access check, so a foreign id is simply unknown). */
async function existing(tx: Queryable, tenantId: string, templateId: string): Promise<DraftRow> {
  const row = await getDraft(tx, tenantId, templateId);
  if (!row) throw errors.notFound(TEMPLATE);
  return row;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The design a template has now: its stored draft (with what it was based on), else its current
 * version's form and route as a draft based on that version; null for neither.
 */
async function workingCopy(
  tx: Queryable,
  tenantId: string,
  row: DraftRow,
): Promise<(Draft & { basedOnVersion?: number }) | null> {
  if (isObject(row.draft)) return row.draft as unknown as Draft & { basedOnVersion?: number };
  const current = await getCurrentVersion(tx, tenantId, row.templateId);
  if (!current) return null;
  return {
    model: current.formModel as FormModel,
    flow: current.flow as FlowDefinition,
    basedOnVersion: current.version,
  };
}

const sameTitle = (a: Localized, b: Localized) => a.zh === b.zh && a.en === b.en;

/**
 * Renames a template: the title lists and the start page show, and the draft's form title, since
 * the designer saves the draft's title back as the template's. A template published without a
 * draft gets one, copied from its current version, or its first save from the designer would
 * bring the old title back. Published versions stay as they were frozen; the next publish carries
 * the new title into its form.
 */
export function renameTemplateOp(ctx: ServiceContext, input: { templateId: string; title: Localized }) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const row = await existing(tx, tenantId, input.templateId);
    await requireTemplateAccess(tx, tenantId, userId, row.templateId, 'editor');
    if (sameTitle(row.title, input.title)) return { templateId: row.templateId, title: row.title };
    const copy = await workingCopy(tx, tenantId, row);
    if (copy) {
      const draft = { ...copy, model: { ...copy.model, title: input.title } };
      await saveDraft(tx, tenantId, {
        templateId: row.templateId,
        key: row.key,
        title: input.title,
        serialPrefix: row.serialPrefix,
        draft,
        at: deps.clock().toISOString(),
        by: userId,
      });
    } else {
      await setTemplateTitle(tx, tenantId, row.templateId, input.title);
    }
    await audit(tx, deps, tenantId, userId, 'template.rename', `template:${row.templateId}`, {
      from: row.title,
      to: input.title,
    });
    return { templateId: row.templateId, title: input.title };
  });
}

const keyTaken = (key: string) =>
  new AppError('conflict', 'errors.templateKeyTaken', {
    zh: `表单标识「${key}」已被使用`,
    en: `The form key ${key} is taken`,
  });

/** `<key>_copy`, `<key>_copy2`, … the first the tenant does not use; the key is cut to stay within 64 characters. */
async function copyKey(tx: Queryable, tenantId: string, key: string): Promise<string> {
  const candidates = Array.from({ length: 50 }, (_, i) => {
    const suffix = i === 0 ? '_copy' : `_copy${i + 1}`;
    return `${key.slice(0, KEY_MAX - suffix.length)}${suffix}`;
  });
  const taken = await takenTemplateKeys(tx, tenantId, candidates);
  const free = candidates.find((k) => !taken.has(k));
  if (!free) throw keyTaken(candidates[candidates.length - 1] ?? key);
  return free;
}

const withSuffix = (text: string, suffix: string) => `${text.slice(0, TITLE_MAX - suffix.length)}${suffix}`;

export interface DuplicateResult {
  templateId: string;
  key: string;
  title: Localized;
  /** the copy's draft problems, as forms.saveDraft would answer them */
  problems: DesignProblem[];
}

/**
 * A new, unpublished template whose draft is the source's design as it is now (its draft, else its
 * current version), in the same folder, reaching the same people (its grants are copied); the
 * caller becomes its manager as with a new form. Supervisors and a catalog serial pattern stay
 * with the source. Editors of the source who may create forms (admins, designers) may do it.
 */
export function duplicateTemplateOp(
  ctx: ServiceContext,
  input: { templateId: string; key?: string | undefined; title?: Localized | undefined },
): Promise<DuplicateResult> {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const row = await existing(tx, tenantId, input.templateId);
    await requireTemplateAccess(tx, tenantId, userId, row.templateId, 'editor');
    if (!canCreateTemplates(ctx.viewer)) throw errors.forbidden();
    const source = await workingCopy(tx, tenantId, row);
    if (!source) throw errors.notFound(TEMPLATE);
    let key = input.key;
    if (key === undefined) key = await copyKey(tx, tenantId, row.key);
    else if ((await takenTemplateKeys(tx, tenantId, [key])).size > 0) throw keyTaken(key);
    const title = input.title ?? {
      zh: withSuffix(row.title.zh, '（副本）'),
      en: withSuffix(row.title.en, ' (copy)'),
    };
    const draft: Draft = { model: { ...source.model, key, title }, flow: { ...source.flow, key } };
    const folderId = (await loadTemplateAccess(tx, tenantId)).templateFolders.get(row.templateId) ?? null;
    const templateId = deps.newId();
    await insertTemplateCopy(tx, tenantId, {
      templateId,
      key,
      title,
      serialPrefix: row.serialPrefix,
      folderId,
      draft,
      at: deps.clock().toISOString(),
      by: userId,
    });
    await grantCreator(tx, deps, { tenantId, userId, templateId, folderId, copyGrantsOf: row.templateId });
    await audit(tx, deps, tenantId, userId, 'template.duplicate', `template:${templateId}`, {
      source: row.templateId,
      key,
    });
    return { templateId, key, title, problems: await draftProblems(tx, tenantId, draft) };
  });
}

/**
 * Archives (停用) or restores a template; managers only. Archived, it leaves the start page and
 * takes no new request; running requests and people's unsent drafts stay. Asking for the state it
 * is already in changes (and records) nothing.
 */
export function setArchivedOp(ctx: ServiceContext, input: { templateId: string; archived: boolean }) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const row = await existing(tx, tenantId, input.templateId);
    await requireTemplateAccess(tx, tenantId, userId, row.templateId, 'manager');
    const was = (await templateArchivedAt(tx, tenantId, row.templateId)) ?? null;
    if ((was !== null) === input.archived)
      return { templateId: row.templateId, archived: input.archived, archivedAt: was };
    const at = deps.clock().toISOString();
    await setTemplateArchived(tx, tenantId, row.templateId, input.archived ? { at, by: userId } : null);
    await audit(
      tx,
      deps,
      tenantId,
      userId,
      input.archived ? 'template.archive' : 'template.unarchive',
      `template:${row.templateId}`,
    );
    return { templateId: row.templateId, archived: input.archived, archivedAt: input.archived ? at : null };
  });
}

/**
 * Moves a template into a folder (or out of all, null). Its manager may, not only a tenant admin:
 * the folder's grants then apply to it, which gives no one more than the manager could grant.
 */
export function moveTemplateOp(ctx: ServiceContext, input: { templateId: string; folderId: string | null }) {
  const { deps } = ctx;
  const { tenantId, userId } = ctx.viewer;
  return ctx.tx(async (tx) => {
    const row = await existing(tx, tenantId, input.templateId);
    await requireTemplateAccess(tx, tenantId, userId, row.templateId, 'manager');
    const access = await loadTemplateAccess(tx, tenantId);
    if (input.folderId !== null && !access.folders.some((f) => f.id === input.folderId))
      throw errors.notFound(FOLDER);
    const from = access.templateFolders.get(row.templateId) ?? null;
    if (from !== input.folderId) {
      await moveTemplate(tx, tenantId, row.templateId, input.folderId);
      await audit(tx, deps, tenantId, userId, 'template.move', `template:${row.templateId}`, {
        from,
        to: input.folderId,
      });
    }
    return { ok: true as const };
  });
}
