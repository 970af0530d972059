import type { Department, OrgSnapshot, OrgUser, Position, Rank } from './org-model.js';
import type { ExistingOrg, ImportSheet } from './org-import-types.js';

/**
 * The org as the import builds it: copies of the existing one that the steps change in place,
 * with the lookups they share and, for each thing the file names, the line that named it.
 */
export interface ImportDraft {
  before: OrgSnapshot;
  departments: Department[];
  positions: Position[];
  ranks: Rank[];
  users: OrgUser[];
  /** userId → login, existing and new users */
  logins: Record<string, string>;
  deptByName: Map<string, Department>;
  beforeDept: Map<string, Department>;
  beforePos: Map<string, Position>;
  /** id → the file's line that names it, per sheet */
  lines: Record<ImportSheet, Map<string, number>>;
  newId: () => string;
}

export function startDraft(existing: ExistingOrg, newId: () => string): ImportDraft {
  const before = existing.org;
  const departments: Department[] = before.departments.map((d) => ({ ...d }));
  return {
    before,
    departments,
    positions: before.positions.map((p) => ({ ...p })),
    ranks: before.ranks.map((r) => ({ ...r })),
    users: before.users.map((u) => ({
      ...u,
      positionIds: [...u.positionIds],
      secondaryDepartmentIds: [...u.secondaryDepartmentIds],
      roles: [...u.roles],
    })),
    logins: { ...existing.logins },
    deptByName: new Map(departments.map((d) => [d.name, d])),
    beforeDept: new Map(before.departments.map((d) => [d.id, d])),
    beforePos: new Map(before.positions.map((p) => [p.id, p])),
    lines: { departments: new Map(), positions: new Map(), users: new Map() },
    newId,
  };
}

/** The draft as the org it will be once written. */
export function draftOrg(draft: ImportDraft): OrgSnapshot {
  const { departments, positions, ranks, users, before } = draft;
  return {
    departments,
    positions,
    ranks,
    users,
    supervisions: before.supervisions,
    delegations: before.delegations,
    adminUserIds: users.filter((u) => u.active && u.roles.includes('admin')).map((u) => u.id),
  };
}
