import type { OrgSnapshot } from '@signoff/org';
import type { Localized } from '@signoff/schema';
import { routeReferences, type RouteReference } from './route-references.js';
import type { TemplateFile } from './template-file.js';

/**
 * The admin's choice, per name a template needs, of the company's existing item to use instead
 * (by id): the catalog's 行政主管 onto the company's 行政经理. A name left out is matched by name,
 * or created when the company lacks it.
 */
export interface OrgMapping {
  departments?: Readonly<Record<string, string>>;
  positions?: Readonly<Record<string, string>>;
  ranks?: Readonly<Record<string, string>>;
}

export interface MappingProblem {
  /** `positions.行政主管`: the kind and the needed name the choice was made for */
  path: string;
  message: Localized;
}

type Kind = 'departments' | 'positions' | 'ranks';
const NOUN: Record<Kind, Localized> = {
  departments: { zh: '部门', en: 'department' },
  positions: { zh: '岗位', en: 'position' },
  ranks: { zh: '职级', en: 'rank' },
};

function needed(templates: readonly TemplateFile[]): Record<Kind, Set<string>> {
  return {
    departments: new Set(templates.flatMap((t) => t.requires.departments.map((d) => d.name))),
    positions: new Set(templates.flatMap((t) => t.requires.positions.map((p) => p.name))),
    ranks: new Set(templates.flatMap((t) => t.requires.ranks)),
  };
}

const itemsOf = (org: OrgSnapshot): Record<Kind, { id: string; name: string }[]> => ({
  departments: org.departments,
  positions: org.positions,
  ranks: org.ranks,
});

/**
 * Every choice that cannot be used: a name the chosen flows do not need, an id that is not the
 * company's (unknown, or another company's: the snapshot holds only this tenant's org), or an id
 * of the wrong kind (a department offered as a position). Empty when the mapping is usable.
 */
export function orgMappingProblems(
  templates: readonly TemplateFile[],
  org: OrgSnapshot,
  mapping: OrgMapping,
): MappingProblem[] {
  const need = needed(templates);
  const items = itemsOf(org);
  const out: MappingProblem[] = [];
  for (const kind of ['departments', 'positions', 'ranks'] as const) {
    const noun = NOUN[kind];
    for (const [name, id] of Object.entries(mapping[kind] ?? {})) {
      const path = `${kind}.${name}`;
      if (!need[kind].has(name)) {
        out.push({
          path,
          message: {
            zh: `所选流程不需要${noun.zh}「${name}」，无法对照`,
            en: `The chosen flows need no ${noun.en} "${name}" to map`,
          },
        });
        continue;
      }
      if (items[kind].some((x) => x.id === id)) continue;
      const other = (['departments', 'positions', 'ranks'] as const).find(
        (k) => k !== kind && items[k].some((x) => x.id === id),
      );
      const otherName = other ? items[other].find((x) => x.id === id)?.name : undefined;
      out.push({
        path,
        message:
          other && otherName !== undefined
            ? {
                zh: `「${otherName}」是${NOUN[other].zh}，不能作为${noun.zh}「${name}」的对照`,
                en: `"${otherName}" is a ${NOUN[other].en}, not a ${noun.en}: it cannot stand for "${name}"`,
              }
            : {
                zh: `企业组织中没有所选的${noun.zh}（${name} → ${id}）`,
                en: `The company has no such ${noun.en} (${name} → ${id})`,
              },
      });
    }
  }
  return out;
}

/** Needed name → the name of the company's item chosen for it, per kind; only the choices that differ. */
export interface OrgRenames {
  departments: ReadonlyMap<string, string>;
  positions: ReadonlyMap<string, string>;
  ranks: ReadonlyMap<string, string>;
}

/** The mapping as renames, for a mapping that passed `orgMappingProblems`. */
export function orgRenames(org: OrgSnapshot, mapping: OrgMapping): OrgRenames {
  const items = itemsOf(org);
  const of = (kind: Kind) => {
    const out = new Map<string, string>();
    for (const [name, id] of Object.entries(mapping[kind] ?? {})) {
      const target = items[kind].find((x) => x.id === id)?.name;
      if (target !== undefined && target !== name) out.set(name, target);
    }
    return out;
  };
  return { departments: of('departments'), positions: of('positions'), ranks: of('ranks') };
}

const KIND_OF: Record<RouteReference['kind'], Kind> = {
  department: 'departments',
  position: 'positions',
  rank: 'ranks',
};

/** Writes `value` at a path `routeReferences` gave (`route.nodes[2].approvers.name`) inside `root`. */
function setAt(root: Record<string, unknown>, path: string, value: string): void {
  const keys = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((k) => k !== '');
  let at: unknown = root;
  for (const key of keys.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  const last = keys[keys.length - 1];
  if (typeof at === 'object' && at !== null && last !== undefined)
    (at as Record<string, unknown>)[last] = value;
}

const firstByName = <T extends { name: string }>(items: T[]): T[] => {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(x.name) && seen.add(x.name));
};

/**
 * The template as this company will run it: every route reference (approver expressions and the
 * literals conditions compare the applicant with), the requirements, the supervisor and the
 * typical applicant renamed to the mapped items. Routes name org items by name, so the route then
 * resolves to the holders of the chosen position. The input is left as it was.
 */
export function applyOrgRenames(file: TemplateFile, renames: OrgRenames): TemplateFile {
  const none = renames.departments.size + renames.positions.size + renames.ranks.size === 0;
  if (none) return file;
  const dep = (n: string) => renames.departments.get(n) ?? n;
  const pos = (n: string) => renames.positions.get(n) ?? n;
  // a template file is plain JSON (it is read from and written to .json files)
  const copy = JSON.parse(JSON.stringify(file)) as TemplateFile;
  const asRecord = copy as unknown as Record<string, unknown>;
  for (const ref of routeReferences(file.route)) {
    const target = renames[KIND_OF[ref.kind]].get(ref.name);
    if (target !== undefined) setAt(asRecord, ref.path, target);
  }
  copy.requires = {
    departments: firstByName(
      file.requires.departments.map((d) => {
        const name = dep(d.name);
        // a mapped department is matched by its new name; the catalog's code belongs to the old one
        const { code, parent, ...rest } = d;
        return {
          ...rest,
          name,
          ...(name === d.name && code !== undefined ? { code } : {}),
          ...(parent !== undefined ? { parent: dep(parent) } : {}),
        };
      }),
    ),
    positions: firstByName(
      file.requires.positions.map((p) => ({ ...p, name: pos(p.name), department: dep(p.department) })),
    ),
    ranks: [...new Set(file.requires.ranks.map((r) => renames.ranks.get(r) ?? r))],
  };
  if (file.supervisor) copy.supervisor = { position: pos(file.supervisor.position) };
  if (file.applicant) {
    const { rank } = file.applicant;
    copy.applicant = {
      ...file.applicant,
      department: dep(file.applicant.department),
      ...(rank !== undefined ? { rank: renames.ranks.get(rank) ?? rank } : {}),
    };
  }
  return copy;
}
