import { describe, expect, it } from 'vitest';
import type { ApproverExpression } from './approver-expression.js';
import { holderOf, staffOf } from './org-builder.js';
import { realEstateDemoOrg } from './demo-orgs.js';
import type { OrgSnapshot, OrgUser } from './org-model.js';
import { resolveApprovers, type ResolveInput } from './resolve-approvers.js';

const NOW = '2026-11-24T08:00:00.000Z';

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`fixture has no ${what}`);
  return v;
}
const holder = (org: OrgSnapshot, name: string): OrgUser => must(holderOf(org, name), name);
const staff = (org: OrgSnapshot, dept: string): OrgUser => must(staffOf(org, dept, '职员'), `职员 of ${dept}`);

function resolve(org: OrgSnapshot, applicant: OrgUser, expression: ApproverExpression, extra: Partial<ResolveInput> = {}) {
  return resolveApprovers({ org, expression, applicantId: applicant.id, form: {}, now: NOW, ...extra });
}

describe('resolveApprovers over the real-estate demo org', () => {
  const org = realEstateDemoOrg();
  const engineer = staff(org, '工程部');

  it('deptHead(1) is the head of the applicant department, with the reason naming both', () => {
    const r = resolve(org, engineer, { kind: 'deptHead', level: 1 });
    expect(r.userIds).toEqual([holder(org, '工程部经理').id]);
    expect(r.positions).toEqual(['工程部经理']);
    expect(r.fallback).toBe(false);
    expect(r.reason.zh).toContain('工程部');
    expect(r.reason.en).toContain("head of the applicant's department 工程部");
  });

  it('deptHead(2) is the next head up the tree', () => {
    const r = resolve(org, engineer, { kind: 'deptHead', level: 2 });
    expect(r.positions).toEqual(['董事长']);
  });

  it('a head applying goes one level up instead of approving their own request', () => {
    const head = holder(org, '工程部经理');
    const r = resolve(org, head, { kind: 'deptHead', level: 1 });
    expect(r.userIds).toEqual([holder(org, '董事长').id]);
    expect(r.reason.en).toContain('the applicant heads 工程部');
    expect(r.skipped).toEqual([]);
  });

  it('a member of the virtual department 应届大学生 goes to the position that heads it', () => {
    const graduate: OrgUser = { ...engineer, id: 'u-grad', departmentId: must(org.departments.find((d) => d.name === '应届大学生'), 'dept').id };
    const o = { ...org, users: [...org.users, graduate] };
    expect(resolve(o, graduate, { kind: 'deptHead', level: 1 }).positions).toEqual(['综合管理部经理']);
    // The virtual department's head and 综合管理部's head are the same person: level 2 is the board, not them again.
    expect(resolve(o, graduate, { kind: 'deptHead', level: 2 }).positions).toEqual(['董事长']);
    expect(resolve(o, graduate, { kind: 'supervisingLeader', by: 'department' }).positions).toEqual(['行政副总']);
  });

  it('supervisingLeader by department follows the supervision table', () => {
    expect(resolve(org, engineer, { kind: 'supervisingLeader', by: 'department' }).positions).toEqual(['工程副总']);
    expect(resolve(org, staff(org, '财务部'), { kind: 'supervisingLeader', by: 'department' }).positions).toEqual(['行政副总']);
  });

  it('supervisingLeader by category reads the form field, not the applicant department', () => {
    const expr: ApproverExpression = { kind: 'supervisingLeader', by: 'category', field: '申购类别' };
    const daily = resolve(org, engineer, expr, { form: { 申购类别: '日常' } });
    expect(daily.positions).toEqual(['行政副总']);
    expect(daily.userIds).toEqual([holder(org, '行政副总').id]);
    expect(resolve(org, engineer, expr, { form: { 申购类别: '工程类' } }).positions).toEqual(['工程副总']);
  });

  it('a category nobody supervises falls back to the admins and says why', () => {
    const r = resolve(org, engineer, { kind: 'supervisingLeader', by: 'category', field: '申购类别' }, { form: { 申购类别: '其他' } });
    expect(r.fallback).toBe(true);
    expect(r.userIds).toEqual(org.adminUserIds);
    expect(r.reason.zh).toContain('其他');
  });

  it('position(name) returns every active holder', () => {
    const second: OrgUser = { ...holder(org, '司机'), id: 'u-driver-2', name: '第二司机' };
    const o = { ...org, users: [...org.users, second] };
    expect(resolve(o, engineer, { kind: 'position', name: '司机' }).userIds).toEqual([holder(org, '司机').id, 'u-driver-2']);
  });

  it('departmentHead(name) accepts the department name or its short code', () => {
    expect(resolve(org, engineer, { kind: 'departmentHead', name: '综合管理部' }).positions).toEqual(['综合管理部经理']);
    expect(resolve(org, engineer, { kind: 'departmentHead', name: '综管部' }).positions).toEqual(['综合管理部经理']);
    expect(resolve(org, engineer, { kind: 'departmentHead', name: '财务部' }).positions).toEqual(['财务部经理']);
  });

  it('role, user, formUser and chosenBySubmitter return the named people', () => {
    const cashier = holder(org, '出纳');
    expect(resolve(org, engineer, { kind: 'role', name: 'admin' }).userIds).toEqual(org.adminUserIds);
    expect(resolve(org, engineer, { kind: 'user', id: cashier.id }).userIds).toEqual([cashier.id]);
    expect(resolve(org, engineer, { kind: 'formUser', field: '经办人' }, { form: { 经办人: [cashier.id, 'nobody'] } }).userIds).toEqual([cashier.id]);
    expect(resolve(org, engineer, { kind: 'chosenBySubmitter' }, { chosenUserIds: [cashier.id] }).userIds).toEqual([cashier.id]);
  });

  it('a union merges and de-duplicates, keeping order', () => {
    const r = resolve(org, engineer, {
      kind: 'union',
      of: [
        { kind: 'deptHead', level: 1 },
        { kind: 'position', name: '工程部经理' },
        { kind: 'position', name: '财务部经理' },
      ],
    });
    expect(r.userIds).toEqual([holder(org, '工程部经理').id, holder(org, '财务部经理').id]);
    expect(r.positions).toEqual(['工程部经理', '财务部经理']);
  });

  it('a user who left is never returned; a vacant head seat escalates to the next head', () => {
    const head = holder(org, '工程部经理');
    const o = { ...org, users: org.users.map((u) => (u.id === head.id ? { ...u, active: false } : u)) };
    expect(resolve(o, engineer, { kind: 'user', id: head.id }).userIds).not.toContain(head.id);
    expect(resolve(o, engineer, { kind: 'deptHead', level: 1 }).positions).toEqual(['董事长']);
    const named = resolve(o, engineer, { kind: 'departmentHead', name: '工程部' });
    expect(named.fallback).toBe(true);
  });

  it('the applicant and the previous approver are skipped and recorded; all skipped means skip, not fallback', () => {
    const head = holder(org, '工程部经理');
    const r = resolve(org, engineer, { kind: 'position', name: '工程部经理' }, { previousApproverIds: [head.id] });
    expect(r.userIds).toEqual([]);
    expect(r.fallback).toBe(false);
    expect(r.skipped).toEqual([{ userId: head.id, why: 'previous' }]);

    const self = resolve(org, head, { kind: 'position', name: '工程部经理' });
    expect(self.skipped).toEqual([{ userId: head.id, why: 'applicant' }]);
    expect(self.userIds).toEqual([]);
  });

  it('the skip rules can be turned off per step', () => {
    const head = holder(org, '工程部经理');
    const r = resolve(org, head, { kind: 'position', name: '工程部经理' }, { options: { skipApplicant: false } });
    expect(r.userIds).toEqual([head.id]);
  });

  it('an empty resolution falls back to the tenant admins and is flagged', () => {
    const r = resolve(org, engineer, { kind: 'position', name: '不存在的岗位' });
    expect(r.fallback).toBe(true);
    expect(r.userIds).toEqual(org.adminUserIds);
    expect(r.reason.en).toContain('tenant admins');
  });

  describe('delegation', () => {
    const head = holder(org, '工程部经理');
    const deputy = holder(org, '工程部总监');
    const withDelegation = (templateKeys: string[]): OrgSnapshot => ({
      ...org,
      delegations: [{ fromUserId: head.id, toUserId: deputy.id, from: '2026-11-20T00:00:00Z', to: '2026-11-30T00:00:00Z', templateKeys }],
    });

    it('applies inside its window and is recorded', () => {
      const r = resolve(withDelegation([]), engineer, { kind: 'deptHead', level: 1 });
      expect(r.userIds).toEqual([deputy.id]);
      expect(r.delegated).toEqual([{ fromUserId: head.id, toUserId: deputy.id }]);
    });

    it('does not apply outside its window', () => {
      const r = resolve(withDelegation([]), engineer, { kind: 'deptHead', level: 1 }, { now: '2026-12-01T00:00:00.000Z' });
      expect(r.userIds).toEqual([head.id]);
      expect(r.delegated).toEqual([]);
    });

    it('applies only to the templates it names', () => {
      const o = withDelegation(['leave']);
      expect(resolve(o, engineer, { kind: 'deptHead', level: 1 }, { templateKey: 'leave' }).userIds).toEqual([deputy.id]);
      expect(resolve(o, engineer, { kind: 'deptHead', level: 1 }, { templateKey: 'seal' }).userIds).toEqual([head.id]);
    });

    it('is ignored when the delegate has left', () => {
      const o = withDelegation([]);
      const left = { ...o, users: o.users.map((u) => (u.id === deputy.id ? { ...u, active: false } : u)) };
      expect(resolve(left, engineer, { kind: 'deptHead', level: 1 }).userIds).toEqual([head.id]);
    });
  });
});
