import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department, OrgSnapshot, OrgUser, Position } from './org-model.js';
import { resolveApprovers } from './resolve-approvers.js';

/**
 * Random trees: department i's parent is some j < i (so a tree), or, to prove the walk cannot
 * loop, occasionally a later department (a corrupt import with a parent cycle).
 */
const orgArb = fc
  .record({
    size: fc.integer({ min: 1, max: 12 }),
    parents: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    cycle: fc.boolean(),
    heads: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
    staff: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    leftMask: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ size, parents, cycle, heads, staff, leftMask }) => {
    const departments: Department[] = [];
    for (let i = 0; i < size; i++) {
      const p = parents[i] ?? 0;
      const parentId = i === 0 ? (cycle && size > 1 ? `d${size - 1}` : null) : `d${p % i}`;
      departments.push({ id: `d${i}`, name: `部门${i}`, parentId, order: i });
    }
    const positions: Position[] = departments.map((d) => ({ id: `${d.id}-head`, name: `${d.name}负责人`, departmentId: d.id, isHead: true }));
    const users: OrgUser[] = [];
    const add = (departmentId: string, positionIds: string[]) => {
      const n = users.length;
      users.push({ id: `u${n}`, name: `用户${n}`, departmentId, secondaryDepartmentIds: [], rankId: null, positionIds, roles: [], active: !(leftMask[n] ?? false) });
    };
    departments.forEach((d, i) => {
      for (let k = 0; k < (heads[i] ?? 0); k++) add(d.id, [`${d.id}-head`]);
    });
    for (const s of staff) add(`d${s % size}`, []);
    const org: OrgSnapshot = { departments, positions, ranks: [], users, supervisions: [], delegations: [], adminUserIds: ['admin'] };
    return org;
  });

function ancestorsOrSelf(org: OrgSnapshot, deptId: string): Set<string> {
  const out = new Set<string>();
  let id: string | null | undefined = deptId;
  while (id && !out.has(id)) {
    out.add(id);
    id = org.departments.find((d) => d.id === id)?.parentId;
  }
  return out;
}

describe('deptHead(level n) property', () => {
  it('returns heads strictly above the applicant in their line, or the flagged fallback, and terminates', () => {
    fc.assert(
      fc.property(orgArb, fc.nat(), fc.integer({ min: 1, max: 6 }), (org, pick, level) => {
        const applicant = org.users[pick % org.users.length];
        if (!applicant) return;
        const r = resolveApprovers({ org, expression: { kind: 'deptHead', level }, applicantId: applicant.id, form: {}, now: '2026-11-24T00:00:00Z' });
        if (r.fallback) {
          expect(r.userIds).toEqual([]); // the fixture's admin id is not a user, so no active admin remains
          return;
        }
        const line = ancestorsOrSelf(org, applicant.departmentId);
        for (const id of r.userIds) {
          expect(id).not.toBe(applicant.id);
          const u = org.users.find((x) => x.id === id);
          expect(u?.active).toBe(true);
          const heads = u?.positionIds.map((pid) => org.positions.find((p) => p.id === pid)?.departmentId) ?? [];
          expect(heads.some((d) => d !== undefined && line.has(d))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('level n+1 is never the same people as level n', () => {
    fc.assert(
      fc.property(orgArb, fc.nat(), fc.integer({ min: 1, max: 4 }), (org, pick, level) => {
        const applicant = org.users[pick % org.users.length];
        if (!applicant) return;
        const at = (n: number) => resolveApprovers({ org, expression: { kind: 'deptHead', level: n }, applicantId: applicant.id, form: {}, now: '2026-11-24T00:00:00Z' });
        const a = at(level);
        const b = at(level + 1);
        if (!a.fallback && !b.fallback) expect(b.userIds).not.toEqual(a.userIds);
      }),
      { numRuns: 300 },
    );
  });
});
