import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { leaveId, loginAs, refusal, setRoles, smallDesign } from '../test/template-admin-fixtures.js';

describe.each(testBackends())('templates.list, the designers’ list, on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let leave = '';
  let draftOnly = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await loginAs(h, 'admin');
    zhang = await loginAs(h, 'zhang.san');
    leave = await leaveId(admin);
    const design = smallDesign('expense');
    draftOnly = (
      await (
        await admin.api()
      ).forms.saveDraft({ key: 'expense', title: design.model.title, serialPrefix: 'BX', draft: design })
    ).templateId;
  });
  afterAll(() => h.t.dispose());

  it('gives an admin every template, the never-published draft included, with its state', async () => {
    const list = await (await admin.api()).templates.list();
    const byKey = new Map(list.templates.map((t) => [t.key, t]));
    expect(byKey.get('leave')).toMatchObject({
      templateId: leave,
      title: { zh: '请假申请', en: 'Leave request' },
      folderId: null,
      publishedVersion: 1,
      // seeded: published without a draft, so nothing waits to be published
      unpublishedChanges: false,
      draftUpdatedAt: null,
      draftUpdatedBy: null,
      archived: false,
      archivedAt: null,
      level: 'manager',
    });
    expect(byKey.get('expense')).toMatchObject({
      templateId: draftOnly,
      publishedVersion: null,
      unpublishedChanges: true,
      draftUpdatedBy: { id: 'u-admin', name: '管理员' },
      archived: false,
    });
    expect(byKey.get('expense')?.draftUpdatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(list.folders).toEqual([]);
  });

  it('tells a published draft from one edited since', async () => {
    const api = await admin.api();
    await api.forms.publish({ templateId: draftOnly });
    const after = (await api.templates.list()).templates.find((t) => t.key === 'expense');
    expect(after).toMatchObject({ publishedVersion: 1, unpublishedChanges: false });
    const changed = smallDesign('expense');
    changed.model.fields[0]!.label = { zh: '报销金额', en: 'Claimed amount' };
    await api.forms.saveDraft({
      templateId: draftOnly,
      key: 'expense',
      title: changed.model.title,
      serialPrefix: 'BX',
      draft: changed,
    });
    expect((await api.templates.list()).templates.find((t) => t.key === 'expense')).toMatchObject({
      publishedVersion: 1,
      unpublishedChanges: true,
    });
  });

  it('shows a member who may only submit forms nothing, and an editor only what they may edit', async () => {
    expect((await (await zhang.api()).templates.list()).templates).toEqual([]);
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'user',
      principalId: 'u-zhang',
      level: 'editor',
    });
    expect((await (await zhang.api()).templates.list()).templates.map((t) => [t.key, t.level])).toEqual([
      ['leave', 'editor'],
    ]);
  });

  it('lists archived templates only when asked, marked as archived', async () => {
    const api = await admin.api();
    await api.templates.archive({ templateId: draftOnly });
    expect((await api.templates.list()).templates.map((t) => t.key)).not.toContain('expense');
    expect((await api.templates.list({ archived: false })).templates.map((t) => t.key)).not.toContain(
      'expense',
    );
    const all = await api.templates.list({ archived: true });
    expect(all.templates.find((t) => t.key === 'expense')).toMatchObject({
      archived: true,
      archivedAt: expect.stringMatching(/T/) as string,
    });
    expect(all.templates.find((t) => t.key === 'leave')).toMatchObject({ archived: false });
  });

  it('a designer who is not an admin finds the form they created in their list and can open it', async () => {
    await setRoles(h, 'zhao.liu', ['designer']);
    const zhao = await loginAs(h, 'zhao.liu');
    const design = smallDesign('outing', { zh: '外出登记', en: 'Going out' });
    const { templateId } = await (
      await zhao.api()
    ).forms.saveDraft({ key: 'outing', title: design.model.title, serialPrefix: 'WC', draft: design });
    expect((await (await zhao.api()).templates.list()).templates.map((t) => [t.key, t.level])).toEqual([
      ['outing', 'manager'],
    ]);
    expect((await (await zhao.api()).forms.draft({ templateId })).key).toBe('outing');
    await (await zhao.api()).forms.publish({ templateId });
    // the creator's grant does not close the new form: every member may still submit it
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.key)).toContain('outing');
    expect(await (await zhang.api()).instances.submit({ templateId, data: { amount: 5 } })).toMatchObject({
      serialNo: expect.stringMatching(/^WC-/) as string,
    });
    // and it stays out of another member's designer list
    expect((await (await zhang.api()).templates.list()).templates.map((t) => t.key)).toEqual(['leave']);
  });

  it('refuses a malformed filter', async () => {
    expect(
      (await refusal((await admin.api()).templates.list({ archived: 'yes' as unknown as boolean }))).code,
    ).toBe('bad_request');
  });
});
