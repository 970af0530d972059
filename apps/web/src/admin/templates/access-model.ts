import {
  folderPath,
  templatePermissions,
  type AccessLevel,
  type AccessSource,
  type OrgSnapshot,
  type TemplateGrant,
} from '@signoff/org';
import type { Localized } from '@signoff/schema';

/** A grant as templates.access answers it (with its id, for revoking). */
export type StoredGrant = TemplateGrant & { id: string };

export interface AccessFolder {
  id: string;
  name: string;
  parentId: string | null;
}

export interface AccessTemplate {
  templateId: string;
  key: string;
  title: Localized;
  folderId: string | null;
  archived: boolean;
}

export interface AccessUser {
  id: string;
  name: string;
  login: string;
  departmentId: string;
  secondaryDepartmentIds: string[];
  positionIds: string[];
  rankId: string | null;
  roles: string[];
  active: boolean;
}

/** What the permission screens read: templates.access, templates.list and org.view, put together. */
export interface AccessFacts {
  folders: AccessFolder[];
  grants: StoredGrant[];
  templates: AccessTemplate[];
  users: AccessUser[];
  departments: { id: string; name: string; parentId: string | null }[];
  positions: { id: string; name: string; departmentId: string }[];
}

/** One person's effective tier on one template, and why (the rule is @signoff/org's templatePermissions). */
export interface EffectiveRow {
  user: AccessUser;
  level: AccessLevel | null;
  source: AccessSource<StoredGrant>;
}

function snapshotOf(f: AccessFacts): OrgSnapshot {
  // templatePermissions reads only users and the department tree; the rest is for the route resolver
  return {
    departments: f.departments.map((d, order) => ({ ...d, order })),
    positions: f.positions.map((p) => ({ ...p, isHead: false })),
    ranks: [],
    users: f.users,
    supervisions: [],
    delegations: [],
    adminUserIds: f.users.filter((u) => u.roles.includes('admin')).map((u) => u.id),
  };
}

/**
 * Every active person's tier on a template, strongest first. Computed here from the same pure rule
 * the server applies, because templates.access names grants but not who they reach.
 */
export function effectiveAccess(facts: AccessFacts, template: AccessTemplate): EffectiveRow[] {
  const org = snapshotOf(facts);
  return facts.users
    .filter((u) => u.active)
    .map((user) => {
      const p = templatePermissions({
        org,
        userId: user.id,
        isAdmin: user.roles.includes('admin'),
        folders: facts.folders,
        grants: facts.grants,
      });
      const { level, source } = p.template({ id: template.templateId, folderId: template.folderId });
      return { user, level, source };
    });
}

/** The grants set on a folder or template itself, and those reaching it from folders above (nearest first). */
export function grantsOnTarget(
  facts: AccessFacts,
  target: { type: 'folder' | 'template'; id: string; folderId: string | null },
): { own: StoredGrant[]; inherited: { grant: StoredGrant; from: AccessFolder }[] } {
  const own = facts.grants.filter((g) => g.targetType === target.type && g.targetId === target.id);
  const above =
    target.type === 'folder'
      ? folderPath(target.id, facts.folders).slice(1)
      : folderPath(target.folderId, facts.folders);
  const byId = new Map(facts.folders.map((f) => [f.id, f]));
  const inherited = above.flatMap((folderId) => {
    const from = byId.get(folderId);
    if (!from) return [];
    return facts.grants
      .filter((g) => g.targetType === 'folder' && g.targetId === folderId)
      .map((grant) => ({ grant, from }));
  });
  return { own, inherited };
}

/** The name of a grant's principal ("财务部", "张三", "所有人") from the org; the id when it is gone. */
export function principalName(facts: AccessFacts, g: TemplateGrant, everyone: string): string {
  if (g.principalType === 'everyone') return everyone;
  const list =
    g.principalType === 'user'
      ? facts.users
      : g.principalType === 'department'
        ? facts.departments
        : g.principalType === 'position'
          ? facts.positions
          : [];
  return list.find((x) => x.id === g.principalId)?.name ?? g.principalId;
}

/** The folder a source grant sits on, for "继承自 财务类"; null when the grant is on the template itself. */
export function sourceFolder(facts: AccessFacts, source: AccessSource<StoredGrant>): AccessFolder | null {
  if (source.kind !== 'grant' || source.grant.targetType !== 'folder') return null;
  return facts.folders.find((f) => f.id === source.grant.targetId) ?? null;
}
