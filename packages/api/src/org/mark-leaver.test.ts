import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { createTenant } from '../tenants/tenant-admin.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

async function as(h: Harness, login: string): Promise<TestBrowser> {
  const b = h.browser();
  await b.login(login);
  return b;
}

async function submitLeave(b: TestBrowser) {
  const api = await b.api();
  const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
  if (!leave) throw new Error('no leave form');
  return api.instances.submit({
    templateId: leave.templateId,
    data: { type: '事假', days: 1, reason: '交接' },
  });
}

describe.each(testBackends())('marking a leaver with their work handed over on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;

  /** who holds the request's open approval tasks now */
  const openAssignees = async (instanceId: string) =>
    (await (await admin.api()).instances.get({ id: instanceId })).tasks
      .filter((t) => t.kind === 'approve' && t.status === 'pending')
      .map((t) => t.assignee.name);
  const userOf = async (id: string) => (await (await admin.api()).org.view()).users.find((u) => u.id === id);

  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await as(h, 'admin');
    zhang = await as(h, 'zhang.san');
  });
  afterAll(() => h.t.dispose());

  it('refuses a hand-over nobody can take, naming the task, and changes nothing', async () => {
    const { id, serialNo } = await submitLeave(zhang);
    expect(await openAssignees(id)).toEqual(['李四']);
    const li = await as(h, 'li.si');
    const api = await admin.api();

    // 李四 heads 工程部 and nobody holds the 总经理 seat above: no head can take it
    const error = await api.org
      .setUserLeft({ id: 'u-li', left: true, handover: { to: 'departmentHead' } })
      .catch((e: unknown) => e);
    expect(errorOf(error).code).toBe('conflict');
    expect(errorOf(error).message.zh).toContain(serialNo);
    expect(errorOf(error).message.en).toContain(serialNo);

    // nor to themself, to someone who left, to nobody, or to a person of another company
    const other = await createTenant(h.deps, {
      code: 'beta',
      name: '贝塔',
      adminLogin: 'beta.admin',
      adminName: '贝塔管理员',
    });
    const [stranger] = await h.t.db.query<{ id: string }>('SELECT id FROM users WHERE tenant_id = $1', [
      other.tenantId,
    ]);
    await api.org.saveUser({ login: 'qian.qi', name: '钱七', departmentId: 'd-eng', rankId: 'r-staff' });
    const qian = (await api.org.view()).users.find((u) => u.name === '钱七')?.id ?? '';
    await api.org.setUserLeft({ id: qian, left: true });
    const refusals = await Promise.all(
      [
        { to: 'user' as const, userId: 'u-li' },
        { to: 'user' as const, userId: qian },
        { to: 'user' as const, userId: stranger?.id ?? 'nobody' },
        undefined,
      ].map((handover) =>
        api.org.setUserLeft({ id: 'u-li', left: true, ...(handover ? { handover } : {}) }).catch(errorOf),
      ),
    );
    expect(refusals.map((r) => ('code' in r ? r.code : 'written'))).toEqual([
      'conflict',
      'conflict',
      'conflict',
      'conflict',
    ]);
    expect(refusals.map((r) => ('message' in r ? r.message.en : ''))).toEqual([
      'The tasks cannot be handed to the leaver themself',
      '钱七 has left and cannot take tasks',
      'The person to hand over to is not in this company',
      '李四 still has 1 open tasks; choose who takes them over',
    ]);

    // a chosen person the engine would refuse (the applicant): refused naming the task
    const applicant = await api.org
      .setUserLeft({ id: 'u-li', left: true, handover: { to: 'user', userId: 'u-zhang' } })
      .catch(errorOf);
    expect('message' in applicant && applicant.message.zh).toContain(`张三不能接手任务 ${serialNo}`);

    expect(await openAssignees(id)).toEqual(['李四']);
    expect(await userOf('u-li')).toMatchObject({ active: true, leftAt: null });
    // still logged in
    expect((await (await li.api()).inbox.search({ box: 'todo' })).items.map((i) => i.serialNo)).toContain(
      serialNo,
    );
  });

  it('a dry run says who would take each task and writes nothing', async () => {
    const plan = await (
      await admin.api()
    ).org.setUserLeft({ id: 'u-li', left: true, handover: { to: 'user', userId: 'u-zhao' }, dryRun: true });
    expect(plan.dryRun).toBe(true);
    expect(plan.handovers.map((t) => [t.toName, t.problem])).toEqual([['赵六', null]]);
    expect(await userOf('u-li')).toMatchObject({ active: true });
  });

  it('goes up a level when the leaver is the head, and writes the reassignment on the timeline', async () => {
    const api = await admin.api();
    await api.org.saveUser({
      login: 'boss',
      name: '周总',
      departmentId: 'd-root',
      rankId: 'r-vp',
      positionIds: ['p-ceo'],
    });
    const open = (await (await (await as(h, 'li.si')).api()).inbox.search({ box: 'todo' })).items;
    const plan = await api.org.setUserLeft({
      id: 'u-li',
      left: true,
      handover: { to: 'departmentHead' },
      dryRun: true,
    });
    expect(plan.handovers.map((t) => t.toName)).toEqual(open.map(() => '周总'));

    const done = await api.org.setUserLeft({ id: 'u-li', left: true, handover: { to: 'departmentHead' } });
    expect(done).toMatchObject({ active: false, dryRun: false });
    expect(done.sessionsEnded).toBeGreaterThan(0);
    expect(done.handovers).toHaveLength(open.length);
    const instanceId = open[0]?.instanceId ?? '';
    expect(await openAssignees(instanceId)).toEqual(['周总']);
    const detail = await api.instances.get({ id: instanceId });
    expect(detail.timeline.find((e) => e.type === 'reassigned')?.users.map((u) => u.name)).toEqual(['周总']);
    // audited: each hand-over as the admin's 换人, and the leave itself
    const reassigned = await api.audit.list({ action: 'instance.reassign' });
    expect(JSON.stringify(reassigned)).toContain(`instance:${instanceId}`);
    const left = await api.audit.list({ action: 'org.setUserLeft' });
    expect(JSON.stringify(left)).toContain('u-li');
    expect(await userOf('u-li')).toMatchObject({ active: false });
    await api.org.setUserLeft({ id: 'u-li', left: false });
  });

  it('hands a staff member’s tasks to their department head, or to the person chosen', async () => {
    const api = await admin.api();
    await api.org.saveUser({ login: 'sun.ba', name: '孙八', departmentId: 'd-eng', rankId: 'r-staff' });
    const sun = (await api.org.view()).users.find((u) => u.name === '孙八')?.id ?? '';
    // two requests whose first step the admin gives to 孙八
    const first = await submitLeave(zhang);
    const second = await submitLeave(zhang);
    for (const r of [first, second]) {
      const task = (await api.instances.get({ id: r.id })).tasks.find((t) => t.status === 'pending');
      await api.actions.reassign({ taskId: task?.id ?? '', toUserId: sun });
    }
    expect(await openAssignees(first.id)).toEqual(['孙八']);

    // to the head of 工程部 (李四, back at work) ...
    const toHead = await api.org.setUserLeft({ id: sun, left: true, handover: { to: 'departmentHead' } });
    expect(toHead.handovers.map((t) => t.toName)).toEqual(['李四', '李四']);
    expect(await openAssignees(first.id)).toEqual(['李四']);
    expect(await openAssignees(second.id)).toEqual(['李四']);
    const li = await as(h, 'li.si');
    const todo = (await (await li.api()).inbox.search({ box: 'todo', pageSize: 100 })).items.map(
      (i) => i.serialNo,
    );
    expect(todo).toEqual(expect.arrayContaining([first.serialNo, second.serialNo]));

    // ... and, after rejoining and taking one back, to the person the admin picks
    await api.org.setUserLeft({ id: sun, left: false });
    const task = (await api.instances.get({ id: first.id })).tasks.find((t) => t.status === 'pending');
    await api.actions.reassign({ taskId: task?.id ?? '', toUserId: sun });
    const toZhao = await api.org.setUserLeft({
      id: sun,
      left: true,
      handover: { to: 'user', userId: 'u-zhao' },
    });
    expect(toZhao.handovers.map((t) => [t.serialNo, t.toName])).toEqual([[first.serialNo, '赵六']]);
    expect(await openAssignees(first.id)).toEqual(['赵六']);
    expect(await userOf(sun)).toMatchObject({ active: false, leftAt: expect.any(String) as string });
  });
});
