import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../../test/api-harness.js';
import { foreignAdmin } from '../../test/template-admin-fixtures.js';
import { LEAVE, restKit } from './rest-test-kit.js';

type Kit = Awaited<ReturnType<typeof restKit>>;
interface Task {
  taskId: string;
  instanceId: string;
}
interface Instance {
  id: string;
  status: string;
  tasks: { id: string; status: string; assignee: { id: string; name: string } }[];
}

describe.each(testBackends())('acting for users over REST on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let kit: Kit;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    kit = await restKit(h, admin);
  });
  afterAll(() => h.t.dispose());

  const submit = async () => {
    const res = await kit.call(kit.tokens.submit, 'POST', '/instances', {
      body: { templateKey: 'leave', applicant: 'zhang.san', data: LEAVE },
    });
    expect(res.status).toBe(201);
    return res.body as Instance;
  };
  const tasksOf = async (login: string) => {
    const res = await kit.call(kit.tokens.act, 'GET', `/users/${login}/tasks`);
    expect(res.status).toBe(200);
    return res.body as Task[];
  };
  const taskOn = async (login: string, instanceId: string) => {
    const task = (await tasksOf(login)).find((t) => t.instanceId === instanceId);
    if (!task) throw new Error(`${login} has no task on ${instanceId}`);
    return task;
  };
  const act = (action: string, taskId: string, body: object, key?: string) =>
    kit.call(kit.tokens.act, 'POST', `/tasks/${taskId}/${action}`, { body, ...(key ? { key } : {}) });
  const auditOf = async (action: string, instanceId: string) =>
    (await (await admin.api()).audit.list({ action })).find((r) => r.subject === `instance:${instanceId}`);

  it("approves the user's task, audited as via the token for that user, and a retry changes nothing", async () => {
    const inst = await submit();
    const task = await taskOn('li.si', inst.id);
    const done = await act(
      'approve',
      task.taskId,
      { user: 'li.si', comment: '同意' },
      `approve-${task.taskId}`,
    );
    expect(done).toMatchObject({ status: 200, body: { id: inst.id, status: 'approved' } });
    const line = await auditOf('instance.approve', inst.id);
    expect(line?.data).toMatchObject({ via: { kind: 'apiToken', tokenName: 'erp-act-for-users' } });
    // the person acted: the line's actor is the approver, the token is how
    const liSi = inst.tasks.find((t) => t.id === task.taskId)?.assignee;
    expect(liSi?.name).toBe('李四');
    expect(line?.actorId).toBe(liSi?.id);
    const again = await act(
      'approve',
      task.taskId,
      { user: 'li.si', comment: '同意' },
      `approve-${task.taskId}`,
    );
    expect(again).toMatchObject({ status: 200, headers: { 'Idempotent-Replayed': 'true' } });
    expect(again.body).toEqual(done.body);
  });

  it('rejects only with a reason, returns to the applicant and transfers to another user', async () => {
    const first = await submit();
    const t1 = await taskOn('li.si', first.id);
    const noReason = await act('reject', t1.taskId, { user: 'li.si' });
    expect(noReason).toMatchObject({
      status: 422,
      body: { error: { fieldErrors: [{ path: 'body.reason' }] } },
    });
    expect(await act('reject', t1.taskId, { user: 'li.si', reason: '预算不足' })).toMatchObject({
      status: 200,
      body: { status: 'rejected' },
    });
    expect((await auditOf('instance.reject', first.id))?.data).toMatchObject({ via: { kind: 'apiToken' } });

    const second = await submit();
    const t2 = await taskOn('li.si', second.id);
    const returned = await act('return', t2.taskId, { user: 'li.si', reason: '请补充证明' });
    expect(returned).toMatchObject({ status: 200, body: { status: 'running' } });
    expect((await tasksOf('li.si')).some((t) => t.instanceId === second.id)).toBe(false);
    expect((await auditOf('instance.return', second.id))?.data).toMatchObject({ via: { kind: 'apiToken' } });

    const third = await submit();
    const t3 = await taskOn('li.si', third.id);
    expect((await act('transfer', t3.taskId, { user: 'li.si', to: 'wang.wu' })).status).toBe(200);
    expect((await taskOn('wang.wu', third.id)).instanceId).toBe(third.id);
    expect((await auditOf('instance.transfer', third.id))?.data).toMatchObject({ via: { kind: 'apiToken' } });
  });

  it("refuses acting as an inactive or another tenant's user, and on someone else's task", async () => {
    const inst = await submit();
    const task = await taskOn('li.si', inst.id);
    const notMine = await act('approve', task.taskId, { user: 'wang.wu' });
    expect(notMine).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });

    await foreignAdmin(h);
    const foreign = await act('approve', task.taskId, { user: 'beta.admin' });
    expect(foreign).toMatchObject({
      status: 404,
      body: { error: { messageKey: 'errors.actingUserNotFound' } },
    });

    await withPlatform(h.t.db, (tx) => tx.query("UPDATE users SET active = false WHERE login = 'li.si'"));
    const inactive = await act('approve', task.taskId, { user: 'li.si' });
    expect(inactive).toMatchObject({
      status: 404,
      body: { error: { messageKey: 'errors.actingUserNotFound' } },
    });
    expect((await kit.call(kit.tokens.act, 'GET', '/users/li.si/tasks')).status).toBe(404);
    await withPlatform(h.t.db, (tx) => tx.query("UPDATE users SET active = true WHERE login = 'li.si'"));

    const still = (await kit.call(kit.tokens.read, 'GET', `/instances/${inst.id}`)).body as Instance;
    expect(still.tasks.find((t) => t.id === task.taskId)?.status).toBe('pending');
  });

  it('withdraws and urges as the applicant, and comments for a user', async () => {
    const inst = await submit();
    const urged = await kit.call(kit.tokens.submit, 'POST', `/instances/${inst.id}/urge`);
    expect(urged).toMatchObject({ status: 200, body: { status: 'running' } });
    const commented = await kit.call(kit.tokens.act, 'POST', `/instances/${inst.id}/comments`, {
      body: { user: 'li.si', text: '已电话确认' },
    });
    expect(commented.status).toBe(201);
    expect((await auditOf('instance.comment', inst.id))?.data).toMatchObject({ via: { kind: 'apiToken' } });
    const withdrawn = await kit.call(kit.tokens.submit, 'POST', `/instances/${inst.id}/withdraw`, {
      body: { reason: '计划有变' },
    });
    expect(withdrawn).toMatchObject({ status: 200, body: { status: 'withdrawn' } });
  });
});
