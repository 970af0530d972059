import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

describe.each(testBackends())('sign-up by invitation on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.t.dispose());

  it('an invited person picks a login and password once, lands in their department, and is logged in', async () => {
    const admin = h.browser();
    await admin.login('admin');
    const { code } = await (
      await admin.api()
    ).org.invite({ name: '孙七', departmentId: 'd-eng', rankId: 'r-staff', email: 'sun.qi@example.com' });

    const newcomer = h.browser();
    const weak = await (
      await newcomer.api()
    ).auth
      .acceptInvitation({ tenantCode: 'demo', code, login: 'sun.qi', password: '12345678' })
      .catch((e: unknown) => e);
    expect(errorOf(weak).code).toBe('validation_failed');
    const taken = await (
      await newcomer.api()
    ).auth
      .acceptInvitation({ tenantCode: 'demo', code, login: 'li.si', password: 'Maple-street-61' })
      .catch((e: unknown) => e);
    expect(errorOf(taken).fieldErrors?.[0]?.path).toBe('login');

    await (
      await newcomer.api()
    ).auth.acceptInvitation({ tenantCode: 'demo', code, login: 'sun.qi', password: 'Maple-street-61' });
    expect((await (await newcomer.api()).auth.me())?.user.login).toBe('sun.qi');
    const view = await (await admin.api()).org.view();
    expect(view.users.find((u) => u.login === 'sun.qi')).toMatchObject({
      departmentId: 'd-eng',
      email: 'sun.qi@example.com',
      active: true,
    });

    const again = await (
      await h.browser().api()
    ).auth
      .acceptInvitation({ tenantCode: 'demo', code, login: 'sun.qi2', password: 'Maple-street-61' })
      .catch((e: unknown) => e);
    expect(errorOf(again).message.zh).toContain('邀请码无效');
  });

  it('an expired code is refused, and so is a code of another company', async () => {
    const admin = h.browser();
    await admin.login('admin');
    const { code } = await (
      await admin.api()
    ).org.invite({ name: '周八', departmentId: 'd-eng', rankId: null });
    const elsewhere = await (
      await h.browser().api()
    ).auth
      .acceptInvitation({ tenantCode: 'nope', code, login: 'zhou.ba', password: 'Maple-street-61' })
      .catch((e: unknown) => e);
    expect(errorOf(elsewhere).code).toBe('not_found');
    h.advance(8 * 86_400_000);
    const late = await (
      await h.browser().api()
    ).auth
      .acceptInvitation({ tenantCode: 'demo', code, login: 'zhou.ba', password: 'Maple-street-61' })
      .catch((e: unknown) => e);
    expect(errorOf(late).code).toBe('not_found');
  });
});
