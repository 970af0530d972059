import {
  getTemplateSource,
  listPublishedTemplates,
  loadOrgSnapshot,
  publishTemplateVersion,
  saveDepartment,
  savePosition,
  saveRank,
  saveTemplateSource,
  setTemplateSupervisors,
  withTenant,
  type Queryable,
} from '@signoff/db';
import {
  applyOrgRenames,
  orgRenames,
  planCatalogImport,
  publicationOf,
  publishedContentHash,
  selectTemplates,
  templateContentHash,
  type Catalog,
  type CatalogPlan,
  type CatalogProblem,
  type OrgMapping,
  type TemplateFile,
} from '@signoff/catalog';
import { loadCatalog } from '@signoff/catalog/node';
import { validateOrg, type Department, type OrgSnapshot, type Position, type Rank } from '@signoff/org';
import { AppError, type Localized } from '../trpc/app-error.js';
import { audit } from '../audit/audit.js';
import type { ApiDeps } from '../trpc/context.js';
import type { ServiceContext } from '../trpc/service-context.js';
import type { TenantTx } from '../trpc/trpc.js';
import { catalogRefused } from './catalog-refused.js';
import { checkOrgMapping } from './check-org-mapping.js';

export interface ImportCatalogInput {
  /** a catalog code of `templates/`, a folder path, or a catalog already loaded and checked */
  catalog: string | Catalog;
  /** template keys or seed titles; every flow when absent or empty */
  flows?: readonly string[];
  /** create the departments, positions and ranks the tenant lacks (otherwise the import is refused) */
  createMissing: boolean;
  /** check and plan everything, write nothing */
  dryRun?: boolean;
  /** needed names mapped onto the company's existing items (by id); the routes are rewritten to them */
  mapping?: OrgMapping | undefined;
}

export type TemplateImportStatus = 'published' | 'updated' | 'unchanged';

export interface ImportCatalogResult {
  catalog: string;
  dryRun: boolean;
  plan: CatalogPlan;
  created: { departments: string[]; positions: string[]; ranks: string[] };
  templates: {
    key: string;
    title: Localized;
    status: TemplateImportStatus;
    templateId: string | null;
    version: number | null;
  }[];
}

/** Who imports: the tenant, and the user recorded in the audit log (null for seeding). */
export interface ImportActor {
  tenantId: string;
  userId: string | null;
}

/** Thrown inside the transaction to undo a dry run, carrying its result out. */
class DryRun extends Error {
  constructor(readonly result: ImportCatalogResult) {
    super('dry run');
  }
}

/** Active holders of a position, by name: the template's supervisors (督办人) when the file names one. */
function holdersOf(org: OrgSnapshot, position: string): string[] {
  const ids = new Set(org.positions.filter((p) => p.name === position).map((p) => p.id));
  return org.users.filter((u) => u.active && u.positionIds.some((p) => ids.has(p))).map((u) => u.id);
}

/** Resolves the input to a checked catalog, or refuses with every problem found. */
export async function resolveCatalog(catalog: string | Catalog): Promise<Catalog> {
  if (typeof catalog !== 'string') return catalog;
  const loaded = await loadCatalog(catalog);
  if (!loaded.ok) throw catalogRefused(loaded.problems);
  return loaded.catalog;
}

/** Each missing org item, pointed at the first file of the selection that requires it. */
function missingProblems(
  catalog: Catalog,
  templates: readonly TemplateFile[],
  plan: CatalogPlan,
): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const fileOf = (t: TemplateFile) =>
    `${catalog.location}/${catalog.templates.find((x) => x.file === t)?.name ?? t.key}`;
  const first = <T>(pick: (t: TemplateFile) => T[], match: (x: T) => boolean) => {
    for (const t of templates) {
      const i = pick(t).findIndex(match);
      if (i >= 0) return { t, i };
    }
    return undefined;
  };
  for (const d of plan.departments.filter((x) => x.status === 'missing')) {
    const at = first(
      (t) => t.requires.departments,
      (x) => x.name === d.name,
    );
    if (at)
      out.push({
        file: fileOf(at.t),
        path: `requires.departments[${at.i}]`,
        message: { zh: `企业组织中没有部门「${d.name}」`, en: `The company has no department "${d.name}"` },
      });
  }
  for (const p of plan.positions.filter((x) => x.status === 'missing')) {
    const at = first(
      (t) => t.requires.positions,
      (x) => x.name === p.name,
    );
    if (at)
      out.push({
        file: fileOf(at.t),
        path: `requires.positions[${at.i}]`,
        message: { zh: `企业组织中没有岗位「${p.name}」`, en: `The company has no position "${p.name}"` },
      });
  }
  for (const r of plan.ranks.filter((x) => x.status === 'missing')) {
    const at = first(
      (t) => t.requires.ranks,
      (x) => x === r.name,
    );
    if (at)
      out.push({
        file: fileOf(at.t),
        path: `requires.ranks[${at.i}]`,
        message: { zh: `企业组织中没有职级「${r.name}」`, en: `The company has no rank "${r.name}"` },
      });
  }
  return out;
}

/**
 * Adds what the plan lists as missing to the org: departments (under their catalog parent, else
 * under the tenant's single root), positions (a head seat only where the department has none),
 * ranks (above the existing ones, in catalog order). Checked with `validateOrg` before anything is
 * written, like every org change.
 */
async function createMissing(
  tx: Queryable,
  tenantId: string,
  org: OrgSnapshot,
  plan: CatalogPlan,
  newId: () => string,
): Promise<ImportCatalogResult['created']> {
  const departments: Department[] = [];
  const positions: Position[] = [];
  const ranks: Rank[] = [];
  const all = () => [...org.departments, ...departments];
  const byName = (name: string) => all().find((d) => d.name === name || d.code === name);
  const roots = org.departments.filter((d) => d.parentId === null && !d.virtual);
  let order = Math.max(0, ...org.departments.map((d) => d.order));
  for (const d of plan.departments.filter((x) => x.status === 'missing')) {
    const parent = d.parent ? byName(d.parent) : roots.length === 1 ? roots[0] : undefined;
    departments.push({
      id: newId(),
      name: d.name,
      ...(d.code ? { code: d.code } : {}),
      parentId: parent?.id ?? null,
      order: ++order,
    });
  }
  for (const p of plan.positions.filter((x) => x.status === 'missing')) {
    const dept = byName(p.department);
    if (!dept) continue; // the department is required too, so validateOrg below cannot pass without it
    const hasHead = [...org.positions, ...positions].some((x) => x.departmentId === dept.id && x.isHead);
    positions.push({ id: newId(), name: p.name, departmentId: dept.id, isHead: p.head === true && !hasHead });
  }
  let rankOrder = Math.max(0, ...org.ranks.map((r) => r.order));
  for (const r of plan.ranks.filter((x) => x.status === 'missing'))
    ranks.push({ id: newId(), name: r.name, order: ++rankOrder });

  const problems = validateOrg({
    ...org,
    departments: all(),
    positions: [...org.positions, ...positions],
    ranks: [...org.ranks, ...ranks],
  });
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      'errors.invalidOrg',
      { zh: problems.map((p) => p.message.zh).join('；'), en: problems.map((p) => p.message.en).join('; ') },
      problems.map((p) => ({ path: p.subject, message: p.message })),
    );
  }
  // parents first, so the tree's foreign key holds at each insert
  for (const d of departments.filter((x) => !departments.some((y) => y.id === x.parentId)))
    await saveDepartment(tx, tenantId, d);
  for (const d of departments.filter((x) => departments.some((y) => y.id === x.parentId)))
    await saveDepartment(tx, tenantId, d);
  for (const p of positions) await savePosition(tx, tenantId, p);
  for (const r of ranks) await saveRank(tx, tenantId, r);
  return {
    departments: departments.map((d) => d.name),
    positions: positions.map((p) => p.name),
    ranks: ranks.map((r) => r.name),
  };
}

/**
 * Imports a catalog (or some of its flows) into a tenant in one transaction: every file is
 * checked first (JSON Schema, form, route, requirements); the org must have what the routes name,
 * or `createMissing` adds it; then each flow is published as a template version. A file whose
 * content equals what the template already came from, and whose published version is unchanged,
 * is skipped; a changed file publishes a new version. Anything wrong refuses the whole import and
 * writes nothing.
 */
export function importCatalog(ctx: ServiceContext, input: ImportCatalogInput): Promise<ImportCatalogResult> {
  return runImport(ctx.deps, ctx.viewer, ctx.tx, input);
}

/**
 * `importCatalog` outside a signed-in call: seeding a tenant and `signoff catalog import`, where
 * the audit log records no user (`userId` null) and there is no viewer to load.
 */
export function importCatalogAs(
  deps: Pick<ApiDeps, 'db' | 'clock' | 'newId'>,
  actor: ImportActor,
  input: ImportCatalogInput,
): Promise<ImportCatalogResult> {
  return runImport(deps, actor, (fn) => withTenant(deps.db, actor.tenantId, fn), input);
}

async function runImport(
  deps: Pick<ApiDeps, 'clock' | 'newId'>,
  actor: ImportActor,
  tenantTx: TenantTx,
  input: ImportCatalogInput,
): Promise<ImportCatalogResult> {
  const catalog = await resolveCatalog(input.catalog);
  const templates = selectTemplates(catalog, input.flows);
  const mapping = input.mapping ?? {};
  const { tenantId } = actor;
  try {
    return await tenantTx(async (tx) => {
      const org = await loadOrgSnapshot(tx, tenantId);
      checkOrgMapping(templates, org, mapping);
      const plan = planCatalogImport(catalog, org, input.flows, mapping);
      // what is published and kept as the source is the file as this company runs it, mapped names
      // and all, so importing it again with the same choices finds it unchanged
      const renames = orgRenames(org, mapping);
      const publications = templates.map((original) => {
        const t = applyOrgRenames(original, renames);
        return { file: t, hash: templateContentHash(t), publication: publicationOf(t) };
      });
      if (!plan.complete && !input.createMissing)
        throw catalogRefused(missingProblems(catalog, templates, plan));
      const created = plan.complete
        ? { departments: [], positions: [], ranks: [] }
        : await createMissing(tx, tenantId, org, plan, deps.newId);

      const current = new Map((await listPublishedTemplates(tx, tenantId)).map((t) => [t.key, t]));
      const results: ImportCatalogResult['templates'] = [];
      for (const { file, hash, publication } of publications) {
        const existing = current.get(file.key);
        const source = existing ? await getTemplateSource(tx, tenantId, existing.templateId) : null;
        if (
          existing &&
          source?.contentHash === hash &&
          publishedContentHash(existing) === publishedContentHash(publication)
        ) {
          results.push({
            key: file.key,
            title: file.title,
            status: 'unchanged',
            templateId: existing.templateId,
            version: existing.version,
          });
          continue;
        }
        const templateId = existing?.templateId ?? deps.newId();
        const version = await publishTemplateVersion(tx, tenantId, {
          templateId,
          versionId: deps.newId(),
          ...publication,
          ...(actor.userId === null ? {} : { publishedBy: actor.userId }),
        });
        await saveTemplateSource(tx, tenantId, {
          templateId,
          catalog: catalog.manifest.code,
          contentHash: hash,
          file,
        });
        if (file.supervisor)
          await setTemplateSupervisors(tx, tenantId, templateId, holdersOf(org, file.supervisor.position));
        await audit(tx, deps, tenantId, actor.userId, 'template.publish', `template:${templateId}`, {
          version,
          previous: existing?.version ?? null,
          catalog: catalog.manifest.code,
        });
        results.push({
          key: file.key,
          title: file.title,
          status: existing ? 'updated' : 'published',
          templateId,
          version,
        });
      }
      const result: ImportCatalogResult = {
        catalog: catalog.manifest.code,
        dryRun: input.dryRun === true,
        plan,
        created,
        templates: results,
      };
      if (input.dryRun) throw new DryRun(result);
      await audit(tx, deps, tenantId, actor.userId, 'catalog.import', `catalog:${catalog.manifest.code}`, {
        created,
        templates: results.map((r) => ({ key: r.key, status: r.status, version: r.version })),
      });
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
}
