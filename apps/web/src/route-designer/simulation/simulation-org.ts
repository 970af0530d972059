import type { OrgSnapshot, OrgUser } from '@signoff/org';
import type { RouterOutputs } from '../../api/trpc';

/** The org as tRPC `org.view` hands it to the browser (the settings panel's RouteOrg is the same). */
export type SimulationOrg = RouterOutputs['org']['view'];

/** Who a simulation submits as: a person of the org, or a hypothetical one (as saved with a test case). */
export type SimulationApplicant = { userId: string } | { departmentId: string; rankId: string | null };

/** The id the hypothetical applicant gets in the copy of the org it joins; never a real user's. */
export const HYPOTHETICAL_APPLICANT_ID = 'simulated-applicant';

/**
 * The org as the server's resolver sees it (`loadOrgSnapshot`): org.view leaves out the admins,
 * who are the fallback when a step finds nobody, so they are worked out the same way here.
 */
export function orgSnapshotOf(view: SimulationOrg): OrgSnapshot {
  return {
    departments: view.departments,
    positions: view.positions,
    ranks: view.ranks,
    supervisions: view.supervisions,
    users: view.users,
    delegations: view.delegations,
    adminUserIds: view.users.filter((u) => u.active && u.roles.includes('admin')).map((u) => u.id),
  };
}

/**
 * The org with the applicant in it, and the applicant's id. A hypothetical applicant is added to a
 * copy, holding no position, as `signoff simulate --dept --rank` does; null when the person or the
 * department is not in the org (any more).
 */
export function withApplicant(
  org: OrgSnapshot,
  applicant: SimulationApplicant,
  name: string,
): { org: OrgSnapshot; applicantId: string } | null {
  if ('userId' in applicant)
    return org.users.some((u) => u.id === applicant.userId) ? { org, applicantId: applicant.userId } : null;
  if (!org.departments.some((d) => d.id === applicant.departmentId)) return null;
  const rankId =
    applicant.rankId !== null && org.ranks.some((r) => r.id === applicant.rankId) ? applicant.rankId : null;
  const user: OrgUser = {
    id: HYPOTHETICAL_APPLICANT_ID,
    name,
    departmentId: applicant.departmentId,
    secondaryDepartmentIds: [],
    rankId,
    positionIds: [],
    roles: [],
    active: true,
  };
  return { org: { ...org, users: [...org.users, user] }, applicantId: user.id };
}
