import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

describe.each(testBackends())('accounts on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('twenty wrong passwords in a row lock the account, even against the right one, until the cool-down ends', async () => {
    // a different IP per try: the lock is on the account, not on one address
    for (let i = 0; i < 19; i++)
      await h
        .browser(`10.1.0.${i}`)
        .login('zhao.liu', 'wrong-guess')
        .catch(() => undefined);
    const fifth = await h
      .browser('10.1.0.9')
      .login('zhao.liu', 'wrong-guess')
      .catch((e: unknown) => e);
    expect(errorOf(fifth).messageKey).toBe('errors.accountLocked');
    const right = await h
      .browser('10.1.1.1')
      .login('zhao.liu')
      .catch((e: unknown) => e);
    expect(errorOf(right).message.zh).toContain('账号已锁定');
    h.advance(16 * 60_000);
    await expect(h.browser('10.1.1.2').login('zhao.liu')).resolves.toMatchObject({
      user: { login: 'zhao.liu' },
    });
  });

  it('an admin sees who is locked out and unlocks them; a member sees no lock and cannot unlock', async () => {
    for (let i = 0; i < 20; i++)
      await h
        .browser(`10.2.0.${i}`)
        .login('zhao.liu', 'wrong-guess')
        .catch(() => undefined);
    const admin = h.browser();
    await admin.login('admin');
    const lockOf = async (b: ReturnType<Harness['browser']>) =>
      (await (await b.api()).org.view()).users.find((u) => u.login === 'zhao.liu')?.lockedUntil;
    expect(await lockOf(admin)).toEqual(expect.any(String));
    const member = h.browser();
    await member.login('zhang.san');
    expect(await lockOf(member)).toBeNull();
    const refused = await (await member.api()).org.unlockUser({ id: 'u-zhao' }).catch((e: unknown) => e);
    expect(errorOf(refused).code).toBe('forbidden');
    await expect((await admin.api()).org.unlockUser({ id: 'u-zhao' })).resolves.toEqual({
      id: 'u-zhao',
      wasLocked: true,
    });
    expect(await lockOf(admin)).toBeNull();
    // the right password works at once, with no cool-down
    await expect(h.browser('10.2.1.1').login('zhao.liu')).resolves.toMatchObject({
      user: { login: 'zhao.liu' },
    });
  });

  it('an admin reset gives a one-time password that must be changed before anything else', async () => {
    const wang = h.browser();
    await wang.login('wang.wu');
    const admin = h.browser();
    await admin.login('admin');
    const { temporaryPassword, sessionsEnded } = await (
      await admin.api()
    ).org.resetPassword({ id: 'u-wang' });
    expect(sessionsEnded).toBeGreaterThan(0);
    expect(await (await wang.api()).auth.me()).toBeNull();

    const again = h.browser();
    const login = await again.login('wang.wu', temporaryPassword);
    expect(login.mustChangePassword).toBe(true);
    const blocked = await (await again.api()).inbox.search({ box: 'todo' }).catch((e: unknown) => e);
    expect(errorOf(blocked).messageKey).toBe('errors.passwordChangeRequired');

    const weak = await (
      await again.api()
    ).auth
      .changePassword({ currentPassword: temporaryPassword, newPassword: 'ABCDEFGH' })
      .catch((e: unknown) => e);
    const data = errorOf(weak);
    expect(data.code).toBe('validation_failed');
    expect(data.fieldErrors?.map((f) => f.message.zh).join()).toContain('ABCDEF');

    await (
      await again.api()
    ).auth.changePassword({ currentPassword: temporaryPassword, newPassword: 'Lantern-river-58' });
    expect((await (await again.api()).inbox.search({ box: 'todo' })).items).toBeInstanceOf(Array);
    await expect(h.browser().login('wang.wu', temporaryPassword)).rejects.toThrow();
    await expect(h.browser().login('wang.wu', 'Lantern-river-58')).resolves.toMatchObject({
      mustChangePassword: false,
    });
  });

  it('refuses a new password that contains the login or equals the current one', async () => {
    const b = h.browser();
    await b.login('li.si');
    const api = await b.api();
    for (const newPassword of ['li.si-2026-ok', 'Signoff#2026']) {
      const e = await api.auth
        .changePassword({ currentPassword: 'Signoff#2026', newPassword })
        .catch((x: unknown) => x);
      expect(errorOf(e).code).toBe('validation_failed');
    }
    const wrongCurrent = await api.auth
      .changePassword({ currentPassword: 'nope', newPassword: 'Lantern-river-58' })
      .catch((x: unknown) => x);
    expect(errorOf(wrongCurrent).fieldErrors?.[0]?.path).toBe('currentPassword');
  });

  it('"log out everywhere" ends the sessions on every device', async () => {
    const phone = h.browser();
    const desk = h.browser();
    await phone.login('zhang.san');
    await desk.login('zhang.san');
    const { ended } = await (await desk.api()).auth.logoutEverywhere();
    expect(ended).toBeGreaterThanOrEqual(2);
    expect(await (await phone.api()).auth.me()).toBeNull();
    expect(await (await desk.api()).auth.me()).toBeNull();
  });

  it('a session left idle for more than two hours ends', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    expect(await (await b.api()).auth.me()).not.toBeNull();
    h.advance(2 * 3600_000 + 60_000);
    expect(await (await b.api()).auth.me()).toBeNull();
  });
});
