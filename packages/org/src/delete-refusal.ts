import type { Localized } from '@signoff/schema';
import {
  deleteProblems,
  type DeleteProblem,
  type DeleteProblemCode,
  type DeleteTarget,
} from './delete-problems.js';
import type { OrgSnapshot } from './org-model.js';

/** A refused delete: the problems behind it, and the one sentence an admin reads. */
export interface DeleteRefusal {
  problems: DeleteProblem[];
  message: Localized;
}

/**
 * Whether `target` may be deleted: null when it may, else its problems and one sentence that names
 * every count (zero included, so the admin sees at once that, say, only the members are left).
 */
export function deleteRefusal(org: OrgSnapshot, target: DeleteTarget): DeleteRefusal | null {
  const problems = deleteProblems(org, target);
  if (problems.length === 0) return null;
  const count = (code: DeleteProblemCode) => problems.find((p) => p.code === code)?.count ?? 0;
  return { problems, message: sentence(org, target, problems, count) };
}

function sentence(
  org: OrgSnapshot,
  target: DeleteTarget,
  problems: readonly DeleteProblem[],
  count: (code: DeleteProblemCode) => number,
): Localized {
  if (target.kind === 'department') {
    const name = org.departments.find((d) => d.id === target.id)?.name ?? target.id;
    const [children, seats, members] = [
      count('has_sub_departments'),
      count('has_positions'),
      count('has_members'),
    ];
    return {
      zh: `部门「${name}」下还有 ${children} 个子部门、${seats} 个岗位、${members} 名人员，请先移走`,
      en: `${name} still has ${children} sub-departments, ${seats} positions and ${members} members; move them first`,
    };
  }
  if (target.kind === 'position') {
    const name = org.positions.find((p) => p.id === target.id)?.name ?? target.id;
    const holders = count('has_holders');
    const headed = (problems.find((p) => p.code === 'heads_department')?.subjects ?? []).map(
      (s) => org.departments.find((d) => `department:${d.id}` === s)?.name ?? s,
    );
    return {
      zh: `岗位「${name}」还有 ${holders} 名任职人员${headed.length ? `，并负责虚拟部门「${headed.join('、')}」` : ''}，请先调整`,
      en: `${name} still has ${holders} holders${headed.length ? ` and heads ${headed.join(', ')}` : ''}; reassign first`,
    };
  }
  const name = org.ranks.find((r) => r.id === target.id)?.name ?? target.id;
  const users = count('rank_in_use');
  return { zh: `还有 ${users} 名人员属于职级「${name}」`, en: `${users} users still hold the rank ${name}` };
}
