import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createTenant, deleteTenant, purgeTenants, setTenantActive, tenantList } from './tenant-admin.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);

describe.each(testBackends())('tenants on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('a new company gets a root department and an admin who must change the one-time password', async () => {
    const created = await createTenant(h.deps, {
      code: 'acme',
      name: '极致建设有限公司',
      adminLogin: 'boss',
    });
    const b = h.browser();
    const login = await b.login('boss', created.temporaryPassword, 'acme');
    expect(login).toMatchObject({ mustChangePassword: true, tenant: { code: 'acme' } });
    await (
      await b.api()
    ).auth.changePassword({ currentPassword: created.temporaryPassword, newPassword: 'Bright-canyon-72' });
    const view = await (await b.api()).org.view();
    expect(view.departments.map((d) => d.name)).toEqual(['极致建设有限公司']);
    // nothing of the demo tenant is visible from here
    expect(view.users.map((u) => u.login)).toEqual(['boss']);
  });

  it('refuses a taken or malformed company code, in both languages', async () => {
    expect(
      errorOf(await createTenant(h.deps, { code: 'acme', name: 'x' }).catch((e: unknown) => e)).code,
    ).toBe('conflict');
    const bad = errorOf(await createTenant(h.deps, { code: 'A B', name: 'x' }).catch((e: unknown) => e));
    expect(bad.code).toBe('bad_request');
    expect(bad.message.zh).toContain('企业代码');
  });

  it('suspending ends every session and refuses logins until reactivated', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    await setTenantActive(h.deps, 'demo', false);
    expect(await (await b.api()).auth.me()).toBeNull();
    await expect(h.browser().login('zhang.san')).rejects.toThrow();
    await setTenantActive(h.deps, 'demo', true);
    await expect(h.browser().login('zhang.san')).resolves.toMatchObject({ user: { login: 'zhang.san' } });
  });

  it('a deleted company is refused at once and purged with all its data after the retention period', async () => {
    await createTenant(h.deps, { code: 'gone', name: '将注销公司' });
    const { purgeAfter } = await deleteTenant(h.deps, 'gone', 30);
    expect((await tenantList(h.deps)).find((t) => t.code === 'gone')).toMatchObject({
      status: 'deleted',
      purgeAfter,
    });
    expect(await purgeTenants(h.deps)).toEqual([]);
    h.advance(31 * 86_400_000);
    expect(await purgeTenants(h.deps)).toEqual(['gone']);
    expect((await tenantList(h.deps)).map((t) => t.code)).not.toContain('gone');
    const users = await h.t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.code = 'gone'",
    );
    expect(users[0]?.n).toBe(0);
  });

  it('settings: every member reads them, only an admin changes them, bad values are named', async () => {
    const member = h.browser();
    await member.login('zhang.san');
    const settings = await (await member.api()).settings.get();
    expect(settings).toMatchObject({ reminderHours: 24, locale: 'zh' });
    const denied = await (
      await member.api()
    ).settings
      .update({ ...settings, reminderHours: 4 })
      .catch((e: unknown) => e);
    expect(errorOf(denied).code).toBe('forbidden');

    const admin = h.browser();
    await admin.login('admin');
    const bad = await (
      await admin.api()
    ).settings
      .update({ ...settings, holidays: ['2026-13-40'] })
      .catch((e: unknown) => e);
    expect(errorOf(bad).fieldErrors?.[0]?.path).toBe('holidays.0');
    await (await admin.api()).settings.update({ ...settings, holidays: ['2026-10-01'], reminderHours: 12 });
    expect(await (await member.api()).settings.get()).toMatchObject({
      holidays: ['2026-10-01'],
      reminderHours: 12,
    });
    const [entry] = await (await admin.api()).audit.list({ action: 'settings.update' });
    expect(entry?.data).toMatchObject({ holidays: ['2026-10-01'], reminderHours: 12 });
  });
});
