import { describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from './demo-orgs.js';
import type { OrgSnapshot } from './org-model.js';
import { orgToImportRows, planOrgImport, type ExistingOrg, type ImportRow, type OrgImportRows } from './plan-org-import.js';

/** Rows as a spreadsheet has them: the header first, data from line 2 on. */
function sheet(table: string[][]): ImportRow[] {
  const [header = [], ...data] = table;
  return data.map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) }));
}

const file = (f: Partial<Record<keyof OrgImportRows, string[][]>>): OrgImportRows => ({
  departments: sheet(f.departments ?? []),
  positions: sheet(f.positions ?? []),
  users: sheet(f.users ?? []),
});

function demo(): ExistingOrg {
  const org = realEstateDemoOrg();
  return { org, logins: Object.fromEntries(org.users.map((u) => [u.id, `login-${u.id}`])) };
}

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const DEPT_ZH = ['部门名称', '上级部门', '编码', '排序', '虚拟部门', '负责岗位'];
const POS_ZH = ['岗位名称', '所属部门', '是否负责人'];
const USER_ZH = ['账号', '姓名', '部门', '职级', '岗位', '兼职部门', '状态'];

const dept = (org: OrgSnapshot, name: string) => org.departments.find((d) => d.name === name);

describe('planOrgImport: new rows and updates by name', () => {
  it('creates departments, positions and users from a file with English headers in any case', () => {
    const plan = planOrgImport(
      file({
        departments: [['Name', 'PARENT', 'Code', 'Order', 'Virtual', 'Head Position'], ['研发中心', '董事会', 'RD', '20', 'no', '']],
        positions: [['name', 'department', 'head'], ['研发中心主任', '研发中心', 'yes'], ['研发工程师', '研发中心', 'false']],
        users: [
          ['Login', 'Name', 'Department', 'Rank', 'Positions', 'Secondary departments', 'Status'],
          ['wu.yi', '吴一', '研发中心', '主管级', '研发中心主任', '工程部', 'active'],
          ['zheng.er', '郑二', '研发中心', '职员', '研发工程师', '', ''],
        ],
      }),
      demo(),
      ids(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.ok).toBe(true);
    expect(plan.summary).toEqual({
      departments: { created: 1, updated: 0 },
      positions: { created: 2, updated: 0 },
      users: { created: 2, updated: 0, deactivated: 0 },
      ranks: { created: 0 },
    });
    const rd = dept(plan.org, '研发中心');
    expect(rd).toEqual({ id: 'new-1', name: '研发中心', code: 'RD', parentId: 'd-01', order: 20 });
    const head = plan.org.positions.find((p) => p.name === '研发中心主任');
    expect(head).toEqual({ id: 'new-2', name: '研发中心主任', departmentId: 'new-1', isHead: true });
    const wu = plan.org.users.find((u) => plan.logins[u.id] === 'wu.yi');
    expect(wu).toMatchObject({
      name: '吴一',
      departmentId: 'new-1',
      rankId: 'r-02',
      positionIds: ['new-2'],
      secondaryDepartmentIds: ['d-04'],
      active: true,
      roles: [],
    });
    // nothing that the file does not name is removed
    expect(plan.org.users).toHaveLength(realEstateDemoOrg().users.length + 2);
  });

  it('updates the existing department, position and user of the same name (or login) and keeps their ids', () => {
    const existing = demo();
    const plan = planOrgImport(
      file({
        departments: [DEPT_ZH, ['工程部', '董事会', 'ENG', '3', '否', '']],
        positions: [POS_ZH, ['工程部总监', '工程部', '否']],
        users: [USER_ZH, ['login-u-07', '林二改', '工程部', '主管级', '工程部经理、工程部总监', '', '在职']],
      }),
      existing,
      ids(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.summary.departments).toEqual({ created: 0, updated: 1 });
    expect(plan.summary.positions).toEqual({ created: 0, updated: 0 });
    expect(plan.summary.users).toEqual({ created: 0, updated: 1, deactivated: 0 });
    expect(dept(plan.org, '工程部')).toEqual({ id: 'd-04', name: '工程部', code: 'ENG', parentId: 'd-01', order: 3 });
    expect(plan.org.users.find((u) => u.id === 'u-07')).toMatchObject({ name: '林二改', positionIds: ['d-04-p1', 'd-04-p2'] });
    // the input org is left alone
    expect(existing.org.users.find((u) => u.id === 'u-07')?.name).not.toBe('林二改');
  });

  it('deactivates a user marked 离职 and never deletes anyone', () => {
    const plan = planOrgImport(file({ users: [USER_ZH, ['login-u-07', '吴一', '工程部', '主管级', '工程部经理', '', '离职']] }), demo(), ids());
    expect(plan.ok).toBe(true);
    expect(plan.summary.users).toEqual({ created: 0, updated: 0, deactivated: 1 });
    expect(plan.org.users.find((u) => u.id === 'u-07')?.active).toBe(false);
    expect(plan.org.users).toHaveLength(realEstateDemoOrg().users.length);
  });

  it('leaves a field alone when the file has no such column, and clears it when the cell is empty', () => {
    const onlyNames = planOrgImport(file({ users: [['账号', '姓名', '部门'], ['login-u-07', '吴一', '工程部']] }), demo(), ids());
    expect(onlyNames.summary.users.updated).toBe(0);
    expect(onlyNames.org.users.find((u) => u.id === 'u-07')?.positionIds).toEqual(['d-04-p1']);

    const cleared = planOrgImport(file({ users: [['账号', '姓名', '部门', '岗位', '职级'], ['login-u-07', '吴一', '工程部', '', '']] }), demo(), ids());
    expect(cleared.org.users.find((u) => u.id === 'u-07')).toMatchObject({ positionIds: [], rankId: null });
  });

  it('creates the ranks a file names when the tenant has none yet', () => {
    const org: OrgSnapshot = { ...realEstateDemoOrg(), ranks: [] };
    org.users = org.users.map((u) => ({ ...u, rankId: null }));
    const plan = planOrgImport(file({ users: [USER_ZH, ['new.one', '新一', '工程部', '专员', '', '', '']] }), { org, logins: {} }, ids());
    expect(plan.problems).toEqual([]);
    expect(plan.org.ranks).toEqual([{ id: 'new-1', name: '专员', order: 1 }]);
    expect(plan.summary.ranks.created).toBe(1);
  });

  it('reads a position as 部门/岗位 and prefers the user’s own department when a name is shared', () => {
    const plan = planOrgImport(
      file({
        positions: [POS_ZH, ['司机', '工程部', '否']],
        users: [
          USER_ZH,
          ['a', '甲', '工程部', '职员', '司机', '', ''],
          ['b', '乙', '财务部', '职员', '综合管理部/司机', '', ''],
        ],
      }),
      demo(),
      ids(),
    );
    expect(plan.problems).toEqual([]);
    const byLogin = (l: string) => plan.org.users.find((u) => plan.logins[u.id] === l);
    expect(byLogin('a')?.positionIds).toEqual(['new-1']);
    expect(byLogin('b')?.positionIds).toEqual(['d-07-p4']);
  });

  it('an export imported back changes nothing, shared position names and virtual departments included', () => {
    const existing = demo();
    existing.org.positions.push({ id: 'x-p', name: '司机', departmentId: 'd-04', isHead: false });
    const u = existing.org.users.find((x) => x.id === 'u-07');
    if (u) {
      u.positionIds.push('x-p');
      u.secondaryDepartmentIds = ['d-07'];
    }
    const left = existing.org.users.find((x) => x.id === 'u-08');
    if (left) left.active = false;
    // someone of 财务部 who also drives for 综合管理部: the name alone would be ambiguous for them
    const cashier = existing.org.users.find((x) => x.positionIds.includes('d-06-p3'));
    cashier?.positionIds.push('d-07-p4');
    const rows = orgToImportRows(existing.org, existing.logins);
    expect(rows.users.find((r) => r.cells['账号'] === `login-${cashier?.id}`)?.cells['岗位']).toBe('出纳、综合管理部/司机');
    expect(rows.users.find((r) => r.cells['账号'] === 'login-u-07')?.cells['岗位']).toBe('工程部经理、工程部/司机');
    const plan = planOrgImport(rows, existing, ids());
    expect(plan.problems).toEqual([]);
    expect(plan.summary).toEqual({
      departments: { created: 0, updated: 0 },
      positions: { created: 0, updated: 0 },
      users: { created: 0, updated: 0, deactivated: 0 },
      ranks: { created: 0 },
    });
    expect(plan.org.users).toEqual(existing.org.users);
    expect(plan.org.departments).toEqual(existing.org.departments);
  });

  it('does not refuse a file for a problem the org already had and the file does not touch', () => {
    const existing = demo();
    existing.org.positions.push({ id: 'x-head', name: '第二负责人', departmentId: 'd-06', isHead: true });
    const plan = planOrgImport(file({ users: [USER_ZH, ['new.one', '新一', '工程部', '职员', '', '', '']] }), existing, ids());
    expect(plan.problems).toEqual([]);
  });
});

describe('planOrgImport: problems', () => {
  type Case = [string, Partial<Record<keyof OrgImportRows, string[][]>>, { sheet: string; line: number; code: string; column?: string; zh: string; en: string }];
  const cases: Case[] = [
    ['a required cell is empty', { users: [USER_ZH, ['a', '甲', '工程部', '', '', '', ''], ['', '乙', '工程部', '', '', '', '']] }, { sheet: 'users', line: 3, code: 'missing_value', column: '账号', zh: '第 3 行：账号不能为空', en: 'line 3: the login is required' }],
    ['a parent department that does not exist', { departments: [DEPT_ZH, ['研发一部', '董事会', '', '', '', ''], ['研发二部', '研发中心', '', '', '', '']] }, { sheet: 'departments', line: 3, code: 'unknown_parent', column: '上级部门', zh: '第 3 行：上级部门「研发中心」不存在', en: 'line 3: parent department 研发中心 does not exist' }],
    ['a position in an unknown department', { positions: [POS_ZH, ['主任', '研发中心', '是']] }, { sheet: 'positions', line: 2, code: 'unknown_department', column: '所属部门', zh: '第 2 行：部门「研发中心」不存在', en: 'line 2: department 研发中心 does not exist' }],
    ['a user in an unknown department', { users: [USER_ZH, ['a', '甲', '研发中心', '', '', '', '']] }, { sheet: 'users', line: 2, code: 'unknown_department', column: '部门', zh: '第 2 行：部门「研发中心」不存在', en: 'line 2: department 研发中心 does not exist' }],
    ['an unknown secondary department', { users: [USER_ZH, ['a', '甲', '工程部', '', '', '财务部、研发中心', '']] }, { sheet: 'users', line: 2, code: 'unknown_department', column: '兼职部门', zh: '第 2 行：兼职部门「研发中心」不存在', en: 'line 2: secondary department 研发中心 does not exist' }],
    ['an unknown position', { users: [USER_ZH, ['a', '甲', '工程部', '', '工程部经理;总工程师', '', '']] }, { sheet: 'users', line: 2, code: 'unknown_position', column: '岗位', zh: '第 2 行：岗位「总工程师」不存在', en: 'line 2: position 总工程师 does not exist' }],
    ['an unknown rank', { users: [USER_ZH, ['a', '甲', '工程部', '总监级', '', '', '']] }, { sheet: 'users', line: 2, code: 'unknown_rank', column: '职级', zh: '第 2 行：职级「总监级」不存在（职级需先在职级管理中添加）', en: 'line 2: rank 总监级 does not exist (add ranks first)' }],
    ['a department twice in the file', { departments: [DEPT_ZH, ['研发中心', '', '', '', '', ''], ['研发中心', '董事会', '', '', '', '']] }, { sheet: 'departments', line: 3, code: 'duplicate_name', column: '部门名称', zh: '第 3 行：部门「研发中心」与第 2 行重复', en: 'line 3: the department 研发中心 is already on line 2' }],
    ['a position twice in one department', { positions: [POS_ZH, ['司机', '工程部', '否'], ['司机', '工程部', '否']] }, { sheet: 'positions', line: 3, code: 'duplicate_name', column: '岗位名称', zh: '第 3 行：岗位「工程部/司机」与第 2 行重复', en: 'line 3: the position 司机 of 工程部 is already on line 2' }],
    ['a login twice in the file', { users: [USER_ZH, ['a', '甲', '工程部', '', '', '', ''], ['b', '乙', '工程部', '', '', '', ''], ['a', '丙', '财务部', '', '', '', '']] }, { sheet: 'users', line: 4, code: 'duplicate_login', column: '账号', zh: '第 4 行：账号「a」与第 2 行重复', en: 'line 4: the login a is already on line 2' }],
    ['a yes/no cell with something else', { positions: [POS_ZH, ['主任', '工程部', '对']] }, { sheet: 'positions', line: 2, code: 'bad_yes_no', column: '是否负责人', zh: '第 2 行：「是否负责人」应填 是 或 否，不能是「对」', en: 'line 2: 是否负责人 must be yes or no, not 对' }],
    ['a status that is neither 在职 nor 离职', { users: [USER_ZH, ['a', '甲', '工程部', '', '', '', '休假']] }, { sheet: 'users', line: 2, code: 'bad_status', column: '状态', zh: '第 2 行：「状态」应填 在职 或 离职，不能是「休假」', en: 'line 2: 状态 must be active or left, not 休假' }],
    ['an order that is not a number', { departments: [DEPT_ZH, ['研发中心', '', '', '第一', '', '']] }, { sheet: 'departments', line: 2, code: 'bad_number', column: '排序', zh: '第 2 行：「排序」应填整数，不能是「第一」', en: 'line 2: 排序 must be a whole number, not 第一' }],
    ['a second head position in a department', { positions: [POS_ZH, ['总工程师', '工程部', '是']] }, { sheet: 'positions', line: 2, code: 'two_heads', column: '是否负责人', zh: '第 2 行：部门「工程部」已有负责人岗位「工程部经理」，一个部门只能有一个负责人岗位', en: 'line 2: 工程部 already has the head position 工程部经理; a department may have one' }],
    ['a sheet without a required column', { users: [['账号', '姓名'], ['a', '甲']] }, { sheet: 'users', line: 1, code: 'missing_column', column: '部门', zh: '第 1 行：人员表缺少「部门」列', en: 'line 1: the users sheet has no department column (部门)' }],
    ['a head position on a department that is not virtual', { departments: [DEPT_ZH, ['研发中心', '', '', '', '否', '董事长']] }, { sheet: 'departments', line: 2, code: 'head_position_not_virtual', column: '负责岗位', zh: '第 2 行：只有虚拟部门才填「负责岗位」', en: 'line 2: only a virtual department has a 负责岗位' }],
    ['an unknown head position of a virtual department', { departments: [DEPT_ZH, ['实习生', '', '', '', '是', '带教老师']] }, { sheet: 'departments', line: 2, code: 'unknown_head_position', column: '负责岗位', zh: '第 2 行：岗位「带教老师」不存在', en: 'line 2: position 带教老师 does not exist' }],
    ['a position name several departments share', { positions: [POS_ZH, ['司机', '工程部', '否']], users: [USER_ZH, ['a', '甲', '财务部', '', '司机', '', '']] }, { sheet: 'users', line: 2, code: 'ambiguous_position', column: '岗位', zh: '第 2 行：多个部门都有岗位「司机」，请写成「部门/司机」', en: 'line 2: several departments have a position 司机; write it as department/司机' }],
  ];
  it.each(cases)('reports %s with its line', (_name, f, expected) => {
    const plan = planOrgImport(file(f), demo(), ids());
    expect(plan.ok).toBe(false);
    expect(plan.problems).toEqual([
      {
        sheet: expected.sheet,
        line: expected.line,
        code: expected.code,
        ...(expected.column ? { column: expected.column } : {}),
        message: { zh: expected.zh, en: expected.en },
      },
    ]);
  });

  it('reports every row of a cycle in the department tree, existing departments included', () => {
    const plan = planOrgImport(
      file({
        departments: [
          DEPT_ZH,
          ['甲部', '丙部', '', '', '', ''],
          ['乙部', '甲部', '', '', '', ''],
          ['丙部', '乙部', '', '', '', ''],
          ['董事会', '工程部', '', '', '', ''],
          ['丁部', '董事会', '', '', '', ''],
        ],
      }),
      demo(),
      ids(),
    );
    expect(plan.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'parent_cycle'],
      [3, 'parent_cycle'],
      [4, 'parent_cycle'],
      [5, 'parent_cycle'],
    ]);
    expect(plan.problems[0]?.message).toEqual({
      zh: '第 2 行：上级部门形成循环：甲部 → 丙部 → 乙部 → 甲部',
      en: 'line 2: the parent departments form a cycle: 甲部 → 丙部 → 乙部 → 甲部',
    });
    expect(plan.problems[3]?.message.zh).toBe('第 5 行：上级部门形成循环：董事会 → 工程部 → 董事会');
  });

  it('a department that is its own parent is a cycle', () => {
    const plan = planOrgImport(file({ departments: [DEPT_ZH, ['研发中心', '研发中心', '', '', '', '']] }), demo(), ids());
    expect(plan.problems.map((p) => [p.line, p.code])).toEqual([[2, 'parent_cycle']]);
  });

  it('lists every problem of every sheet at once, in sheet and line order', () => {
    const plan = planOrgImport(
      file({
        departments: [DEPT_ZH, ['研发中心', '董事会', '', '', '', ''], ['测试部', '质量中心', '', '', '', ''], ['甲部', '乙部', '', '', '', ''], ['乙部', '甲部', '', '', '', '']],
        positions: [POS_ZH, ['研发主任', '研发中心', '是'], ['副主任', '研发中心', '是'], ['测试员', '测试部', '否']],
        users: [
          ['login', 'name', 'department', 'rank', 'positions', 'status'],
          ['a', '甲', '研发中心', '职员', '研发主任', 'active'],
          ['b', '乙', '产品部', '职员', '', 'active'],
          ['a', '丙', '研发中心', '职员', '', 'active'],
          ['c', '', '研发中心', '高级', '架构师', 'on leave'],
        ],
      }),
      demo(),
      ids(),
    );
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => `${p.sheet}:${p.line}:${p.code}`)).toEqual([
      'departments:3:unknown_parent',
      'departments:4:parent_cycle',
      'departments:5:parent_cycle',
      'positions:2:two_heads',
      'positions:3:two_heads',
      'users:3:unknown_department',
      'users:4:duplicate_login',
      'users:5:missing_value',
      'users:5:unknown_rank',
      'users:5:unknown_position',
      'users:5:bad_status',
    ]);
    expect(plan.problems.every((p) => p.message.zh.startsWith(`第 ${p.line} 行：`) && p.message.en.startsWith(`line ${p.line}: `))).toBe(true);
  });
});
