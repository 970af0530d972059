import { toAppErrorData } from '../trpc/app-error.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness } from '../test/api-harness.js';

async function leaveTemplateId(h: Harness, login = 'zhang.san') {
  const b = h.browser();
  await b.login(login);
  const forms = await (await b.api()).forms.listPublished();
  const leave = forms.find((f) => f.key === 'leave');
  if (!leave) throw new Error('leave form not published');
  return { b, templateId: leave.templateId };
}

type Api = Awaited<ReturnType<ReturnType<Harness['browser']>['api']>>;

const toDo = async (api: Api) => (await api.inbox.search({ box: 'todo', pageSize: 100 })).items;

/** What waits for a person: their open tasks and the CCs they have not read yet. */
async function waiting(api: Api) {
  const cc = (await api.inbox.search({ box: 'cc', pageSize: 100 })).items;
  return [...(await toDo(api)), ...cc.filter((i) => i.task?.status === 'unread')];
}

async function countInstances(h: Harness) {
  const rows = await h.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM instances');
  return rows[0]?.n ?? -1;
}

describe.each(testBackends())('the leave request end to end through the API on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('a 3-day request goes to the department head, then the supervising leader, then copies administration', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    const submitted = await (
      await zhang.api()
    ).instances.submit({
      templateId,
      data: { type: '事假', days: 3, reason: '家中有事' },
    });
    expect(submitted.serialNo).toMatch(/^QJ-\d{6}-0001$/);

    const li = h.browser();
    await li.login('li.si');
    const todo = await waiting(await li.api());
    expect(todo.map((t) => t.serialNo)).toEqual([submitted.serialNo]);
    expect(todo[0]?.task?.nodeName.zh).toBe('部门负责人审批');

    // the leader has nothing yet: the route is sequential
    const wang = h.browser();
    await wang.login('wang.wu');
    expect(await waiting(await wang.api())).toEqual([]);

    await (await li.api()).actions.approve({ taskId: todo[0]!.task!.id, comment: '同意' });
    const wangTodo = await waiting(await wang.api());
    expect(wangTodo).toHaveLength(1);
    await (await wang.api()).actions.approve({ taskId: wangTodo[0]!.task!.id });

    const detail = await (await zhang.api()).instances.get({ id: submitted.id });
    expect(detail.status).toBe('approved');
    expect(detail.finishedAt).not.toBeNull();
    const approvals = detail.timeline.filter((e) => e.type === 'approved').map((e) => e.actor?.name);
    expect(approvals).toEqual(['李四', '王五']);
    const cc = detail.timeline.find((e) => e.type === 'notified');
    expect(cc?.users.map((u) => u.name)).toEqual(['赵六']);
    expect(detail.timeline.at(-1)?.type).toBe('finished');

    const zhao = h.browser();
    await zhao.login('zhao.liu');
    expect((await waiting(await zhao.api())).map((t) => t.task?.kind)).toEqual(['notify']);
    const liDone = (await (await li.api()).inbox.search({ box: 'done', pageSize: 100 })).items;
    expect(liDone.map((t) => t.serialNo)).toEqual([submitted.serialNo]);
  });

  it('a 1-day request skips the supervising leader', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    const { id } = await (
      await zhang.api()
    ).instances.submit({ templateId, data: { type: '病假', days: 1, reason: '感冒' } });
    const li = h.browser();
    await li.login('li.si');
    const task = (await toDo(await li.api())).find((t) => t.instanceId === id);
    await (await li.api()).actions.approve({ taskId: task!.task!.id });
    const detail = await (await zhang.api()).instances.get({ id });
    expect(detail.status).toBe('approved');
    expect(detail.timeline.filter((e) => e.type === 'approved')).toHaveLength(1);
  });

  it('refuses a submission missing a required field, names the field in both languages, and writes nothing', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    const before = await countInstances(h);
    const error = await (
      await zhang.api()
    ).instances
      .submit({ templateId, data: { type: '事假', days: 3 } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    // What the error formatter sends to the client (the HTTP shape itself is tested in apps/server).
    const appError = toAppErrorData((error as Error).cause);
    expect(appError.code).toBe('validation_failed');
    expect(appError.fieldErrors).toEqual([
      {
        path: 'reason',
        message: {
          zh: expect.stringContaining('请假事由') as string,
          en: expect.stringContaining('Reason') as string,
        },
      },
    ]);
    expect(await countInstances(h)).toBe(before);
  });

  it('a reject needs a reason and ends the request', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    const { id } = await (
      await zhang.api()
    ).instances.submit({ templateId, data: { type: '事假', days: 2, reason: 'x' } });
    const li = h.browser();
    await li.login('li.si');
    const task = (await toDo(await li.api())).find((t) => t.instanceId === id)!;
    await expect((await li.api()).actions.reject({ taskId: task.task!.id, reason: '  ' })).rejects.toThrow();
    await (await li.api()).actions.reject({ taskId: task.task!.id, reason: '工期紧张' });
    expect((await (await zhang.api()).instances.get({ id })).status).toBe('rejected');
  });

  it('only the assignee may act, and a second approval of the same task is refused', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    const { id } = await (
      await zhang.api()
    ).instances.submit({ templateId, data: { type: '事假', days: 1, reason: 'x' } });
    const li = h.browser();
    await li.login('li.si');
    const task = (await toDo(await li.api())).find((t) => t.instanceId === id)!;
    await expect((await zhang.api()).actions.approve({ taskId: task.task!.id })).rejects.toThrow();
    await (await li.api()).actions.approve({ taskId: task.task!.id });
    await expect((await li.api()).actions.approve({ taskId: task.task!.id })).rejects.toThrow();
  });

  it('refuses a state-changing call without the CSRF header', async () => {
    const { b: zhang, templateId } = await leaveTemplateId(h);
    zhang.sendCsrf = false;
    const before = await countInstances(h);
    await expect(
      (await zhang.api()).instances.submit({ templateId, data: { type: '事假', days: 1, reason: 'x' } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await countInstances(h)).toBe(before);
  });

  it('refuses a wrong password with one message for every cause, and locks the account after repeated failures', async () => {
    const b = h.browser('10.9.9.9');
    const wrong = await b.login('li.si', 'nope').catch((e: unknown) => e);
    const unknownUser = await b.login('nobody', 'nope').catch((e: unknown) => e);
    const unknownTenant = await b.login('li.si', 'nope', 'acme').catch((e: unknown) => e);
    for (const e of [wrong, unknownUser, unknownTenant]) {
      expect(e).toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'The company code, login or password is not correct',
      });
    }
    for (let i = 0; i < 5; i++) await b.login('wang.wu', 'bad').catch(() => undefined);
    await expect(b.login('wang.wu')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('a logged-out browser is refused and cannot read a request', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    await (await b.api()).auth.logout();
    expect(await (await b.api()).auth.me()).toBeNull();
    await expect((await b.api()).instances.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
