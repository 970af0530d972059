import type { SimulationApplicant, SimulationOrg } from './simulation-org';

/** What the applicant picker holds: the mode and both modes' picks, so switching back keeps them. */
export interface ApplicantChoice {
  mode: 'person' | 'hypothetical';
  userId: string | null;
  departmentId: string | null;
  rankId: string | null;
}

/** The first active colleague who is not an admin (an admin applying is the unusual case), and their department and rank. */
export function defaultChoice(org: SimulationOrg): ApplicantChoice {
  const active = org.users.filter((u) => u.active);
  const first = active.find((u) => !u.roles.includes('admin')) ?? active[0];
  return {
    mode: 'person',
    userId: first?.id ?? null,
    departmentId: first?.departmentId ?? org.departments[0]?.id ?? null,
    rankId: first?.rankId ?? null,
  };
}

/** The applicant to simulate with, or null while the choice is incomplete. */
export function applicantOf(choice: ApplicantChoice): SimulationApplicant | null {
  if (choice.mode === 'person') return choice.userId ? { userId: choice.userId } : null;
  return choice.departmentId ? { departmentId: choice.departmentId, rankId: choice.rankId } : null;
}
