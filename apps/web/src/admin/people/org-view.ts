import { useQuery } from '@tanstack/react-query';
import { useTRPC, type RouterOutputs } from '../../api/trpc';

export type OrgView = RouterOutputs['org']['view'];
export type OrgViewUser = OrgView['users'][number];
export type UserRole = 'admin' | 'designer' | 'member';

/** The whole org (org.view): the people and delegation pages read names and filters from it. */
export function useOrgView() {
  const trpc = useTRPC();
  return useQuery(trpc.org.view.queryOptions());
}

/** The roles an admin edits; everyone is a member besides. */
export const rolesOf = (u: OrgViewUser): UserRole[] => {
  const roles = u.roles.filter((r): r is 'admin' | 'designer' => r === 'admin' || r === 'designer');
  return roles.length > 0 ? roles : ['member'];
};

/** id → name lookups for the tables. */
export function orgNames(org: OrgView) {
  const dept = new Map(org.departments.map((d) => [d.id, d.name]));
  const pos = new Map(org.positions.map((p) => [p.id, p.name]));
  const rank = new Map(org.ranks.map((r) => [r.id, r.name]));
  const user = new Map(org.users.map((u) => [u.id, u.name]));
  return {
    department: (id: string) => dept.get(id) ?? id,
    position: (id: string) => pos.get(id) ?? id,
    rank: (id: string | null) => (id === null ? '' : (rank.get(id) ?? id)),
    user: (id: string) => user.get(id) ?? id,
  };
}
