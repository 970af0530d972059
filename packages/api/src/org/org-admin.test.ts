import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrgSnapshot, withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

async function as(h: Harness, login: string, password?: string): Promise<TestBrowser> {
  const b = h.browser();
  await b.login(login, password);
  return b;
}

async function snapshot(h: Harness) {
  const tenant = await h.t.db.query<{ id: string }>("SELECT id FROM tenants WHERE code = 'demo'");
  const id = tenant[0]?.id ?? '';
  return withTenant(h.t.db, id, (tx) => loadOrgSnapshot(tx, id));
}

async function submitLeave(b: TestBrowser, days = 1) {
  const api = await b.api();
  const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
  if (!leave) throw new Error('no leave form');
  return api.instances.submit({ templateId: leave.templateId, data: { type: '事假', days, reason: '有事' } });
}

async function firstStep(b: TestBrowser, instanceId: string) {
  const detail = await (await b.api()).instances.get({ id: instanceId });
  return detail.tasks.filter((t) => t.kind === 'approve').map((t) => t.assignee.name);
}

describe.each(testBackends())('org administration through the API on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await as(h, 'admin');
    zhang = await as(h, 'zhang.san');
  });
  afterAll(() => h.t.dispose());

  it('every member can read the org, but only an admin may change it', async () => {
    const view = await (await zhang.api()).org.view();
    expect(view.departments.map((d) => d.name)).toContain('工程部');
    expect(view.users.find((u) => u.login === 'li.si')?.positionIds).toEqual(['p-eng-head']);

    const before = await snapshot(h);
    const error = await (
      await zhang.api()
    ).org
      .saveDepartment({ name: '黑客部', parentId: 'd-root', order: 9 })
      .catch((e: unknown) => e);
    expect(errorOf(error).code).toBe('forbidden');
    expect(await snapshot(h)).toEqual(before);
  });

  it('refuses a move that would make the tree a cycle, naming it, and writes nothing', async () => {
    const before = await snapshot(h);
    const error = await (
      await admin.api()
    ).org
      .saveDepartment({ id: 'd-root', name: '示例科技', parentId: 'd-eng', order: 0 })
      .catch((e: unknown) => e);
    const data = errorOf(error);
    expect(data.code).toBe('validation_failed');
    expect(data.message.zh).toContain('循环');
    expect(data.message.en).toContain('cycle');
    expect(await snapshot(h)).toEqual(before);
  });

  it('refuses to delete a department that still has people, and says how many', async () => {
    const error = await (await admin.api()).org.deleteDepartment({ id: 'd-eng' }).catch((e: unknown) => e);
    expect(errorOf(error).message.en).toMatch(/engineering|工程部/);
    expect(errorOf(error).message.zh).toContain('名人员');
  });

  it('answers malformed input with the field that is wrong', async () => {
    const error = await (
      await admin.api()
    ).org
      .saveUser({ login: 'a b', name: 'x', departmentId: 'd-eng', rankId: null })
      .catch((e: unknown) => e);
    const data = errorOf(error);
    expect(data.code).toBe('bad_request');
    expect(data.fieldErrors?.map((f) => f.path)).toContain('login');
  });

  it('a new department with a head seat routes its members to the new head at once', async () => {
    const api = await admin.api();
    const dept = await api.org.saveDepartment({ name: '设计部', parentId: 'd-root', order: 5 });
    const seat = await api.org.savePosition({ name: '设计部经理', departmentId: dept.id, isHead: true });
    await api.org.saveUser({
      login: 'sun.qi',
      name: '孙七',
      departmentId: dept.id,
      rankId: 'r-lead',
      positionIds: [seat.id],
      initialPassword: 'Design#2026x',
    });
    await api.org.saveUser({
      login: 'zhou.ba',
      name: '周八',
      departmentId: dept.id,
      rankId: 'r-staff',
      initialPassword: 'Design#2026y',
    });
    const zhou = await as(h, 'zhou.ba', 'Design#2026y');
    // a new account's first act is to replace its initial password
    await (
      await zhou.api()
    ).auth.changePassword({ currentPassword: 'Design#2026y', newPassword: 'Quiet-harbor-93' });
    const { id } = await submitLeave(zhou);
    expect(await firstStep(zhou, id)).toEqual(['孙七']);
  });

  it('a running request keeps the approver it was resolved to when the org changes', async () => {
    const { id } = await submitLeave(zhang);
    expect(await firstStep(zhang, id)).toEqual(['李四']);
    // 王五 takes over the engineering head seat; 李四 keeps the task already in hand.
    const api = await admin.api();
    await api.org.saveUser({
      id: 'u-li',
      login: 'li.si',
      name: '李四',
      departmentId: 'd-eng',
      rankId: 'r-lead',
      positionIds: [],
    });
    await api.org.saveUser({
      id: 'u-wang',
      login: 'wang.wu',
      name: '王五',
      departmentId: 'd-lead',
      rankId: 'r-vp',
      positionIds: ['p-vp-eng', 'p-eng-head'],
    });
    const li = await as(h, 'li.si');
    const todo = (await (await li.api()).inbox.search({ box: 'todo', pageSize: 100 })).items;
    const task = todo.find((t) => t.instanceId === id);
    expect(task).toBeDefined();
    await (await li.api()).actions.approve({ taskId: task?.task?.id ?? '' });
    expect((await (await zhang.api()).instances.get({ id })).status).toBe('approved');

    const next = await submitLeave(zhang);
    expect(await firstStep(zhang, next.id)).toEqual(['王五']);
  });

  it('a leaver is deactivated, logged out everywhere, kept in history, and never chosen again', async () => {
    const li = await as(h, 'li.si');
    const { id } = await submitLeave(zhang);
    const result = await (
      await admin.api()
    ).org.setUserLeft({ id: 'u-wang', left: true, handover: { to: 'user', userId: 'u-zhao' } });
    expect(result).toMatchObject({ active: false, sessionsEnded: 0 });
    expect(result.handovers.map((t) => t.toName)).toContain('赵六');
    const wang = h.browser();
    await expect(wang.login('wang.wu')).rejects.toThrow();

    // the request's history still names them (their task handed over); the org lists them as left
    const view = await (await admin.api()).org.view();
    expect(view.users.find((u) => u.id === 'u-wang')).toMatchObject({
      active: false,
      leftAt: expect.any(String) as string,
    });
    expect((await (await zhang.api()).instances.get({ id })).tasks[0]?.assignee.name).toBe('王五');

    // with the head seat empty and nobody above, the next request falls back to the admins, flagged
    const next = await submitLeave(zhang);
    const detail = await (await zhang.api()).instances.get({ id: next.id });
    const started = detail.timeline.find((e) => e.type === 'step_started');
    expect(started?.fallback).toBe(true);
    expect(started?.users.map((u) => u.name)).toEqual(['管理员']);

    const ended = await (
      await admin.api()
    ).org.setUserLeft({ id: 'u-li', left: true, handover: { to: 'user', userId: 'u-zhao' } });
    expect(ended.sessionsEnded).toBeGreaterThan(0);
    await expect((await li.api()).inbox.search({ box: 'todo' })).rejects.toThrow();
    await (await admin.api()).org.setUserLeft({ id: 'u-wang', left: false });
    await (await admin.api()).org.setUserLeft({ id: 'u-li', left: false });
  });

  it('a delegation hands new tasks to the stand-in inside its window and says so', async () => {
    const wang = await as(h, 'wang.wu');
    await (
      await wang.api()
    ).org.createDelegation({
      fromUserId: 'u-wang',
      toUserId: 'u-zhao',
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
      templateKeys: ['leave'],
    });
    const { id } = await submitLeave(zhang);
    const detail = await (await zhang.api()).instances.get({ id });
    expect(detail.tasks.filter((t) => t.kind === 'approve').map((t) => t.assignee.name)).toEqual(['赵六']);
    expect(detail.timeline.find((e) => e.type === 'step_started')?.reason?.zh).toContain('委托：王五 → 赵六');
  });

  it('a member may delegate only their own tasks, and the window must be the right way round', async () => {
    const forOther = await (
      await zhang.api()
    ).org
      .createDelegation({
        fromUserId: 'u-li',
        toUserId: 'u-zhang',
        from: '2026-11-01T00:00:00Z',
        to: '2026-11-02T00:00:00Z',
        templateKeys: [],
      })
      .catch((e: unknown) => e);
    expect(errorOf(forOther).code).toBe('forbidden');
    const backwards = await (
      await zhang.api()
    ).org
      .createDelegation({
        fromUserId: 'u-zhang',
        toUserId: 'u-li',
        from: '2026-11-05T00:00:00Z',
        to: '2026-11-02T00:00:00Z',
        templateKeys: [],
      })
      .catch((e: unknown) => e);
    expect(errorOf(backwards).fieldErrors?.[0]?.path).toBe('to');
  });

  it('import and export are admin-only through the API; an export re-imports as a dry run with nothing to change', async () => {
    const denied = await (await zhang.api()).org.export().catch((e: unknown) => e);
    expect(errorOf(denied).code).toBe('forbidden');
    const file = await (await admin.api()).org.export();
    expect(file.fileName).toMatch(/\.xlsx$/);
    const dry = await (
      await admin.api()
    ).org.import({ format: 'xlsx', contentBase64: file.contentBase64, dryRun: true });
    expect(dry.summary.users).toMatchObject({ created: 0, deactivated: 0 });
    expect(dry.summary.departments.created).toBe(0);
  });
});
