import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppErrorData } from './app-error.js';
import { createHarness, type Harness } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause ?? e);

describe('state changes from another site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('pglite');
  });
  afterAll(() => h.t.dispose());

  it('are refused even with the right CSRF token, and a login from another site too; reads still work', async () => {
    const b = h.browser();
    await b.login('zhang.san');
    b.sameOrigin = false;
    const api = await b.api();
    expect(await api.auth.me()).toMatchObject({ user: { login: 'zhang.san' } });
    const logout = await api.auth.logoutEverywhere().catch((e: unknown) => errorOf(e));
    expect(logout).toMatchObject({ code: 'forbidden', messageKey: 'errors.foreignOrigin' });
    // nothing happened: the session still stands
    b.sameOrigin = true;
    expect(await (await b.api()).auth.me()).not.toBeNull();

    const stranger = h.browser();
    stranger.sameOrigin = false;
    expect(await stranger.login('li.si').catch((e: unknown) => errorOf(e))).toMatchObject({
      messageKey: 'errors.foreignOrigin',
    });
  });
});
