import type { OrgSnapshot } from '@signoff/org';

/** The names behind an import's counts, so the preview can say which rows it creates, changes or deactivates. */
export interface ImportChanges {
  departments: { created: string[]; updated: string[] };
  positions: { created: string[]; updated: string[] };
  users: { created: string[]; updated: string[]; deactivated: string[] };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * Which departments, positions and users the import creates, changes or deactivates, by name
 * (the same comparison as the summary's counts, which stay the source of the numbers).
 */
export function importChanges(before: OrgSnapshot, after: OrgSnapshot): ImportChanges {
  const out: ImportChanges = {
    departments: { created: [], updated: [] },
    positions: { created: [], updated: [] },
    users: { created: [], updated: [], deactivated: [] },
  };
  const oldDept = new Map(before.departments.map((d) => [d.id, d]));
  const deptName = new Map(after.departments.map((d) => [d.id, d.name]));
  for (const d of after.departments) {
    const o = oldDept.get(d.id);
    if (!o) out.departments.created.push(d.name);
    else if (
      o.name !== d.name ||
      (o.code ?? '') !== (d.code ?? '') ||
      o.parentId !== d.parentId ||
      o.order !== d.order ||
      !!o.virtual !== !!d.virtual ||
      (o.headPositionId ?? '') !== (d.headPositionId ?? '')
    )
      out.departments.updated.push(d.name);
  }
  const oldPos = new Map(before.positions.map((p) => [p.id, p]));
  for (const p of after.positions) {
    const o = oldPos.get(p.id);
    // a position is named with its department: 经理 exists in many
    const label = `${deptName.get(p.departmentId) ?? ''}/${p.name}`;
    if (!o) out.positions.created.push(label);
    else if (o.isHead !== p.isHead) out.positions.updated.push(label);
  }
  const oldUser = new Map(before.users.map((u) => [u.id, u]));
  for (const u of after.users) {
    const o = oldUser.get(u.id);
    if (!o) out.users.created.push(u.name);
    else if (o.active && !u.active) out.users.deactivated.push(u.name);
    else if (
      o.name !== u.name ||
      o.departmentId !== u.departmentId ||
      o.rankId !== u.rankId ||
      o.active !== u.active ||
      !sameSet(o.positionIds, u.positionIds) ||
      !sameSet(o.secondaryDepartmentIds, u.secondaryDepartmentIds)
    )
      out.users.updated.push(u.name);
  }
  return out;
}
