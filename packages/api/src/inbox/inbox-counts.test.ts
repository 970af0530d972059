import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createJobHandler } from '../notifications/job-handler.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { purchaseTemplate as purchase } from '../test/purchase-template.js';

const BOXES = ['todo', 'done', 'cc', 'started'] as const;

describe.each(testBackends())('inbox counts and urgent requests on %s', (kind) => {
  let h: Harness;
  let templateId = '';
  let leaveId = '';
  /** by item: red, yellow, urged, plain */
  const ids: Record<string, string> = {};

  const login = async (name: string): Promise<TestBrowser> => {
    const b = h.browser();
    await b.login(name);
    return b;
  };
  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    while ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind !== 'idle');
  };
  const submit = async (item: string) => {
    const { id } = await (
      await (await login('zhang.san')).api()
    ).instances.submit({ templateId, data: { item, amount: 100 } });
    ids[item] = id;
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    const admin = await login('admin');
    const saved = await (
      await admin.api()
    ).forms.saveDraft({ key: 'purchase', title: purchase.model.title, serialPrefix: 'SG', draft: purchase });
    await (await admin.api()).forms.publish({ templateId: saved.templateId });
    templateId = saved.templateId;
    leaveId =
      (await (await (await login('zhang.san')).api()).forms.listPublished()).find((f) => f.key === 'leave')
        ?.templateId ?? '';

    await submit('red');
    await runJobs();
    h.advance(8 * 3600_000 + 60_000);
    await runJobs();
    h.advance(25 * 3600_000);
    await runJobs();
    await submit('yellow');
    await runJobs();
    h.advance(8 * 3600_000 + 60_000);
    await runJobs();
    await submit('plain');
    await submit('urged');
    await (await (await login('zhang.san')).api()).actions.urge({ instanceId: ids.urged ?? '' });
  });
  afterAll(() => h.t.dispose());

  it('marks urged and carded requests and sorts them first in the to-do box: red, yellow, urged, then the rest', async () => {
    const todo = await (await (await login('li.si')).api()).inbox.search({ box: 'todo' });
    expect(todo.items.map((i) => [i.instanceId, i.task?.card ?? null, i.urgent])).toEqual([
      [ids.red, 'red', true],
      [ids.yellow, 'yellow', true],
      [ids.urged, null, true],
      [ids.plain, null, false],
    ]);
  });

  it('filters by urgency in the to-do box and in the started box', async () => {
    const li = await (await login('li.si')).api();
    expect((await li.inbox.search({ box: 'todo', urgent: true })).items.map((i) => i.instanceId)).toEqual([
      ids.red,
      ids.yellow,
      ids.urged,
    ]);
    expect((await li.inbox.search({ box: 'todo', urgent: false })).items.map((i) => i.instanceId)).toEqual([
      ids.plain,
    ]);
    const zhang = await (await login('zhang.san')).api();
    const started = await zhang.inbox.search({ box: 'started' });
    expect(Object.fromEntries(started.items.map((i) => [i.instanceId, i.urgent]))).toEqual({
      [ids.red!]: true,
      [ids.yellow!]: true,
      [ids.urged!]: true,
      [ids.plain!]: false,
    });
    expect((await zhang.inbox.search({ box: 'started', urgent: true })).total).toBe(3);
  });

  it('once the carded step is done, the request is no longer urgent, and the done box shows where it is now', async () => {
    const li = await (await login('li.si')).api();
    const red = (await li.inbox.search({ box: 'todo' })).items[0];
    await li.actions.approve({ taskId: red?.task?.id ?? '' });
    const done = (await li.inbox.search({ box: 'done' })).items;
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({
      instanceId: ids.red,
      urgent: false,
      task: { nodeName: { zh: '部门负责人审批' } },
      currentSteps: [{ zh: '分管领导审批', en: 'VP' }],
    });
    expect((await li.inbox.search({ box: 'todo' })).items.map((i) => i.instanceId)).toEqual([
      ids.yellow,
      ids.urged,
      ids.plain,
    ]);
    const wang = await (await login('wang.wu')).api();
    expect((await wang.inbox.search({ box: 'todo' })).items).toMatchObject([
      { instanceId: ids.red, urgent: false, currentSteps: [{ zh: '分管领导审批' }] },
    ]);
  });

  it('the tab counts equal what each box lists, for every person, as requests move', async () => {
    // a one-day leave approved by the head is copied to administration (赵六): a CC, unread
    const zhang = await (await login('zhang.san')).api();
    const { id } = await zhang.instances.submit({
      templateId: leaveId,
      data: { type: '事假', days: 1, reason: '计数' },
    });
    const li = await (await login('li.si')).api();
    const leaveTask = (await li.inbox.search({ box: 'todo' })).items.find((i) => i.instanceId === id);
    await li.actions.approve({ taskId: leaveTask?.task?.id ?? '' });

    const check = async (name: string) => {
      const api = await (await login(name)).api();
      const counts = await api.inbox.counts();
      for (const box of BOXES)
        expect(counts[box], `${name} ${box}`).toBe((await api.inbox.search({ box })).total);
      const cc = (await api.inbox.search({ box: 'cc', pageSize: 100 })).items;
      expect(counts.ccUnread, `${name} ccUnread`).toBe(cc.filter((i) => i.task?.status === 'unread').length);
      return counts;
    };
    expect(await check('li.si')).toEqual({ todo: 3, done: 2, cc: 0, ccUnread: 0, started: 0 });
    expect(await check('zhang.san')).toMatchObject({ todo: 0, started: 5 });
    expect(await check('wang.wu')).toMatchObject({ todo: 1, done: 0 });
    expect(await check('zhao.liu')).toEqual({ todo: 0, done: 0, cc: 1, ccUnread: 1, started: 0 });

    const zhao = await (await login('zhao.liu')).api();
    const ccTask = (await zhao.inbox.search({ box: 'cc' })).items[0];
    await zhao.actions.read({ taskId: ccTask?.task?.id ?? '' });
    expect(await check('zhao.liu')).toEqual({ todo: 0, done: 0, cc: 1, ccUnread: 0, started: 0 });
  });
});
