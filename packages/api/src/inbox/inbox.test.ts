import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

async function as(h: Harness, login: string): Promise<TestBrowser> {
  const b = h.browser();
  await b.login(login);
  return b;
}

describe.each(testBackends())('the approval centre on %s', (kind) => {
  let h: Harness;
  let zhang: TestBrowser;
  let li: TestBrowser;
  const ids: string[] = [];
  beforeAll(async () => {
    h = await createHarness(kind);
    zhang = await as(h, 'zhang.san');
    li = await as(h, 'li.si');
    const api = await zhang.api();
    const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
    for (let i = 0; i < 25; i++) {
      const { id } = await api.instances.submit({
        templateId: leave?.templateId ?? '',
        data: { type: i % 2 ? '病假' : '事假', days: 1, reason: `第 ${i} 次` },
      });
      ids.push(id);
    }
  });
  afterAll(() => h.t.dispose());

  it('pages the to-do box with a total', async () => {
    const api = await li.api();
    const first = await api.inbox.search({ box: 'todo', pageSize: 10 });
    const third = await api.inbox.search({ box: 'todo', pageSize: 10, page: 3 });
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(10);
    expect(third.items).toHaveLength(5);
    expect(new Set([...first.items, ...third.items].map((i) => i.instanceId)).size).toBe(15);
  });

  it('searches by serial number and applicant name, and filters by form', async () => {
    const api = await li.api();
    const one = await api.inbox.search({ box: 'todo', q: '0007' });
    expect(one.items.map((i) => i.serialNo)).toEqual([expect.stringMatching(/-0007$/) as string]);
    expect((await api.inbox.search({ box: 'todo', q: '张三' })).total).toBe(25);
    expect((await api.inbox.search({ box: 'todo', q: '%' })).total).toBe(0);
    expect((await api.inbox.search({ box: 'todo', templateKey: 'nope' })).total).toBe(0);
  });

  it('batch approval reports each item, and one refusal does not undo the others', async () => {
    const api = await li.api();
    const todo = await api.inbox.search({ box: 'todo', pageSize: 3 });
    const taskIds = todo.items.map((i) => i.task?.id ?? '');
    const result = await api.actions.batchApprove({ taskIds: [...taskIds, 'no-such-task'] });
    expect(result).toMatchObject({ approved: 3, failed: 1 });
    expect(result.results.at(-1)).toMatchObject({
      taskId: 'no-such-task',
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await api.inbox.search({ box: 'todo' })).total).toBe(22);
    expect((await api.inbox.search({ box: 'done' })).total).toBe(3);
    // someone else's task is refused, never approved on their behalf
    const wang = await as(h, 'wang.wu');
    const stolen = await (
      await wang.api()
    ).actions.batchApprove({
      taskIds: [(await api.inbox.search({ box: 'todo', pageSize: 1 })).items[0]?.task?.id ?? ''],
    });
    expect(stolen).toMatchObject({ approved: 0, failed: 1 });
  });

  it('shows the applicant what they started and the CC box to the copied department', async () => {
    expect((await (await zhang.api()).inbox.search({ box: 'started' })).total).toBe(25);
    const zhao = await as(h, 'zhao.liu');
    // the three approved 1-day requests were copied to administration
    expect((await (await zhao.api()).inbox.search({ box: 'cc' })).total).toBe(3);
  });
});
