import type { OrgView, OrgViewUser } from './org-view';

/**
 * Who heads the leaver's department, as the routing engine walks it: the active holders of its head
 * positions (a virtual department: the position it names), going up a level while the seat is empty
 * or held only by the leaver. Empty when nobody above can take over.
 */
export function departmentHeads(org: OrgView, leaver: OrgViewUser): OrgViewUser[] {
  const dept = new Map(org.departments.map((d) => [d.id, d]));
  const visited = new Set<string>();
  let current = dept.get(leaver.departmentId);
  while (current && !visited.has(current.id)) {
    visited.add(current.id);
    const d = current;
    const seats =
      d.virtual && d.headPositionId
        ? [d.headPositionId]
        : org.positions.filter((p) => p.departmentId === d.id && p.isHead).map((p) => p.id);
    const heads = org.users.filter(
      (u) => u.active && u.id !== leaver.id && u.positionIds.some((p) => seats.includes(p)),
    );
    if (heads.length > 0) return heads;
    const headPos =
      d.virtual && d.headPositionId ? org.positions.find((p) => p.id === d.headPositionId) : undefined;
    current = headPos ? dept.get(headPos.departmentId) : d.parentId ? dept.get(d.parentId) : undefined;
  }
  return [];
}
