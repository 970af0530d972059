import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { foreignAdmin, leaveId, loginAs, refusal } from '../test/template-admin-fixtures.js';

describe.each(testBackends())('templates.move on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let leave = '';
  let folderId = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await loginAs(h, 'admin');
    leave = await leaveId(admin);
    folderId = (await (await admin.api()).templates.saveFolder({ name: '人事', parentId: null })).id;
  });
  afterAll(() => h.t.dispose());

  const folderOf = async () =>
    (await (await admin.api()).templates.list()).templates.find((t) => t.templateId === leave)?.folderId;

  it('lets the form’s manager move it, not only an admin, and audits where it went', async () => {
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'user',
      principalId: 'u-zhao',
      level: 'manager',
    });
    const zhao = await loginAs(h, 'zhao.liu');
    expect(await (await zhao.api()).templates.move({ templateId: leave, folderId })).toEqual({ ok: true });
    expect(await folderOf()).toBe(folderId);
    // the list names the folder for those who are not admins (templates.access is admins' only)
    expect((await (await zhao.api()).templates.list()).folders).toEqual([
      { id: folderId, name: '人事', parentId: null },
    ]);
    await (await zhao.api()).templates.move({ templateId: leave, folderId });
    const lines = await (await admin.api()).audit.list({ action: 'template.move' });
    expect(lines).toMatchObject([
      { actorId: 'u-zhao', subject: `template:${leave}`, data: { from: null, to: folderId } },
    ]);
  });

  it('refuses an editor, a folder the tenant does not have, and another tenant, moving nothing', async () => {
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'user',
      principalId: 'u-li',
      level: 'editor',
    });
    const li = await loginAs(h, 'li.si');
    expect((await refusal((await li.api()).templates.move({ templateId: leave, folderId: null }))).code).toBe(
      'forbidden',
    );
    expect(
      (await refusal((await admin.api()).templates.move({ templateId: leave, folderId: 'no-such-folder' })))
        .code,
    ).toBe('not_found');
    const beta = await foreignAdmin(h);
    expect(
      (await refusal((await beta.api()).templates.move({ templateId: leave, folderId: null }))).code,
    ).toBe('not_found');
    expect(await folderOf()).toBe(folderId);
  });
});
