import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createJobHandler } from '../notifications/job-handler.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { purchaseTemplate as purchase } from '../test/purchase-template.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

describe.each(testBackends())('the engine through the API on %s', (kind) => {
  let h: Harness;
  let templateId = '';
  const login = async (who: string) => {
    const b = h.browser();
    await b.login(who);
    return b;
  };
  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    let ran = 0;
    for (;;) {
      const o = await runNextJob(h.t.db, h.deps.clock(), handler);
      if (o.kind === 'idle') return ran;
      if (o.kind === 'failed') throw new Error(o.error);
      ran += 1;
    }
  };
  const todoOf = async (b: TestBrowser) => (await (await b.api()).inbox.search({ box: 'todo' })).items;
  const submit = async (b: TestBrowser, amount = 100) =>
    (await b.api()).instances.submit({ templateId, data: { item: '投影仪', amount } });

  beforeAll(async () => {
    h = await createHarness(kind);
    const admin = await login('admin');
    const api = await admin.api();
    const saved = await api.forms.saveDraft({
      key: 'purchase',
      title: purchase.model.title,
      serialPrefix: 'SG',
      draft: purchase,
    });
    templateId = saved.templateId;
    await api.forms.publish({ templateId });
    await api.templates.setSupervisors({ templateId, userIds: ['u-zhao'] });
  });
  afterAll(() => h.t.dispose());

  it('a return to the applicant, a corrected resubmission, and the route resumes with the new data', async () => {
    const zhang = await login('zhang.san');
    const li = await login('li.si');
    const { id } = await submit(zhang, 100);
    const task = (await todoOf(li)).find((t) => t.instanceId === id);
    await (
      await li.api()
    ).actions.return({ taskId: task?.task?.id ?? '', toNodeId: 'applicant', reason: '金额写错了' });
    expect((await todoOf(li)).some((t) => t.instanceId === id)).toBe(false);
    await (await zhang.api()).actions.resubmit({ instanceId: id, form: { item: '投影仪', amount: 80 } });
    const detail = await (await zhang.api()).instances.get({ id });
    expect(detail.data).toMatchObject({ amount: 80 });
    expect(detail.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['returned', 'resubmitted']));
    expect((await todoOf(li)).some((t) => t.instanceId === id)).toBe(true);
  });

  it('withdraw works before anyone acts and is refused, with a reason, after', async () => {
    const zhang = await login('zhang.san');
    const li = await login('li.si');
    const first = await submit(zhang);
    expect(await (await zhang.api()).actions.withdraw({ instanceId: first.id })).toMatchObject({
      status: 'withdrawn',
    });
    const second = await submit(zhang);
    const task = (await todoOf(li)).find((t) => t.instanceId === second.id);
    await (await li.api()).actions.approve({ taskId: task?.task?.id ?? '' });
    const late = await (
      await zhang.api()
    ).actions
      .withdraw({ instanceId: second.id })
      .catch((e: unknown) => e);
    const data = errorOf(late);
    expect(data.code).not.toBe('internal');
    expect(data.message.zh).not.toBe('');
  });

  it('a transfer hands the task over; the old assignee can no longer act', async () => {
    const zhang = await login('zhang.san');
    const li = await login('li.si');
    const { id } = await submit(zhang);
    const taskId = (await todoOf(li)).find((t) => t.instanceId === id)?.task?.id ?? '';
    await (await li.api()).actions.transfer({ taskId, toUserId: 'u-wang', comment: '出差，请王总代批' });
    const wang = await login('wang.wu');
    const moved = (await todoOf(wang)).find((t) => t.instanceId === id);
    expect(moved).toBeDefined();
    const stale = await (await li.api()).actions.approve({ taskId }).catch((e: unknown) => e);
    expect(['conflict', 'forbidden']).toContain(errorOf(stale).code);
  });

  it('timers: a reminder, then a yellow and a red card seen by the supervisor, who extends the deadline', async () => {
    const zhang = await login('zhang.san');
    const { id } = await submit(zhang);
    await runJobs();
    h.advance(8 * 3600_000 + 60_000);
    await runJobs();
    const li = await login('li.si');
    const yellow = (await todoOf(li)).find((t) => t.instanceId === id);
    expect(yellow?.task?.card).toBe('yellow');
    const zhao = await login('zhao.liu');
    const notes = await (await zhao.api()).notifications.list();
    expect(notes.map((n) => n.kind)).toContain('supervise_overdue');
    const desk = await (await zhao.api()).supervision.tasks({ onlyOverdue: true });
    expect(desk.find((t) => t.instanceId === id)).toMatchObject({ card: 'yellow', assigneeName: '李四' });
    // someone who supervises nothing sees nothing
    expect(await (await (await login('wang.wu')).api()).supervision.tasks({ onlyOverdue: true })).toEqual([]);

    h.advance(25 * 3600_000);
    await runJobs();
    const li2 = await login('li.si');
    expect((await todoOf(li2)).find((t) => t.instanceId === id)?.task?.card).toBe('red');
    expect((await (await li2.api()).notifications.list()).map((n) => n.kind)).toEqual(
      expect.arrayContaining(['remind', 'overdue', 'red_card']),
    );

    // the supervisor grants one more working day with a written reason; a member may not
    const zhao2 = await login('zhao.liu');
    const taskId = yellow?.task?.id ?? '';
    const refused = await (
      await (await login('wang.wu')).api()
    ).actions
      .extend({ taskId, workingDays: 1, reason: '我想' })
      .catch((e: unknown) => e);
    expect(errorOf(refused).code).not.toBe('internal');
    await (await zhao2.api()).actions.extend({ taskId, workingDays: 1, reason: '供应商报价延迟' });
    const after = (await todoOf(await login('li.si'))).find((t) => t.instanceId === id);
    expect(after?.task?.card).toBeNull();
  });

  it('a timer for a task already closed fires as a no-op, exactly once', async () => {
    const zhang = await login('zhang.san');
    const li = await login('li.si');
    const { id } = await submit(zhang);
    const taskId = (await todoOf(li)).find((t) => t.instanceId === id)?.task?.id ?? '';
    await (await li.api()).actions.approve({ taskId });
    const before = await (await zhang.api()).instances.get({ id });
    h.advance(30 * 3600_000);
    await runJobs();
    const after = await (await (await login('zhang.san')).api()).instances.get({ id });
    expect(
      after.timeline.filter((e) => e.taskId === taskId && ['overdue', 'reminded'].includes(e.type)),
    ).toEqual([]);
    expect(after.timeline.length).toBeGreaterThanOrEqual(before.timeline.length);
    expect(await runJobs()).toBe(0);
  });

  it('an approver does not see a field their step hides; the applicant does', async () => {
    const admin = await login('admin');
    const flow = {
      ...purchase.flow,
      key: 'salary',
      nodes: purchase.flow.nodes.map((n) =>
        n.id === 'head' ? { ...n, fieldPermissions: { amount: 'hidden' } } : n,
      ),
    };
    const model = { ...purchase.model, key: 'salary', title: { zh: '薪资调整', en: 'Salary change' } };
    const saved = await (
      await admin.api()
    ).forms.saveDraft({ key: 'salary', title: model.title, serialPrefix: 'XZ', draft: { model, flow } });
    await (await admin.api()).forms.publish({ templateId: saved.templateId });
    const zhang = await login('zhang.san');
    const { id } = await (
      await zhang.api()
    ).instances.submit({ templateId: saved.templateId, data: { item: '调薪', amount: 9000 } });
    const li = await login('li.si');
    const seen = await (await li.api()).instances.get({ id });
    expect(seen.data).toEqual({ item: '调薪' });
    expect(seen.uiSchema.order).toEqual(['item']);
    expect((await (await zhang.api()).instances.get({ id })).data).toMatchObject({ amount: 9000 });
  });
});
