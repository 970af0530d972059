import type { OrgSnapshot } from '@signoff/org';
import type { Localized } from '@signoff/schema';
import { CatalogError } from './catalog-error.js';
import { orgRenames, type OrgMapping } from './org-mapping.js';
import type { Catalog, RequiredDepartment, RequiredPosition, TemplateFile } from './template-file.js';

export type MatchStatus = 'found' | 'missing';

/** The company's item the admin chose for a needed name (`OrgMapping`), when they chose one. */
export interface MappedTo {
  id: string;
  name: string;
}

export interface DepartmentMatch extends RequiredDepartment {
  status: MatchStatus;
  /** the tenant's department, when found */
  departmentId?: string;
  mappedTo?: MappedTo;
}

export interface PositionMatch extends RequiredPosition {
  status: MatchStatus;
  /** every tenant position of that name (the resolver uses them all), when found */
  positionIds?: string[];
  /** active holders; 0 means the step will fall back to the tenant's admins */
  holders?: number;
  mappedTo?: MappedTo;
}

export interface RankMatch {
  name: string;
  status: MatchStatus;
  rankId?: string;
  mappedTo?: MappedTo;
}

/** What importing a catalog (or some of its flows) needs from the tenant's org, matched by name. */
export interface CatalogPlan {
  catalog: string;
  flows: { key: string; title: Localized; seedTitle?: string }[];
  departments: DepartmentMatch[];
  positions: PositionMatch[];
  ranks: RankMatch[];
  /** things that will not stop the import but will make routes fall back to the admins */
  warnings: Localized[];
  /** true when nothing is missing, so the import needs no `createMissing` */
  complete: boolean;
}

/** Finds flows by template key or by the seed's title; all of them when `flows` is absent or empty. */
export function selectTemplates(catalog: Catalog, flows?: readonly string[]): TemplateFile[] {
  const all = catalog.templates.map((t) => t.file);
  if (!flows || flows.length === 0) return all;
  return flows.map((wanted) => {
    const t = all.find((x) => x.key === wanted || x.seed?.title === wanted || x.title.zh === wanted);
    if (!t) {
      throw new CatalogError('not_found', 'errors.catalogFlowNotFound', {
        zh: `目录「${catalog.manifest.code}」中没有流程「${wanted}」`,
        en: `The catalog "${catalog.manifest.code}" has no flow "${wanted}"`,
      });
    }
    return t;
  });
}

function merge<T>(items: T[], keyOf: (t: T) => string): T[] {
  const out = new Map<string, T>();
  for (const t of items) if (!out.has(keyOf(t))) out.set(keyOf(t), t);
  return [...out.values()];
}

/**
 * Maps what the chosen flows require onto the tenant's org, for the import wizard to show and for
 * `importCatalog` to create what is missing: first by the admin's `mapping` (a needed name onto an
 * existing item by id; check it with `orgMappingProblems` first, an unusable choice is ignored
 * here), else by name (a department by its name or code, a position by its name anywhere, a rank
 * by its name). Rows keep the names the templates use; where a missing item will be created
 * (`department`, `parent`) follows the mapping. Pure: the caller loads the org.
 */
export function planCatalogImport(
  catalog: Catalog,
  org: OrgSnapshot,
  flows?: readonly string[],
  mapping: OrgMapping = {},
): CatalogPlan {
  const templates = selectTemplates(catalog, flows);
  const renames = orgRenames(org, mapping);
  const dep = (n: string) => renames.departments.get(n) ?? n;
  const chosen = <T extends { id: string; name: string }>(
    items: readonly T[],
    id: string | undefined,
  ): T | undefined => (id === undefined ? undefined : items.find((x) => x.id === id));
  const departments = merge(
    templates.flatMap((t) => t.requires.departments),
    (d) => d.name,
  ).map((d): DepartmentMatch => {
    const row = d.parent !== undefined ? { ...d, parent: dep(d.parent) } : d;
    const mapped = chosen(org.departments, mapping.departments?.[d.name]);
    if (mapped)
      return {
        ...row,
        status: 'found',
        departmentId: mapped.id,
        mappedTo: { id: mapped.id, name: mapped.name },
      };
    const found = org.departments.find(
      (x) => x.name === d.name || (d.code !== undefined && x.code === d.code) || x.code === d.name,
    );
    return found ? { ...row, status: 'found', departmentId: found.id } : { ...row, status: 'missing' };
  });
  const activeHolders = (ids: Set<string>) =>
    org.users.filter((u) => u.active && u.positionIds.some((p) => ids.has(p))).length;
  const positions = merge(
    templates.flatMap((t) => t.requires.positions),
    (p) => p.name,
  ).map((p): PositionMatch => {
    const row = { ...p, department: dep(p.department) };
    const mapped = chosen(org.positions, mapping.positions?.[p.name]);
    // routes name positions, so a mapped step goes to every holder of the chosen position's name
    const ids = org.positions.filter((x) => x.name === (mapped?.name ?? p.name)).map((x) => x.id);
    if (ids.length === 0) return { ...row, status: 'missing', holders: 0 };
    return {
      ...row,
      status: 'found',
      positionIds: ids,
      holders: activeHolders(new Set(ids)),
      ...(mapped ? { mappedTo: { id: mapped.id, name: mapped.name } } : {}),
    };
  });
  const ranks = merge(
    templates.flatMap((t) => t.requires.ranks),
    (r) => r,
  ).map((name): RankMatch => {
    const mapped = chosen(org.ranks, mapping.ranks?.[name]);
    if (mapped)
      return { name, status: 'found', rankId: mapped.id, mappedTo: { id: mapped.id, name: mapped.name } };
    const found = org.ranks.find((r) => r.name === name);
    return found ? { name, status: 'found', rankId: found.id } : { name, status: 'missing' };
  });

  const warnings: Localized[] = [];
  for (const p of positions) {
    if (p.holders === 0) {
      const name = p.mappedTo?.name ?? p.name;
      warnings.push({
        zh: `岗位「${name}」无人在岗，相关步骤将转由企业管理员处理`,
        en: `Nobody holds the position "${name}"; its steps will go to the tenant admins`,
      });
    }
  }
  for (const category of supervisedCategories(templates)) {
    if (!org.supervisions.some((s) => s.categories.includes(category))) {
      warnings.push({
        zh: `没有人分管「${category}」，按分类找分管领导的步骤将转由企业管理员处理`,
        en: `Nobody supervises "${category}"; supervising-leader steps for it will go to the tenant admins`,
      });
    }
  }
  const complete = [...departments, ...positions, ...ranks].every((x) => x.status === 'found');
  return {
    catalog: catalog.manifest.code,
    flows: templates.map((t) => ({
      key: t.key,
      title: t.title,
      ...(t.seed ? { seedTitle: t.seed.title } : {}),
    })),
    departments,
    positions,
    ranks,
    warnings,
    complete,
  };
}

/** The option values of every field a `supervisingLeader by category` step reads (工程类, 日常). */
function supervisedCategories(templates: readonly TemplateFile[]): string[] {
  const out = new Set<string>();
  for (const t of templates) {
    for (const n of t.route.nodes) {
      if (!('approvers' in n) || n.approvers.kind !== 'supervisingLeader' || n.approvers.by !== 'category')
        continue;
      const key = n.approvers.field ?? 'category';
      for (const o of t.form.fields.find((f) => f.key === key)?.options ?? []) out.add(o.value);
    }
  }
  return [...out];
}
