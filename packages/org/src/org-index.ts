import type { Department, OrgSnapshot, OrgUser, Position } from './org-model.js';

/**
 * Lookup tables over one snapshot. Built once per resolution call: an org of a few thousand
 * users indexes in well under a millisecond, and keeping it internal keeps the snapshot plain data.
 */
export interface OrgIndex {
  org: OrgSnapshot;
  department: Map<string, Department>;
  position: Map<string, Position>;
  user: Map<string, OrgUser>;
  /** active holders of each position, in the snapshot's user order */
  holders: Map<string, OrgUser[]>;
}

export function indexOrg(org: OrgSnapshot): OrgIndex {
  const holders = new Map<string, OrgUser[]>();
  for (const u of org.users) {
    if (!u.active) continue;
    for (const pid of u.positionIds) {
      const list = holders.get(pid);
      if (list) list.push(u);
      else holders.set(pid, [u]);
    }
  }
  return {
    org,
    department: new Map(org.departments.map((d) => [d.id, d])),
    position: new Map(org.positions.map((p) => [p.id, p])),
    user: new Map(org.users.map((u) => [u.id, u])),
    holders,
  };
}

/** The seats that head a department: its head positions, or for a virtual department the position named as its head. */
export function headPositions(ix: OrgIndex, departmentId: string): Position[] {
  const dept = ix.department.get(departmentId);
  if (!dept) return [];
  if (dept.virtual && dept.headPositionId) {
    const p = ix.position.get(dept.headPositionId);
    return p ? [p] : [];
  }
  return ix.org.positions.filter((p) => p.departmentId === departmentId && p.isHead);
}

export function holdersOf(ix: OrgIndex, positions: readonly Position[]): OrgUser[] {
  const seen = new Set<string>();
  const out: OrgUser[] = [];
  for (const p of positions) {
    for (const u of ix.holders.get(p.id) ?? []) {
      if (!seen.has(u.id)) {
        seen.add(u.id);
        out.push(u);
      }
    }
  }
  return out;
}

/** Finds a department by its name or code, as designers and catalogs write it. */
export function departmentByName(ix: OrgIndex, name: string): Department | undefined {
  return ix.org.departments.find((d) => d.name === name || d.code === name);
}
