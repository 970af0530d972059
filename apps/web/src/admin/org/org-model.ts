import type { RouterOutputs } from '../../api/trpc';

/** `org.view` as the admin screens read it. */
export type OrgView = RouterOutputs['org']['view'];
export type OrgDepartment = OrgView['departments'][number];
export type OrgPosition = OrgView['positions'][number];
export type OrgRank = OrgView['ranks'][number];
export type OrgSupervision = OrgView['supervisions'][number];
export type OrgPerson = OrgView['users'][number];

const byOrder = (a: OrgDepartment, b: OrgDepartment) =>
  a.order - b.order || a.name.localeCompare(b.name, 'zh');

export interface DepartmentNode {
  key: string;
  dept: OrgDepartment;
  children: DepartmentNode[];
}

/**
 * The department forest, siblings by `order` then name. With a query, only departments whose name
 * or code contains it are kept, with their ancestors, so a match is shown where it sits. A parent
 * that does not exist makes a department a root rather than hiding it.
 */
export function departmentTree(depts: readonly OrgDepartment[], query = ''): DepartmentNode[] {
  const ids = new Set(depts.map((d) => d.id));
  const kids = new Map<string | null, OrgDepartment[]>();
  for (const d of depts) {
    const parent = d.parentId !== null && ids.has(d.parentId) && d.parentId !== d.id ? d.parentId : null;
    kids.set(parent, [...(kids.get(parent) ?? []), d]);
  }
  const q = query.trim().toLowerCase();
  const matches = (d: OrgDepartment) =>
    q === '' || d.name.toLowerCase().includes(q) || (d.code ?? '').toLowerCase().includes(q);
  const seen = new Set<string>();
  const build = (parent: string | null): DepartmentNode[] =>
    [...(kids.get(parent) ?? [])].sort(byOrder).flatMap((dept) => {
      // a cycle in stored data would otherwise recurse forever
      if (seen.has(dept.id)) return [];
      seen.add(dept.id);
      const children = build(dept.id);
      return matches(dept) || children.length > 0 ? [{ key: dept.id, dept, children }] : [];
    });
  return build(null);
}

/** Where a drop in the tree puts the dragged department: a new parent and order, or null for no change. */
export function dropMove(
  depts: readonly OrgDepartment[],
  dragId: string,
  targetId: string,
  // antd's relative drop position: -1 above the target, 1 below it, 0 onto it
  where: -1 | 0 | 1,
): { parentId: string | null; order: number } | null {
  const dragged = depts.find((d) => d.id === dragId);
  const target = depts.find((d) => d.id === targetId);
  if (!dragged || !target || dragId === targetId) return null;
  const move =
    where === 0
      ? {
          parentId: target.id,
          order: dragged.parentId === target.id ? dragged.order : nextOrder(depts, target.id),
        }
      : { parentId: target.parentId, order: where < 0 ? Math.max(0, target.order - 1) : target.order + 1 };
  return move.parentId === dragged.parentId && move.order === dragged.order ? null : move;
}

/** One past the largest order among a department's children, so a dropped one goes last. */
export function nextOrder(depts: readonly OrgDepartment[], parentId: string | null): number {
  const orders = depts.filter((d) => d.parentId === parentId).map((d) => d.order);
  return orders.length === 0 ? 0 : Math.max(...orders) + 1;
}

/** The input `org.saveDepartment` takes for an existing department with some fields changed. */
export function departmentInput(dept: OrgDepartment, change: Partial<OrgDepartment>) {
  const next = { ...dept, ...change };
  return {
    id: next.id,
    name: next.name,
    parentId: next.parentId,
    order: next.order,
    ...(next.code ? { code: next.code } : {}),
    ...(next.virtual ? { virtual: true } : {}),
    ...(next.virtual && next.headPositionId ? { headPositionId: next.headPositionId } : {}),
  };
}

export function holdersOf(users: readonly OrgPerson[], positionId: string): OrgPerson[] {
  return users.filter((u) => u.leftAt === null && u.positionIds.includes(positionId));
}

/** Who heads a department: the holders of its head seat, or for a virtual one of the position it names. */
export function headOf(
  org: OrgView,
  dept: OrgDepartment,
): { position: OrgPosition; holders: OrgPerson[] } | null {
  const position = dept.virtual
    ? org.positions.find((p) => p.id === dept.headPositionId)
    : org.positions.find((p) => p.departmentId === dept.id && p.isHead);
  return position ? { position, holders: holdersOf(org.users, position.id) } : null;
}

export interface DepartmentMember {
  person: OrgPerson;
  primary: boolean;
}

/** A department's people: its primary members first, then those for whom it is a secondary department. */
export function membersOf(users: readonly OrgPerson[], deptId: string): DepartmentMember[] {
  const primary = users.filter((u) => u.departmentId === deptId).map((person) => ({ person, primary: true }));
  const secondary = users
    .filter((u) => u.departmentId !== deptId && u.secondaryDepartmentIds.includes(deptId))
    .map((person) => ({ person, primary: false }));
  return [...primary, ...secondary];
}

/** The name of a position with its department, for pickers: "工程部 / 工程部经理". */
export function positionLabel(org: OrgView, position: OrgPosition): string {
  const dept = org.departments.find((d) => d.id === position.departmentId);
  return dept ? `${dept.name} / ${position.name}` : position.name;
}
