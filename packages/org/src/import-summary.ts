import type { Department, OrgSnapshot, OrgUser } from './org-model.js';
import type { ImportSummary } from './org-import-types.js';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function departmentChanged(a: Department, b: Department): boolean {
  return (
    a.name !== b.name ||
    (a.code ?? '') !== (b.code ?? '') ||
    a.parentId !== b.parentId ||
    a.order !== b.order ||
    !!a.virtual !== !!b.virtual ||
    (a.headPositionId ?? '') !== (b.headPositionId ?? '')
  );
}

function userChanged(a: OrgUser, b: OrgUser): boolean {
  return (
    a.name !== b.name ||
    a.departmentId !== b.departmentId ||
    a.rankId !== b.rankId ||
    !sameSet(a.positionIds, b.positionIds) ||
    !sameSet(a.secondaryDepartmentIds, b.secondaryDepartmentIds)
  );
}

/** Step 7: what the import creates, changes and deactivates, counted against the org before it. */
export function summarizeImport(before: OrgSnapshot, after: OrgSnapshot): ImportSummary {
  const beforeDept = new Map(before.departments.map((d) => [d.id, d]));
  const beforePos = new Map(before.positions.map((p) => [p.id, p]));
  const beforeUser = new Map(before.users.map((u) => [u.id, u]));
  const summary: ImportSummary = {
    departments: { created: 0, updated: 0 },
    positions: { created: 0, updated: 0 },
    users: { created: 0, updated: 0, deactivated: 0 },
    ranks: { created: after.ranks.length - before.ranks.length },
  };
  for (const d of after.departments) {
    const old = beforeDept.get(d.id);
    if (!old) summary.departments.created++;
    else if (departmentChanged(old, d)) summary.departments.updated++;
  }
  for (const p of after.positions) {
    const old = beforePos.get(p.id);
    if (!old) summary.positions.created++;
    else if (old.isHead !== p.isHead) summary.positions.updated++;
  }
  for (const u of after.users) {
    const old = beforeUser.get(u.id);
    if (!old) summary.users.created++;
    else if (old.active && !u.active) summary.users.deactivated++;
    else if (userChanged(old, u) || old.active !== u.active) summary.users.updated++;
  }
  return summary;
}
