import type { AssigneeReference } from '@signoff/bpmn';
import { describe, expect, it } from 'vitest';
import { testOrg } from '../settings/test-route';
import { suggestApprover } from './assignee-suggestions';

const ref = (kind: AssigneeReference['kind'], name: string): AssigneeReference => ({
  key: `${kind}:${name}`,
  kind,
  name,
  tasks: [{ nodeId: 't', name }],
});

describe('suggestApprover', () => {
  it('reads a group by its name: a relation word as a virtual position, then a position, a role, a department', () => {
    expect(suggestApprover(ref('group', '部门经理'), testOrg)).toEqual({ kind: 'deptHead', level: 1 });
    expect(suggestApprover(ref('group', '分管领导'), testOrg)).toEqual({
      kind: 'supervisingLeader',
      by: 'department',
    });
    expect(suggestApprover(ref('group', '出纳'), testOrg)).toEqual({ kind: 'position', name: '出纳' });
    expect(suggestApprover(ref('group', '印章管理员'), testOrg)).toEqual({
      kind: 'role',
      name: '印章管理员',
    });
    expect(suggestApprover(ref('group', '财务部'), testOrg)).toEqual({
      kind: 'departmentHead',
      name: '财务部',
    });
    expect(suggestApprover(ref('group', 'accounting'), testOrg)).toBeUndefined();
  });

  it('finds a person by login or name, never one who left, and leaves expressions to the officer', () => {
    expect(suggestApprover(ref('user', 'u2'), testOrg)).toEqual({ kind: 'user', id: 'u2' });
    expect(suggestApprover(ref('user', '张三'), testOrg)).toEqual({ kind: 'user', id: 'u1' });
    expect(suggestApprover(ref('user', '王五'), testOrg)).toBeUndefined();
    expect(suggestApprover(ref('expression', '${manager}'), testOrg)).toBeUndefined();
  });

  it('reads a step that names nobody by the longest org name in its own name', () => {
    expect(suggestApprover(ref('task', '董事长审批'), testOrg)).toEqual({ kind: 'position', name: '董事长' });
    // 财务经理 (a position) is longer than 财务部 would be; 财务部审核 is the department's head
    expect(suggestApprover(ref('task', '财务经理签字'), testOrg)).toEqual({
      kind: 'position',
      name: '财务经理',
    });
    expect(suggestApprover(ref('task', '财务部审核'), testOrg)).toEqual({
      kind: 'departmentHead',
      name: '财务部',
    });
    expect(suggestApprover(ref('task', '部门经理审批'), testOrg)).toEqual({ kind: 'deptHead', level: 1 });
    expect(suggestApprover(ref('task', 'Task_1'), testOrg)).toBeUndefined();
    expect(suggestApprover(ref('task', '董事长审批'), undefined)).toBeUndefined();
  });
});
