import { describe, expect, it } from 'vitest';
import {
  departmentInput,
  departmentTree,
  dropMove,
  headOf,
  holdersOf,
  membersOf,
  type DepartmentNode,
} from './org-model';
import { orgFixture } from './test/org-fixture';

const names = (nodes: DepartmentNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.dept.name, names(n.children)] : n.dept.name));

describe('departmentTree', () => {
  it('nests departments under their parents, siblings by order', () => {
    expect(names(departmentTree(orgFixture().departments))).toEqual([
      ['示例科技', ['工程部', '综合管理部']],
      '应届大学生',
    ]);
  });

  it('keeps a match with its ancestors when searching, by name or code', () => {
    const depts = orgFixture().departments;
    expect(names(departmentTree(depts, '工程'))).toEqual([['示例科技', ['工程部']]]);
    expect(names(departmentTree(depts, 'hq'))).toEqual(['示例科技']);
    expect(departmentTree(depts, '财务')).toEqual([]);
  });

  it('shows a department whose parent is gone at the top, and survives a stored cycle', () => {
    const depts = [
      { id: 'a', name: 'A', parentId: 'missing', order: 0 },
      { id: 'b', name: 'B', parentId: 'c', order: 0 },
      { id: 'c', name: 'C', parentId: 'b', order: 0 },
    ];
    expect(names(departmentTree(depts))).toEqual(['A']);
  });
});

describe('dropMove', () => {
  const depts = orgFixture().departments;

  it('makes a department dropped onto another its last child', () => {
    expect(dropMove(depts, 'd-admin', 'd-eng', 0)).toEqual({ parentId: 'd-eng', order: 0 });
    expect(dropMove(depts, 'd-grad', 'd-root', 0)).toEqual({ parentId: 'd-root', order: 4 });
  });

  it('makes a department dropped between two a sibling of the target, before or after it', () => {
    expect(dropMove(depts, 'd-grad', 'd-eng', -1)).toEqual({ parentId: 'd-root', order: 1 });
    expect(dropMove(depts, 'd-eng', 'd-root', 1)).toEqual({ parentId: null, order: 1 });
  });

  it('changes nothing for a drop onto itself or onto its own parent', () => {
    expect(dropMove(depts, 'd-eng', 'd-eng', 0)).toBeNull();
    expect(dropMove(depts, 'd-eng', 'd-root', 0)).toBeNull();
  });
});

describe('departmentInput', () => {
  it("keeps the code and a virtual department's head position, and sends no head position for a real one", () => {
    const [root, , , grad] = orgFixture().departments;
    expect(departmentInput(root!, { parentId: 'd-x' })).toEqual({
      id: 'd-root',
      name: '示例科技',
      parentId: 'd-x',
      order: 0,
      code: 'HQ',
    });
    expect(departmentInput(grad!, { order: 5 })).toMatchObject({
      virtual: true,
      headPositionId: 'p-admin-head',
      order: 5,
    });
    expect(departmentInput(grad!, { virtual: false })).not.toHaveProperty('headPositionId');
  });
});

describe('who heads and who belongs', () => {
  const org = orgFixture();

  it("finds the head seat's holders, and for a virtual department the position it names", () => {
    expect(headOf(org, org.departments[2]!)?.holders.map((u) => u.name)).toEqual(['李四']);
    expect(headOf(org, org.departments[3]!)?.position.name).toBe('综合管理部经理');
    expect(headOf(org, org.departments[3]!)?.holders.map((u) => u.name)).toEqual(['赵六']);
  });

  it('lists primary members before secondary ones, and leavers hold no position', () => {
    expect(membersOf(org.users, 'd-eng').map((m) => [m.person.name, m.primary])).toEqual([
      ['张三', true],
      ['李四', true],
      ['钱七', true],
      ['赵六', false],
    ]);
    expect(holdersOf(org.users, 'p-eng-lead')).toEqual([]);
  });
});
