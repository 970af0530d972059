import type { OrgSnapshot, OrgUser } from './org-model.js';

/** Seed 001's four tiers, strongest first: manage (design, permissions), edit the design, submit, read requests. */
export type AccessLevel = 'manager' | 'editor' | 'author' | 'reader';
const RANK: Record<AccessLevel, number> = { reader: 1, author: 2, editor: 3, manager: 4 };

export type GrantPrincipalType = 'user' | 'department' | 'position' | 'role' | 'everyone';

/** One grant of a tier on a folder or a template, to one kind of principal (`principalId` is empty for everyone). */
export interface TemplateGrant {
  targetType: 'folder' | 'template';
  targetId: string;
  principalType: GrantPrincipalType;
  principalId: string;
  level: AccessLevel;
}

/**
 * Whether a grant's principal is someone of this org: a person, department or position id of
 * another company (or of none) would sit in the grants list, waiting for that id (issue 16).
 * Roles are names anyone may come to hold, and `everyone` names no one.
 */
export function grantPrincipalKnown(
  org: OrgSnapshot,
  g: Pick<TemplateGrant, 'principalType' | 'principalId'>,
): boolean {
  switch (g.principalType) {
    case 'user':
      return org.users.some((u) => u.id === g.principalId);
    case 'department':
      return org.departments.some((d) => d.id === g.principalId);
    case 'position':
      return org.positions.some((p) => p.id === g.principalId);
    case 'role':
    case 'everyone':
      return true;
  }
}

export interface TemplateFolder {
  id: string;
  parentId: string | null;
}

export const atLeast = (have: AccessLevel | null, need: AccessLevel): boolean =>
  have !== null && RANK[have] >= RANK[need];

/**
 * Why a viewer holds the level they hold, so a permission screen can say "from folder 财务":
 * - `admin`: tenant admins are managers everywhere
 * - `open`: no grant on the path at all, so every member is an author (as a new tenant expects)
 * - `grant`: the strongest grant matching the viewer; `inherited` when it sits on a folder above
 * - `none`: grants on the path close it and none names the viewer, or the viewer has left
 */
export type AccessSource<G extends TemplateGrant = TemplateGrant> =
  { kind: 'admin' } | { kind: 'open' } | { kind: 'grant'; grant: G; inherited: boolean } | { kind: 'none' };

export interface EffectiveAccess<G extends TemplateGrant = TemplateGrant> {
  level: AccessLevel | null;
  source: AccessSource<G>;
}

export interface PermissionFacts<G extends TemplateGrant = TemplateGrant> {
  org: OrgSnapshot;
  userId: string;
  isAdmin: boolean;
  folders: readonly TemplateFolder[];
  grants: readonly G[];
}

export interface TemplatePermissions<G extends TemplateGrant = TemplateGrant> {
  template(template: { id: string; folderId: string | null }): EffectiveAccess<G>;
  folder(folderId: string): EffectiveAccess<G>;
}

/**
 * The folder and every folder above it, nearest first. A parent cycle (which saving refuses, but
 * stored data may hold) ends the walk instead of looping.
 */
export function folderPath(folderId: string | null, folders: readonly TemplateFolder[]): string[] {
  const parent = new Map(folders.map((f) => [f.id, f.parentId]));
  const path: string[] = [];
  for (let f = folderId; f && !path.includes(f); f = parent.get(f) ?? null) path.push(f);
  return path;
}

/** Whether putting `folderId` under `parentId` would put it inside itself. */
export function createsFolderCycle(
  folders: readonly TemplateFolder[],
  folderId: string,
  parentId: string | null,
): boolean {
  return folderPath(parentId, folders).includes(folderId);
}

/** The user's departments with every department above them: a department grant covers its sub-departments. */
function departmentsOf(org: OrgSnapshot, user: OrgUser): Set<string> {
  const parent = new Map(org.departments.map((d) => [d.id, d.parentId]));
  const out = new Set<string>();
  for (const start of [user.departmentId, ...user.secondaryDepartmentIds]) {
    for (let d: string | null | undefined = start; d && !out.has(d); d = parent.get(d)) out.add(d);
  }
  return out;
}

/**
 * A viewer's effective tier on any template or folder of the tenant: the strongest grant matching
 * them on the target or any folder above it; among equals the nearest one is named as the source.
 * Built once per request (the viewer's departments and the grants are indexed here), then asked
 * per target. Pure, so the rule is tested on its own and the route designer can show it as well.
 */
export function templatePermissions<G extends TemplateGrant>(
  facts: PermissionFacts<G>,
): TemplatePermissions<G> {
  const user = facts.org.users.find((u) => u.id === facts.userId);
  const departments = user?.active ? departmentsOf(facts.org, user) : new Set<string>();
  const byTarget = new Map<string, G[]>();
  for (const g of facts.grants) {
    const key = `${g.targetType}:${g.targetId}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), g]);
  }
  const matches = (u: OrgUser, g: G) =>
    g.principalType === 'everyone' ||
    (g.principalType === 'user' && g.principalId === u.id) ||
    (g.principalType === 'department' && departments.has(g.principalId)) ||
    (g.principalType === 'position' && u.positionIds.includes(g.principalId)) ||
    (g.principalType === 'role' && u.roles.includes(g.principalId));

  /** `targets` nearest first: the target itself, then the folders above it */
  const resolve = (targets: readonly string[]): EffectiveAccess<G> => {
    if (facts.isAdmin) return { level: 'manager', source: { kind: 'admin' } };
    if (!user?.active) return { level: null, source: { kind: 'none' } };
    let any = false;
    let best: { grant: G; inherited: boolean } | null = null;
    for (const [i, key] of targets.entries()) {
      for (const g of byTarget.get(key) ?? []) {
        any = true;
        if (matches(user, g) && (best === null || RANK[g.level] > RANK[best.grant.level]))
          best = { grant: g, inherited: i > 0 };
      }
    }
    if (!any) return { level: 'author', source: { kind: 'open' } };
    return best
      ? { level: best.grant.level, source: { kind: 'grant', ...best } }
      : { level: null, source: { kind: 'none' } };
  };

  const folderKeys = (folderId: string | null) =>
    folderPath(folderId, facts.folders).map((f) => `folder:${f}`);
  return {
    template: (t) => resolve([`template:${t.id}`, ...folderKeys(t.folderId)]),
    folder: (folderId) => resolve(folderKeys(folderId)),
  };
}

/** A user's level on one template (see templatePermissions); for one question, without the source. */
export function templateAccess(
  input: PermissionFacts & { template: { id: string; folderId: string | null } },
): AccessLevel | null {
  return templatePermissions(input).template(input.template).level;
}
