import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { seedDemoTripTemplate } from '../demo/demo-trip-seed.js';
import { createJobHandler } from '../notifications/job-handler.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const trip = {
  destination: '深圳',
  period: ['2026-12-07', '2026-12-09'],
  itinerary: [{ item: '交通', amount: 800 }],
  purpose: '项目验收',
};

/** What the start page, the menu, the supervision desk and the done box read beside the basics. */
describe.each(testBackends())('fields the desk shows on %s', (kind) => {
  let h: Harness;
  let tripId = '';
  let leaveId = '';
  const login = async (name: string): Promise<TestBrowser> => {
    const b = h.browser();
    await b.login(name);
    return b;
  };
  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    while ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind !== 'idle');
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    await seedDemoTripTemplate(h.deps);
    const forms = await (await (await login('zhang.san')).api()).forms.listPublished();
    tripId = forms.find((f) => f.key === 'trip')?.templateId ?? '';
    leaveId = forms.find((f) => f.key === 'leave')?.templateId ?? '';
  });
  afterAll(() => h.t.dispose());

  it('the published list gives each form its folder and its catalog description', async () => {
    const admin = await (await login('admin')).api();
    const folder = await admin.templates.saveFolder({ name: '行政类', parentId: null });
    await admin.templates.move({ templateId: tripId, folderId: folder.id });
    await admin.catalog.import({ catalog: 'small-company', flows: ['请休假管理'], createMissing: true });
    const forms = await admin.forms.listPublished();
    expect(forms.find((f) => f.key === 'trip')?.folder).toEqual({ id: folder.id, name: '行政类' });
    expect(forms.find((f) => f.key === 'leave')).toMatchObject({ folder: null, description: null });
    const imported = forms.find((f) => f.key === 'sc_leave');
    expect(imported?.description?.zh).toMatch(/\S/);
    expect(imported?.description?.en).toMatch(/\S/);
  });

  it('auth.me says who supervises a template, so the supervision desk is offered before anything is overdue', async () => {
    const wang = await login('wang.wu');
    expect((await (await wang.api()).auth.me())?.user.supervises).toBe(false);
    await (
      await (await login('admin')).api()
    ).templates.setSupervisors({ templateId: tripId, userIds: ['u-wang'] });
    expect((await (await wang.api()).auth.me())?.user.supervises).toBe(true);
  });

  it('the supervision desk counts the reminders and urges a task has had', async () => {
    const zhang = await (await login('zhang.san')).api();
    const { id } = await zhang.instances.submit({ templateId: tripId, data: trip });
    await runJobs();
    const count = async () =>
      (await (await (await login('admin')).api()).supervision.tasks({})).find((t) => t.instanceId === id)
        ?.remindersSent;
    expect(await count()).toBe(0);
    await zhang.actions.urge({ instanceId: id });
    expect(await count()).toBe(1);
    h.advance(25 * 3600_000);
    await runJobs();
    expect(await count()).toBe(2);
  });

  it('a request the person returned is in their done box', async () => {
    const { id } = await (
      await (await login('zhang.san')).api()
    ).instances.submit({ templateId: leaveId, data: { type: '事假', days: 1, reason: '看病' } });
    const li = await (await login('li.si')).api();
    const task = (await li.inbox.search({ box: 'todo' })).items.find((r) => r.instanceId === id);
    await li.actions.return({ taskId: task?.task?.id ?? '', toNodeId: 'start', reason: '请补充病历' });
    const done = await li.inbox.search({ box: 'done' });
    expect(done.items.map((r) => r.instanceId)).toContain(id);
    expect((await li.inbox.counts()).done).toBe(done.total);
  });
});
