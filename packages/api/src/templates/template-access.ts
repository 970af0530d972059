import type { OrgSnapshot } from '@signoff/org';

/** Seed 001's four tiers, strongest first: manage (design, permissions), edit the design, submit, read requests. */
export type AccessLevel = 'manager' | 'editor' | 'author' | 'reader';
const RANK: Record<AccessLevel, number> = { reader: 1, author: 2, editor: 3, manager: 4 };

export interface Grant {
  targetType: 'folder' | 'template';
  targetId: string;
  principalType: 'user' | 'department' | 'position' | 'role' | 'everyone';
  principalId: string;
  level: AccessLevel;
}

export interface Folder {
  id: string;
  parentId: string | null;
}

export const atLeast = (have: AccessLevel | null, need: AccessLevel) =>
  have !== null && RANK[have] >= RANK[need];

/**
 * A user's level on one template: the strongest grant matching them on the template or any folder
 * above it. A department grant covers its sub-departments. With no grant anywhere on the path the
 * template is open (every member an author), as a new tenant expects; tenant admins are managers
 * everywhere. Pure, so the rule can be tested on its own.
 */
export function templateAccess(input: {
  org: OrgSnapshot;
  userId: string;
  isAdmin: boolean;
  template: { id: string; folderId: string | null };
  folders: readonly Folder[];
  grants: readonly Grant[];
}): AccessLevel | null {
  if (input.isAdmin) return 'manager';
  const user = input.org.users.find((u) => u.id === input.userId);
  if (!user?.active) return null;

  const targets = new Set([`template:${input.template.id}`]);
  const seen = new Set<string>();
  let folder = input.template.folderId;
  while (folder && !seen.has(folder)) {
    seen.add(folder);
    targets.add(`folder:${folder}`);
    folder = input.folders.find((f) => f.id === folder)?.parentId ?? null;
  }
  const onPath = input.grants.filter((g) => targets.has(`${g.targetType}:${g.targetId}`));
  if (onPath.length === 0) return 'author';

  const departments = new Set<string>();
  for (const start of [user.departmentId, ...user.secondaryDepartmentIds]) {
    let d: string | null | undefined = start;
    while (d && !departments.has(d)) {
      departments.add(d);
      d = input.org.departments.find((x) => x.id === d)?.parentId;
    }
  }
  const matches = (g: Grant) =>
    g.principalType === 'everyone' ||
    (g.principalType === 'user' && g.principalId === user.id) ||
    (g.principalType === 'department' && departments.has(g.principalId)) ||
    (g.principalType === 'position' && user.positionIds.includes(g.principalId)) ||
    (g.principalType === 'role' && user.roles.includes(g.principalId));
  let best: AccessLevel | null = null;
  for (const g of onPath) if (matches(g) && (best === null || RANK[g.level] > RANK[best])) best = g.level;
  return best;
}
