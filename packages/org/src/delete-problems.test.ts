import { describe, expect, it } from 'vitest';
import { deleteProblems } from './delete-problems.js';
import { deleteRefusal } from './delete-refusal.js';
import type { OrgSnapshot, OrgUser } from './org-model.js';

const user = (id: string, u: Partial<OrgUser>): OrgUser => ({
  id,
  name: id,
  departmentId: 'd-empty',
  secondaryDepartmentIds: [],
  rankId: null,
  positionIds: [],
  roles: [],
  active: true,
  ...u,
});

/**
 * 总部 with 财务部 under it; 财务部 has a position and two members, 行政部 only a secondary member,
 * 应届生 is virtual and headed by 财务经理; 空部门 only holds two positions; 闲职 (which supervises
 * 财务部) and the rank 职员 hang on nothing.
 */
const org: OrgSnapshot = {
  departments: [
    { id: 'd-hq', name: '总部', parentId: null, order: 0 },
    { id: 'd-fin', name: '财务部', parentId: 'd-hq', order: 1 },
    { id: 'd-adm', name: '行政部', parentId: null, order: 2 },
    { id: 'd-grad', name: '应届生', parentId: null, order: 3, virtual: true, headPositionId: 'p-fin' },
    { id: 'd-empty', name: '空部门', parentId: null, order: 4 },
  ],
  positions: [
    { id: 'p-fin', name: '财务经理', departmentId: 'd-fin', isHead: true },
    { id: 'p-idle', name: '闲职', departmentId: 'd-empty', isHead: false },
    { id: 'p-head', name: '虚职', departmentId: 'd-empty', isHead: false },
  ],
  ranks: [
    { id: 'r-1', name: '职员', order: 1 },
    { id: 'r-2', name: '经理', order: 2 },
  ],
  users: [
    user('u-1', { departmentId: 'd-fin', positionIds: ['p-fin'], rankId: 'r-2' }),
    user('u-2', {
      departmentId: 'd-fin',
      secondaryDepartmentIds: ['d-adm'],
      positionIds: ['p-fin'],
      rankId: 'r-2',
    }),
  ],
  supervisions: [{ positionId: 'p-idle', departmentIds: ['d-fin'], categories: [] }],
  delegations: [],
  adminUserIds: [],
};
// a department nothing hangs on
const free: OrgSnapshot = {
  ...org,
  departments: [...org.departments, { id: 'd-free', name: '空闲部', parentId: null, order: 5 }],
};

describe('deleteProblems', () => {
  it('a department with sub-departments', () => {
    expect(deleteProblems(org, { kind: 'department', id: 'd-hq' })).toEqual([
      {
        code: 'has_sub_departments',
        subject: 'department:d-hq',
        count: 1,
        subjects: ['department:d-fin'],
        message: { zh: '部门「总部」下还有 1 个子部门', en: '总部 still has 1 sub-departments' },
      },
    ]);
  });

  it('a department with positions and members', () => {
    expect(deleteProblems(org, { kind: 'department', id: 'd-fin' }).map((p) => [p.code, p.subjects])).toEqual(
      [
        ['has_positions', ['position:p-fin']],
        ['has_members', ['user:u-1', 'user:u-2']],
      ],
    );
  });

  it('a secondary department counts as membership', () => {
    expect(deleteProblems(org, { kind: 'department', id: 'd-adm' }).map((p) => [p.code, p.subjects])).toEqual(
      [['has_members', ['user:u-2']]],
    );
  });

  it('a position with holders that heads a virtual department', () => {
    expect(
      deleteProblems(org, { kind: 'position', id: 'p-fin' }).map((p) => [p.code, p.count, p.subjects]),
    ).toEqual([
      ['has_holders', 2, ['user:u-1', 'user:u-2']],
      ['heads_department', 1, ['department:d-grad']],
    ]);
  });

  it('a rank someone holds', () => {
    expect(deleteProblems(org, { kind: 'rank', id: 'r-2' })).toEqual([
      {
        code: 'rank_in_use',
        subject: 'rank:r-2',
        count: 2,
        subjects: ['user:u-1', 'user:u-2'],
        message: { zh: '还有 2 名人员属于职级「经理」', en: '2 users still hold the rank 经理' },
      },
    ]);
  });

  it('nothing stops deleting what nothing hangs on (a supervision goes with its position), nor an unknown id', () => {
    expect(deleteProblems(free, { kind: 'department', id: 'd-free' })).toEqual([]);
    expect(deleteProblems(org, { kind: 'position', id: 'p-idle' })).toEqual([]);
    expect(deleteProblems(org, { kind: 'rank', id: 'r-1' })).toEqual([]);
    expect(deleteProblems(org, { kind: 'department', id: 'd-nope' })).toEqual([]);
  });
});

describe('deleteRefusal', () => {
  it('says every count of a department in one sentence, zeros included', () => {
    expect(deleteRefusal(org, { kind: 'department', id: 'd-empty' })?.message).toEqual({
      zh: '部门「空部门」下还有 0 个子部门、2 个岗位、0 名人员，请先移走',
      en: '空部门 still has 0 sub-departments, 2 positions and 0 members; move them first',
    });
  });

  it('names the virtual departments a position heads', () => {
    expect(deleteRefusal(org, { kind: 'position', id: 'p-fin' })?.message).toEqual({
      zh: '岗位「财务经理」还有 2 名任职人员，并负责虚拟部门「应届生」，请先调整',
      en: '财务经理 still has 2 holders and heads 应届生; reassign first',
    });
    const unheld = { ...org, users: [] };
    expect(deleteRefusal(unheld, { kind: 'position', id: 'p-fin' })?.message).toEqual({
      zh: '岗位「财务经理」还有 0 名任职人员，并负责虚拟部门「应届生」，请先调整',
      en: '财务经理 still has 0 holders and heads 应届生; reassign first',
    });
  });

  it('is null when the delete may go ahead', () => {
    expect(deleteRefusal(org, { kind: 'rank', id: 'r-1' })).toBeNull();
  });
});
