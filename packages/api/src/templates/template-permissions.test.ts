import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

describe.each(testBackends())('template permissions through the API on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let zhao: TestBrowser;
  let templateId: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    zhang = h.browser();
    await zhang.login('zhang.san');
    zhao = h.browser();
    await zhao.login('zhao.liu');
    templateId = (await (await zhang.api()).forms.listPublished())[0]?.templateId ?? '';
  });
  afterAll(() => h.t.dispose());

  it('a folder grant to one department hides the form from everyone else, who cannot submit it either', async () => {
    const api = await admin.api();
    const folder = await api.templates.saveFolder({ name: '人事', parentId: null });
    await api.templates.move({ templateId, folderId: folder.id });
    await api.templates.grant({
      targetType: 'folder',
      targetId: folder.id,
      principalType: 'department',
      principalId: 'd-admin',
      level: 'author',
    });

    expect(await (await zhang.api()).forms.listPublished()).toEqual([]);
    const refused = await (
      await zhang.api()
    ).instances
      .submit({ templateId, data: { type: '事假', days: 1, reason: 'x' } })
      .catch((e: unknown) => e);
    expect(toAppErrorData((refused as Error).cause).code).toBe('forbidden');
    expect((await (await zhao.api()).forms.listPublished()).map((f) => f.templateId)).toEqual([templateId]);
  });

  it('only a manager of the template (or an admin) may grant on it', async () => {
    const denied = await (
      await zhao.api()
    ).templates
      .grant({
        targetType: 'template',
        targetId: templateId,
        principalType: 'user',
        principalId: 'u-zhang',
        level: 'author',
      })
      .catch((e: unknown) => e);
    expect(toAppErrorData((denied as Error).cause).code).toBe('forbidden');
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: templateId,
      principalType: 'user',
      principalId: 'u-zhao',
      level: 'manager',
    });
    await (
      await zhao.api()
    ).templates.grant({
      targetType: 'template',
      targetId: templateId,
      principalType: 'user',
      principalId: 'u-zhang',
      level: 'author',
    });
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.templateId)).toEqual([templateId]);
  });

  it('refuses to put a folder inside itself', async () => {
    const api = await admin.api();
    const a = await api.templates.saveFolder({ name: 'A', parentId: null });
    const b = await api.templates.saveFolder({ name: 'B', parentId: a.id });
    const e = await api.templates
      .saveFolder({ id: a.id, name: 'A', parentId: b.id })
      .catch((x: unknown) => x);
    expect(toAppErrorData((e as Error).cause).fieldErrors?.[0]?.path).toBe('parentId');
  });

  it('refuses a grant on a template or folder the company does not have, writing nothing', async () => {
    const api = await admin.api();
    const before = (await api.templates.access()).grants.length;
    for (const [targetType, targetId] of [
      ['template', 'no-such-template'],
      ['folder', 'no-such-folder'],
    ] as const) {
      const e = await api.templates
        .grant({ targetType, targetId, principalType: 'everyone', principalId: '', level: 'reader' })
        .catch((x: unknown) => x);
      expect(toAppErrorData((e as Error).cause)).toMatchObject({ code: 'not_found' });
    }
    expect((await api.templates.access()).grants).toHaveLength(before);
  });

  it('refuses a grant to, or supervisors who are, people, departments or positions the company does not have', async () => {
    const api = await admin.api();
    const templateId = (await api.forms.listPublished()).find((f) => f.key === 'leave')!.templateId;
    const before = (await api.templates.access()).grants.length;
    for (const principalType of ['user', 'department', 'position'] as const) {
      const e = await api.templates
        .grant({
          targetType: 'template',
          targetId: templateId,
          principalType,
          principalId: 'of-another-company',
          level: 'reader',
        })
        .catch((x: unknown) => x);
      expect(toAppErrorData((e as Error).cause), principalType).toMatchObject({ code: 'not_found' });
    }
    expect((await api.templates.access()).grants).toHaveLength(before);
    // a role is a name anyone may come to hold: granted as before
    await api.templates.grant({
      targetType: 'template',
      targetId: templateId,
      principalType: 'role',
      principalId: '印章管理员',
      level: 'reader',
    });
    const e = await api.templates
      .setSupervisors({ templateId, userIds: ['u-zhao', 'of-another-company'] })
      .catch((x: unknown) => x);
    expect(toAppErrorData((e as Error).cause)).toMatchObject({ code: 'not_found' });
  });
});
