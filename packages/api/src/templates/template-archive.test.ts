import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { handleRest } from '../integrations/rest/handle-rest.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { foreignAdmin, leaveId, loginAs, refusal } from '../test/template-admin-fixtures.js';

const LEAVE = { type: '事假', days: 1, reason: '家中有事' };

describe.each(testBackends())('templates.archive and unarchive on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let li: TestBrowser;
  let leave = '';
  let token = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await loginAs(h, 'admin');
    zhang = await loginAs(h, 'zhang.san');
    li = await loginAs(h, 'li.si');
    leave = await leaveId(admin);
    token = (await (await admin.api()).integrations.createToken({ name: 'ERP' })).token;
  });
  afterAll(() => h.t.dispose());

  const restSubmit = () =>
    handleRest(h.deps, {
      method: 'POST',
      path: '/instances',
      headers: { authorization: `Bearer ${token}` },
      query: {},
      body: { templateKey: 'leave', applicant: 'zhang.san', data: LEAVE },
    }) as Promise<{ status: number; body: unknown }>;
  const offered = async () => (await (await zhang.api()).forms.listPublished()).map((f) => f.key);

  it('only a manager archives: an editor of the form is refused and nothing changes', async () => {
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'user',
      principalId: 'u-zhao',
      level: 'editor',
    });
    const zhao = await loginAs(h, 'zhao.liu');
    expect((await refusal((await zhao.api()).templates.archive({ templateId: leave }))).code).toBe(
      'forbidden',
    );
    expect((await refusal((await zhang.api()).templates.archive({ templateId: leave }))).code).toBe(
      'forbidden',
    );
    const beta = await foreignAdmin(h);
    expect((await refusal((await beta.api()).templates.archive({ templateId: leave }))).code).toBe(
      'not_found',
    );
    expect((await refusal((await beta.api()).templates.unarchive({ templateId: leave }))).code).toBe(
      'not_found',
    );
    // 赵六 may submit it (an editor), so the grant left it on the start page for those it names
    expect(await (await zhao.api()).forms.listPublished()).toHaveLength(1);
    expect(await (await admin.api()).audit.list({ action: 'template.archive' })).toEqual([]);
  });

  it('an archived form leaves the start page and takes no new request, over tRPC or REST; running requests go on', async () => {
    // a grant to everyone as author keeps the form open to 张三 beside 赵六's editor grant
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'everyone',
      level: 'author',
    });
    const running = await (await zhang.api()).instances.submit({ templateId: leave, data: LEAVE });
    await (await zhang.api()).drafts.save({ templateId: leave, data: { reason: '还没写完' } });

    const archived = await (await admin.api()).templates.archive({ templateId: leave });
    expect(archived).toMatchObject({
      templateId: leave,
      archived: true,
      archivedAt: expect.stringMatching(/T/) as string,
    });
    expect(await offered()).not.toContain('leave');

    const refused = await refusal((await zhang.api()).instances.submit({ templateId: leave, data: LEAVE }));
    expect(refused).toMatchObject({ code: 'conflict', messageKey: 'errors.templateArchived' });
    expect(refused.message.zh).toBe('表单「请假申请」已停用，不能再发起新的申请');
    expect(refused.message.en).toBe(
      'The form “Leave request” has been archived; no new request can be submitted',
    );
    const rest = await restSubmit();
    expect(rest.status).toBe(409);
    expect(rest.body).toMatchObject({ error: { messageKey: 'errors.templateArchived' } });
    expect((await (await zhang.api()).inbox.search({ box: 'started' })).items).toHaveLength(1);

    // the request already running is approved as before, and the unsent draft is still there
    const task = (await (await li.api()).inbox.search({ box: 'todo' })).items.find(
      (i) => i.instanceId === running.id,
    );
    await (await li.api()).actions.approve({ taskId: task?.task?.id ?? '' });
    expect((await (await zhang.api()).instances.get({ id: running.id })).status).not.toBe('running');
    expect(await (await zhang.api()).drafts.get({ templateId: leave })).toMatchObject({
      data: { reason: '还没写完' },
    });

    const lines = await (await admin.api()).audit.list({ action: 'template.archive' });
    expect(lines).toMatchObject([{ actorId: 'u-admin', subject: `template:${leave}` }]);
  });

  it('archiving twice records once; restoring offers the form again', async () => {
    const api = await admin.api();
    const again = await api.templates.archive({ templateId: leave });
    expect(again.archived).toBe(true);
    expect(await api.audit.list({ action: 'template.archive' })).toHaveLength(1);

    expect(await api.templates.unarchive({ templateId: leave })).toEqual({
      templateId: leave,
      archived: false,
      archivedAt: null,
    });
    expect(await offered()).toContain('leave');
    expect((await restSubmit()).status).toBe(201);
    expect(await api.audit.list({ action: 'template.unarchive' })).toMatchObject([
      { subject: `template:${leave}` },
    ]);
    await api.templates.unarchive({ templateId: leave });
    expect(await api.audit.list({ action: 'template.unarchive' })).toHaveLength(1);
  });
});
