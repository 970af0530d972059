import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createTenant } from '../tenants/tenant-admin.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { purchaseTemplate as purchase } from '../test/purchase-template.js';

const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );

describe.each(testBackends())('drafts of requests on %s', (kind) => {
  let h: Harness;
  let zhang: TestBrowser;
  let li: TestBrowser;
  let admin: TestBrowser;
  let leaveId = '';
  let leaveVersionId = '';
  let purchaseId = '';

  const as = async (login: string) => {
    const b = h.browser();
    await b.login(login);
    return b;
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    zhang = await as('zhang.san');
    li = await as('li.si');
    admin = await as('admin');
    const leave = (await (await zhang.api()).forms.listPublished()).find((f) => f.key === 'leave');
    leaveId = leave?.templateId ?? '';
    leaveVersionId = (await (await zhang.api()).forms.get({ templateId: leaveId })).versionId;
    const saved = await (
      await admin.api()
    ).forms.saveDraft({ key: 'purchase', title: purchase.model.title, serialPrefix: 'SG', draft: purchase });
    await (await admin.api()).forms.publish({ templateId: saved.templateId });
    purchaseId = saved.templateId;
  });
  afterAll(() => h.t.dispose());

  it('saves a draft, gives it back with the version it was typed against, and lists it', async () => {
    const api = await zhang.api();
    expect(await api.drafts.get({ templateId: leaveId })).toBeNull();
    const { savedAt } = await api.drafts.save({
      templateId: leaveId,
      data: { type: '事假', reason: '家中有事', days: 2 },
    });
    expect(await api.drafts.get({ templateId: leaveId })).toEqual({
      data: { type: '事假', reason: '家中有事', days: 2 },
      savedAt,
      versionId: leaveVersionId,
    });
    expect(await api.drafts.list()).toEqual([
      { templateId: leaveId, title: { zh: '请假申请', en: expect.any(String) as string }, savedAt },
    ]);
  });

  it('a later save replaces the earlier one: one draft per form', async () => {
    const api = await zhang.api();
    await api.drafts.save({ templateId: leaveId, data: { type: '病假' } });
    const second = await api.drafts.save({
      templateId: leaveId,
      data: { type: '病假', days: 3, reason: '发烧' },
    });
    expect((await api.drafts.get({ templateId: leaveId }))?.data).toEqual({
      type: '病假',
      days: 3,
      reason: '发烧',
    });
    const listed = await api.drafts.list();
    expect(listed.map((d) => d.templateId)).toEqual([leaveId]);
    expect(listed[0]?.savedAt).toBe(second.savedAt);
  });

  it('discarding removes the draft, and says so only once', async () => {
    const api = await zhang.api();
    await api.drafts.save({ templateId: purchaseId, data: { item: '显示器' } });
    expect(await api.drafts.discard({ templateId: purchaseId })).toEqual({ discarded: true });
    expect(await api.drafts.get({ templateId: purchaseId })).toBeNull();
    expect(await api.drafts.discard({ templateId: purchaseId })).toEqual({ discarded: false });
  });

  it('a refused submit keeps the draft; a successful one removes the draft of that form only', async () => {
    const api = await zhang.api();
    await api.drafts.save({ templateId: leaveId, data: { type: '事假', days: 1, reason: '搬家' } });
    await api.drafts.save({ templateId: purchaseId, data: { item: '键盘', amount: 199 } });
    const refused = await refusal(api.instances.submit({ templateId: leaveId, data: { type: '事假' } }));
    expect(refused?.code).toBe('validation_failed');
    expect((await api.drafts.get({ templateId: leaveId }))?.data).toEqual({
      type: '事假',
      days: 1,
      reason: '搬家',
    });

    await api.instances.submit({ templateId: leaveId, data: { type: '事假', days: 1, reason: '搬家' } });
    expect(await api.drafts.get({ templateId: leaveId })).toBeNull();
    expect((await api.drafts.get({ templateId: purchaseId }))?.data).toEqual({ item: '键盘', amount: 199 });
    expect((await api.drafts.list()).map((d) => d.templateId)).toEqual([purchaseId]);
  });

  it('refuses a draft over 1 MB with a bilingual error and keeps the one before', async () => {
    const api = await zhang.api();
    await api.drafts.save({ templateId: leaveId, data: { reason: '小的' } });
    const before = await api.drafts.get({ templateId: leaveId });
    // under the limit by characters, over it by UTF-8 bytes (three per character)
    const big = await refusal(
      api.drafts.save({ templateId: leaveId, data: { reason: '长'.repeat(400_000) } }),
    );
    expect(big).toMatchObject({ code: 'bad_request', messageKey: 'errors.draftTooLarge' });
    expect(big?.message.zh).toContain('1 MB');
    expect(big?.message.en).toContain('1 MB');
    expect(await api.drafts.get({ templateId: leaveId })).toEqual(before);
    // just under the limit is kept
    await api.drafts.save({ templateId: leaveId, data: { reason: 'x'.repeat(1024 * 1024 - 100) } });
    expect(((await api.drafts.get({ templateId: leaveId }))?.data.reason as string).length).toBe(
      1024 * 1024 - 100,
    );
  });

  it('refuses a form that does not exist', async () => {
    const api = await zhang.api();
    expect(await refusal(api.drafts.save({ templateId: 'no-such-form', data: {} }))).toMatchObject({
      code: 'not_found',
    });
    expect(await refusal(api.drafts.get({ templateId: 'no-such-form' }))).toMatchObject({
      code: 'not_found',
    });
  });

  it("another person's draft is invisible, and they cannot discard it", async () => {
    await (await zhang.api()).drafts.save({ templateId: purchaseId, data: { item: '张三的草稿' } });
    const other = await li.api();
    expect(await other.drafts.get({ templateId: purchaseId })).toBeNull();
    expect(await other.drafts.list()).toEqual([]);
    expect(await other.drafts.discard({ templateId: purchaseId })).toEqual({ discarded: false });
    expect((await (await zhang.api()).drafts.get({ templateId: purchaseId }))?.data).toEqual({
      item: '张三的草稿',
    });
  });

  it("another tenant sees none of it and cannot write against this tenant's forms", async () => {
    const created = await createTenant(h.deps, {
      code: 'gamma',
      name: '伽马建设',
      adminLogin: 'gamma.admin',
      adminName: '伽马管理员',
    });
    const gamma = h.browser('10.0.0.9');
    await gamma.login('gamma.admin', created.temporaryPassword, 'gamma');
    await (
      await gamma.api()
    ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'Walnut-canyon-81' });
    const api = await gamma.api();
    expect(await refusal(api.drafts.get({ templateId: purchaseId }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(api.drafts.save({ templateId: purchaseId, data: { item: '越权' } }))).toMatchObject({
      code: 'not_found',
    });
    expect(await api.drafts.discard({ templateId: purchaseId })).toEqual({ discarded: false });
    expect(await api.drafts.list()).toEqual([]);
    expect((await (await zhang.api()).drafts.get({ templateId: purchaseId }))?.data).toEqual({
      item: '张三的草稿',
    });
  });

  it('a form the person may no longer submit: saving is forbidden, and its draft leaves the list', async () => {
    // a grant to 李四 alone closes the form to everyone else
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: purchaseId,
      principalType: 'user',
      principalId: 'u-li',
      level: 'author',
    });
    const api = await zhang.api();
    expect(await refusal(api.drafts.save({ templateId: purchaseId, data: { item: '改' } }))).toMatchObject({
      code: 'forbidden',
    });
    expect((await api.drafts.list()).map((d) => d.templateId)).not.toContain(purchaseId);
    // what they typed is still theirs to throw away
    expect(await api.drafts.discard({ templateId: purchaseId })).toEqual({ discarded: true });
  });
});
