import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause ?? e);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );

// Issue 16, items 3 to 6: the login and password paths as an attacker and a racing client see them.
describe.each(testBackends())('login hardening on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  const unlock = async (id: string) => {
    const admin = h.browser();
    await admin.login('admin');
    await (await admin.api()).org.unlockUser({ id });
  };

  it('three wrong passwords and the right one at the same moment: the right one signs in, every time', async () => {
    for (let trial = 0; trial < 6; trial++) {
      const wrong = [1, 2, 3].map((i) =>
        failure(h.browser(`10.9.${trial}.${i}`).login('wang.wu', `wrong-${i}`)),
      );
      const right = failure(h.browser(`10.9.${trial}.9`).login('wang.wu'));
      const [rightError, ...wrongErrors] = await Promise.all([right, ...wrong]);
      expect(rightError).toBeNull();
      for (const e of wrongErrors) expect(e?.messageKey).toBe('errors.badLogin');
      await unlock('u-wang');
    }
  });

  it('a locked real account and a login that does not exist answer alike, at the same count', async () => {
    const answers = async (login: string) => {
      const out: (string | undefined)[] = [];
      for (let i = 0; i < 22; i++)
        out.push((await failure(h.browser(`10.8.${i}.1`).login(login, 'not-it-123')))?.message.en);
      return out;
    };
    const real = await answers('zhao.liu');
    const unknown = await answers('nobody.here');
    expect(unknown).toEqual(real);
    // nineteen plain misses, then the lock on the twentieth and after it
    expect(real.slice(0, 19).every((m) => m === real[0])).toBe(true);
    expect(real[19]).toContain('locked');
    expect(real[21]).toBe(real[19]);
    await unlock('u-zhao');
  });

  it('guessing the current password on change-password counts as failed logins and locks the account', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    const api = await b.api();
    const tries: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++)
      tries.push(
        (
          await failure(
            api.auth.changePassword({ currentPassword: `guess-${i}`, newPassword: 'Lantern-river-58' }),
          )
        )?.messageKey,
      );
    expect(tries.slice(0, 4)).toEqual(Array(4).fill('errors.weakPassword'));
    expect(tries[4]).toBe('errors.accountLocked');
    expect(tries[5]).toBe('errors.accountLocked');
    // even the right current password waits for the lock, and so does a new login
    expect(
      (
        await failure(
          api.auth.changePassword({ currentPassword: 'Signoff#2026', newPassword: 'Lantern-river-58' }),
        )
      )?.messageKey,
    ).toBe('errors.accountLocked');
    expect((await failure(h.browser('10.7.0.1').login('zhang.san')))?.messageKey).toBe(
      'errors.accountLocked',
    );
    await unlock('u-zhang');
  });

  it('refuses common passwords, the product, company and demo passwords, and the last five', async () => {
    const b = h.browser();
    await b.login('li.si');
    let current = 'Signoff#2026';
    const change = async (newPassword: string) => {
      const e = await failure((await b.api()).auth.changePassword({ currentPassword: current, newPassword }));
      if (!e) current = newPassword;
      return e;
    };
    for (const weak of [
      'P@ssw0rd',
      'Abcd1234',
      'Signoff2026',
      'Signoff#2026',
      'Password2026!',
      'demo-2026-ok',
      '示例科技有限公司8',
    ])
      expect((await change(weak))?.code, weak).toBe('validation_failed');
    const used = [
      'Lantern-river-58',
      'Quiet-harbor-93',
      'Amber-valley-27',
      'Cedar-meadow-46',
      'Silver-brook-35',
    ];
    for (const p of used) expect(await change(p)).toBeNull();
    // back to any of the last five (Silver-brook-35 now, and the four it followed) is refused
    for (const old of ['Lantern-river-58', 'Cedar-meadow-46'])
      expect((await change(old))?.fieldErrors?.map((f) => f.message.en).join()).toContain('last 5 passwords');
    expect(await change('Copper-canyon-64')).toBeNull();
    // six changes later the first is out of the history again
    expect(await change('Lantern-river-58')).toBeNull();
  });
});
