import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => toAppErrorData((e as Error).cause ?? e),
  );

// Issue 16 fix 11: five requests used to lock `admin` for everyone for 15 minutes.
describe.each(testBackends())('progressive login delay on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  /** Error keys and messages of `n` wrong tries from `ip`, `stepMs` of fake time apart. */
  const misses = async (login: string, ip: string, n: number, stepMs = 0) => {
    const out: { key?: string; en?: string }[] = [];
    for (let i = 0; i < n; i++) {
      const e = await failure(h.browser(ip).login(login, 'not-it-123'));
      out.push({ key: e?.messageKey, en: e?.message.en });
      h.advance(stepMs);
    }
    return out;
  };

  it('a guesser from one address is soon refused unevaluated; the account still signs in from elsewhere', async () => {
    const keys = (await misses('admin', '10.30.0.1', 10)).map((m) => m.key);
    // three free misses, then the growing wait refuses most tries (the harness clock ticks a
    // second per reading, so the shortest waits lapse between calls)
    expect(keys.slice(0, 3)).toEqual(Array(3).fill('errors.badLogin'));
    expect(keys.filter((k) => k === 'errors.tooManyLogins').length).toBeGreaterThanOrEqual(4);
    expect(keys).not.toContain('errors.accountLocked');
    // not locked: the owner signs in from another address at once
    await expect(h.browser('10.30.9.9').login('admin')).resolves.toMatchObject({ user: { login: 'admin' } });
  });

  it('the right password works once the wait ends, and then the misses are forgotten', async () => {
    await misses('li.si', '10.31.0.1', 10, 120_000);
    expect((await failure(h.browser('10.31.0.1').login('li.si')))?.messageKey).toBe('errors.tooManyLogins');
    h.advance(300_000);
    await expect(h.browser('10.31.0.1').login('li.si')).resolves.toMatchObject({ user: { login: 'li.si' } });
    expect((await failure(h.browser('10.31.0.1').login('li.si', 'typo-1')))?.messageKey).toBe(
      'errors.badLogin',
    );
  });

  it('a real account and an unknown login wait alike, answer for answer', async () => {
    const real = (await misses('zhao.liu', '10.32.0.1', 12, 20_000)).map((m) => m.key);
    const unknown = (await misses('nobody.at.all', '10.32.0.1', 12, 20_000)).map((m) => m.key);
    expect(unknown).toEqual(real);
    expect(real).toContain('errors.tooManyLogins');
  });

  it('a persistent attack across addresses locks the account for all, and an admin unlocks it', async () => {
    for (let i = 0; i < 20; i++) await failure(h.browser(`10.33.${i}.1`).login('wang.wu', 'nope-123'));
    expect((await failure(h.browser('10.33.99.1').login('wang.wu')))?.messageKey).toBe(
      'errors.accountLocked',
    );
    const admin = h.browser('10.33.200.1');
    await admin.login('admin');
    await expect((await admin.api()).org.unlockUser({ id: 'u-wang' })).resolves.toMatchObject({
      wasLocked: true,
    });
    await expect(h.browser('10.33.99.1').login('wang.wu')).resolves.toMatchObject({
      user: { login: 'wang.wu' },
    });
  });
});
