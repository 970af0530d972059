import { rolesOf, type OrgViewUser, type UserRole } from './org-view';

export interface PeopleFilter {
  q: string;
  departmentId: string | null;
  status: 'active' | 'left' | null;
  role: UserRole | null;
}

export const NO_FILTER: PeopleFilter = { q: '', departmentId: null, status: null, role: null };

/**
 * The people an admin sees for a filter. The text matches name or login here; `pinyinIds` are the
 * ids the server's directory search found for it (pinyin and initials, "zs" → 张三), so the one
 * pinyin matcher stays on the server. A department matches primary and secondary membership.
 */
export function filterPeople(
  users: readonly OrgViewUser[],
  filter: PeopleFilter,
  pinyinIds: ReadonlySet<string> = new Set(),
): OrgViewUser[] {
  const q = filter.q.trim().toLowerCase();
  return users.filter((u) => {
    if (q && !u.name.toLowerCase().includes(q) && !u.login.toLowerCase().includes(q) && !pinyinIds.has(u.id))
      return false;
    if (
      filter.departmentId &&
      u.departmentId !== filter.departmentId &&
      !u.secondaryDepartmentIds.includes(filter.departmentId)
    )
      return false;
    if (filter.status === 'active' && !u.active) return false;
    if (filter.status === 'left' && u.active) return false;
    if (filter.role && !rolesOf(u).includes(filter.role)) return false;
    return true;
  });
}
