import type { Department, OrgSnapshot, OrgUser, Position, Rank, Supervision } from './org-model.js';

/** A compact, name-based description of an org, as the acceptance tables write one. */
export interface OrgSpec {
  ranks: string[];
  departments: {
    name: string;
    code?: string;
    parent?: string;
    /** head seat first */
    positions: string[];
    /** for a virtual department: the existing position whose holders head it */
    virtualHead?: string;
  }[];
  supervision: { position: string; departments: string[]; categories?: string[] }[];
  /** rank of each position's holder; positions not listed hold the lowest rank */
  positionRanks: Record<string, string>;
  /** users with the tenant-admin role, by position name (the fallback approvers) */
  adminPositions: string[];
}

const GIVEN = '一二三四五六七八九十';
const SURNAMES = '陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄吕江何萧罗高潘简朱钟彭游詹胡施沈余';

/** Deterministic, readable demo names: 陈一, 林二 …, so a test or screenshot is the same every run. */
function demoName(i: number): string {
  const s = SURNAMES[i % SURNAMES.length] ?? '王';
  const g = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '一';
  return `${s}${g}`;
}

const slug = (i: number, prefix: string) => `${prefix}-${String(i + 1).padStart(2, '0')}`;

/**
 * Builds a snapshot with one holder per position and one 职员 per department, ids stable by
 * order of the spec. Throws on a spec that names a department or position it does not define,
 * because demo orgs are fixtures and a typo should fail loudly at once.
 */
export function buildOrg(spec: OrgSpec): OrgSnapshot {
  const ranks: Rank[] = spec.ranks.map((name, i) => ({ id: slug(i, 'r'), name, order: i + 1 }));
  const rankId = (name: string) => {
    const r = ranks.find((x) => x.name === name);
    if (!r) throw new Error(`unknown rank ${name}`);
    return r.id;
  };
  const departments: Department[] = [];
  const positions: Position[] = [];
  spec.departments.forEach((d, i) => {
    const id = slug(i, 'd');
    departments.push({ id, name: d.name, ...(d.code ? { code: d.code } : {}), parentId: null, order: i, ...(d.virtualHead ? { virtual: true } : {}) });
    d.positions.forEach((p, j) => positions.push({ id: `${id}-p${j + 1}`, name: p, departmentId: id, isHead: j === 0 }));
  });
  const deptId = (name: string) => {
    const d = departments.find((x) => x.name === name);
    if (!d) throw new Error(`unknown department ${name}`);
    return d.id;
  };
  const positionId = (name: string) => {
    const p = positions.find((x) => x.name === name);
    if (!p) throw new Error(`unknown position ${name}`);
    return p.id;
  };
  spec.departments.forEach((d, i) => {
    const dept = departments[i];
    if (!dept) return;
    if (d.parent) dept.parentId = deptId(d.parent);
    if (d.virtualHead) dept.headPositionId = positionId(d.virtualHead);
  });

  const users: OrgUser[] = [];
  const lowest = ranks[0]?.id ?? null;
  for (const p of positions) {
    const rank = spec.positionRanks[p.name];
    users.push({
      id: slug(users.length, 'u'),
      name: demoName(users.length),
      departmentId: p.departmentId,
      secondaryDepartmentIds: [],
      rankId: rank ? rankId(rank) : lowest,
      positionIds: [p.id],
      roles: spec.adminPositions.includes(p.name) ? ['admin'] : [],
      active: true,
    });
  }
  for (const d of departments) {
    users.push({ id: slug(users.length, 'u'), name: demoName(users.length), departmentId: d.id, secondaryDepartmentIds: [], rankId: lowest, positionIds: [], roles: [], active: true });
  }
  const supervisions: Supervision[] = spec.supervision.map((s) => ({
    positionId: positionId(s.position),
    departmentIds: s.departments.map(deptId),
    categories: s.categories ?? [],
  }));
  return {
    departments,
    positions,
    ranks,
    users,
    supervisions,
    delegations: [],
    adminUserIds: users.filter((u) => u.roles.includes('admin')).map((u) => u.id),
  };
}

/** The (first) active holder of a named position: how tests and the simulator pick "the 工程部经理". */
export function holderOf(org: OrgSnapshot, positionName: string): OrgUser | undefined {
  const ids = new Set(org.positions.filter((p) => p.name === positionName).map((p) => p.id));
  return org.users.find((u) => u.active && u.positionIds.some((id) => ids.has(id)));
}

/** A member of a department who holds no position, optionally of a given rank. */
export function staffOf(org: OrgSnapshot, departmentName: string, rankName?: string): OrgUser | undefined {
  const dept = org.departments.find((d) => d.name === departmentName || d.code === departmentName);
  const rank = rankName === undefined ? undefined : org.ranks.find((r) => r.name === rankName);
  if (!dept || (rankName !== undefined && !rank)) return undefined;
  return org.users.find((u) => u.active && u.departmentId === dept.id && u.positionIds.length === 0 && (!rank || u.rankId === rank.id));
}
