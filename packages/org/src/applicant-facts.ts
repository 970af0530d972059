import type { ApplicantFacts } from './applicant-facts-type.js';
import type { OrgSnapshot } from './org-model.js';

/**
 * The applicant as route conditions see them: names, not ids, because designers write names
 * (申请人部门 = 工程部). Unknown users get empty facts, so conditions on them are simply false.
 */
export function applicantFacts(org: OrgSnapshot, userId: string): ApplicantFacts {
  const user = org.users.find((u) => u.id === userId);
  if (!user) return { department: '', departments: [], rank: '', positions: [] };
  const deptName = (id: string) => org.departments.find((d) => d.id === id)?.name;
  const departments = [user.departmentId, ...user.secondaryDepartmentIds]
    .map(deptName)
    .filter((n): n is string => n !== undefined);
  return {
    department: deptName(user.departmentId) ?? '',
    departments: [...new Set(departments)],
    rank: org.ranks.find((r) => r.id === user.rankId)?.name ?? '',
    positions: user.positionIds.map((id) => org.positions.find((p) => p.id === id)?.name).filter((n): n is string => n !== undefined),
  };
}

/** The tenant's rank names, lowest first, as conditions compare them. */
export function rankNames(org: OrgSnapshot): string[] {
  return [...org.ranks].sort((a, b) => a.order - b.order).map((r) => r.name);
}
