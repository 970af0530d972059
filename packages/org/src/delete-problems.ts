import type { Localized } from '@signoff/schema';
import type { OrgSnapshot } from './org-model.js';

/** What an admin asks to delete; users are never deleted (a leaver is deactivated). */
export interface DeleteTarget {
  kind: 'department' | 'position' | 'rank';
  id: string;
}

export type DeleteProblemCode =
  /** a department with departments under it */
  | 'has_sub_departments'
  /** a department that still has positions */
  | 'has_positions'
  /** a department that is someone's main or secondary department */
  | 'has_members'
  /** a position someone holds */
  | 'has_holders'
  /** a position that heads a virtual department */
  | 'heads_department'
  /** a rank someone holds */
  | 'rank_in_use';

/**
 * One reason a department, position or rank may not be deleted yet. `count` is how many things
 * still hang on it, `subjects` which ones (`department:d-03`, `user:u-12`), so a screen can list
 * them and a refusal can say how many.
 */
export interface DeleteProblem {
  code: DeleteProblemCode;
  /** what was to be deleted, e.g. `department:d-03` */
  subject: string;
  count: number;
  subjects: string[];
  message: Localized;
}

/**
 * Why deleting `target` would leave the org with dangling references, one problem per kind of
 * reference; empty when it may go (or when there is no such thing, which the caller reports). A
 * position's supervision is not a reason: it belongs to the position and goes with it.
 */
export function deleteProblems(org: OrgSnapshot, target: DeleteTarget): DeleteProblem[] {
  if (target.kind === 'department') return departmentProblems(org, target.id);
  if (target.kind === 'position') return positionProblems(org, target.id);
  return rankProblems(org, target.id);
}

type Found = { code: DeleteProblemCode; subjects: string[]; message: (n: number) => Localized };

const problems = (subject: string, found: Found[]): DeleteProblem[] =>
  found
    .filter((f) => f.subjects.length > 0)
    .map((f) => ({
      code: f.code,
      subject,
      count: f.subjects.length,
      subjects: f.subjects,
      message: f.message(f.subjects.length),
    }));

function departmentProblems(org: OrgSnapshot, id: string): DeleteProblem[] {
  const dept = org.departments.find((d) => d.id === id);
  if (!dept) return [];
  const name = dept.name;
  return problems(`department:${id}`, [
    {
      code: 'has_sub_departments',
      subjects: org.departments.filter((d) => d.parentId === id).map((d) => `department:${d.id}`),
      message: (n) => ({
        zh: `部门「${name}」下还有 ${n} 个子部门`,
        en: `${name} still has ${n} sub-departments`,
      }),
    },
    {
      code: 'has_positions',
      subjects: org.positions.filter((p) => p.departmentId === id).map((p) => `position:${p.id}`),
      message: (n) => ({ zh: `部门「${name}」下还有 ${n} 个岗位`, en: `${name} still has ${n} positions` }),
    },
    {
      code: 'has_members',
      subjects: org.users
        .filter((u) => u.departmentId === id || u.secondaryDepartmentIds.includes(id))
        .map((u) => `user:${u.id}`),
      message: (n) => ({ zh: `部门「${name}」下还有 ${n} 名人员`, en: `${name} still has ${n} members` }),
    },
  ]);
}

function positionProblems(org: OrgSnapshot, id: string): DeleteProblem[] {
  const position = org.positions.find((p) => p.id === id);
  if (!position) return [];
  const name = position.name;
  const heads = org.departments.filter((d) => d.headPositionId === id);
  const headNames = { zh: heads.map((d) => d.name).join('、'), en: heads.map((d) => d.name).join(', ') };
  return problems(`position:${id}`, [
    {
      code: 'has_holders',
      subjects: org.users.filter((u) => u.positionIds.includes(id)).map((u) => `user:${u.id}`),
      message: (n) => ({ zh: `岗位「${name}」还有 ${n} 名任职人员`, en: `${name} still has ${n} holders` }),
    },
    {
      code: 'heads_department',
      subjects: heads.map((d) => `department:${d.id}`),
      message: () => ({
        zh: `岗位「${name}」负责虚拟部门「${headNames.zh}」`,
        en: `${name} heads ${headNames.en}`,
      }),
    },
  ]);
}

function rankProblems(org: OrgSnapshot, id: string): DeleteProblem[] {
  const rank = org.ranks.find((r) => r.id === id);
  if (!rank) return [];
  return problems(`rank:${id}`, [
    {
      code: 'rank_in_use',
      subjects: org.users.filter((u) => u.rankId === id).map((u) => `user:${u.id}`),
      message: (n) => ({
        zh: `还有 ${n} 名人员属于职级「${rank.name}」`,
        en: `${n} users still hold the rank ${rank.name}`,
      }),
    },
  ]);
}
