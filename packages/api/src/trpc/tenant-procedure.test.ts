import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from './app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

/** The owner connection: changes a role behind the API's back, as another admin's screen would. */
async function setRoles(h: Harness, login: string, roles: string[]) {
  const rows = await h.t.db.query<{ id: string }>(
    'UPDATE users SET roles = $1 WHERE login = $2 RETURNING id',
    [roles, login],
  );
  expect(rows).toHaveLength(1);
}

describe.each(testBackends())('the viewer on the context on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
  });
  afterAll(() => h.t.dispose());

  it('an admin demoted while signed in is refused admin procedures on the next call, and regains them when restored', async () => {
    const api = await admin.api();
    expect((await api.audit.verify()).ok).toBe(true);
    const everyOpen = await api.supervision.tasks();

    await setRoles(h, 'admin', []);
    // the same session still works for what any member may do
    expect((await api.auth.me())?.user.login).toBe('admin');
    const refused = await api.audit.verify().catch((e: unknown) => e);
    expect(errorOf(refused).code).toBe('forbidden');
    const settings = await api.settings.get();
    const update = await api.settings.update({ ...settings, name: '改名公司' }).catch((e: unknown) => e);
    expect(errorOf(update).code).toBe('forbidden');
    expect((await api.settings.get()).name).toBe(settings.name);

    await setRoles(h, 'admin', ['admin']);
    expect((await api.audit.verify()).ok).toBe(true);
    expect(await api.supervision.tasks()).toEqual(everyOpen);
  });

  it('a member promoted while signed in may use admin procedures on the very next call, and one who leaves is signed out at once', async () => {
    const member = h.browser();
    await member.login('zhang.san');
    const api = await member.api();
    expect(errorOf(await api.audit.verify().catch((e: unknown) => e)).code).toBe('forbidden');

    await setRoles(h, 'zhang.san', ['admin']);
    expect((await api.audit.verify()).ok).toBe(true);
    await setRoles(h, 'zhang.san', []);
    expect(errorOf(await api.audit.verify().catch((e: unknown) => e)).code).toBe('forbidden');

    const left = await h.t.db.query("UPDATE users SET active = false WHERE login = 'zhang.san' RETURNING id");
    expect(left).toHaveLength(1);
    await expect(api.supervision.tasks()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await h.t.db.query("UPDATE users SET active = true WHERE login = 'zhang.san'");
    expect((await api.auth.me())?.user.login).toBe('zhang.san');
  });
});
