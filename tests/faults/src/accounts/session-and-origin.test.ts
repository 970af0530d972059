import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../harness/fault-size.js';
import { DEMO_PASSWORD, login } from '../harness/http-session.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';

const cookieValue = (cookie: string, name: string) =>
  cookie
    .split('; ')
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

// Issue 16 "Accounts": no session accepted that a login did not issue; foreign-origin changes refused.
describe.runIf(DATABASE_URL)('sessions and origins against a server process', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({ databaseUrl: db.url, seedDemo: true });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const me = async (cookie: string) => {
    const res = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    return ((await res.json()) as { result?: { data: { user?: { login: string } } | null } }).result?.data;
  };

  it('an invented or pre-login cookie is not a session after login; login issues a new id', async () => {
    const invented = 'signoff_session=attacker-chosen-0123456789abcdef';
    expect(await me(invented)).toBeNull();
    const first = await login(server.url, 'zhang.san');
    const before = cookieValue(first.cookie, 'signoff_session');
    expect(before).toBeTruthy();
    // log in again carrying the invented cookie and the old session: both are replaced
    const res = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.url,
        cookie: `${invented}; ${first.cookie}`,
      },
      body: JSON.stringify({ tenantCode: 'demo', login: 'zhang.san', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const issued = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .join('; ');
    const after = cookieValue(issued, 'signoff_session');
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(after).not.toBe('attacker-chosen-0123456789abcdef');
    expect(await me(invented)).toBeNull();
    expect((await me(issued))?.user?.login).toBe('zhang.san');
  });

  it('a state change with a valid cookie is refused from a foreign origin or without the CSRF header', async () => {
    const s = await login(server.url, 'zhang.san');
    const logout = (headers: Record<string, string>) =>
      fetch(`${server.url}/trpc/auth.logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie, ...headers },
        body: 'null',
      });
    const refusals = [
      await logout({ 'x-csrf-token': s.csrf, origin: 'https://evil.example' }),
      await logout({ 'x-csrf-token': s.csrf, origin: server.url, 'sec-fetch-site': 'cross-site' }),
      await logout({ origin: server.url }),
      await logout({ 'x-csrf-token': 'forged', origin: server.url }),
    ];
    expect(refusals.map((r) => r.status >= 400 && r.status < 500)).toEqual([true, true, true, true]);
    // none of them ended the session; the same call from the app's own origin does
    expect((await me(s.cookie))?.user?.login).toBe('zhang.san');
    expect((await logout({ 'x-csrf-token': s.csrf, origin: server.url })).status).toBe(200);
    expect(await me(s.cookie)).toBeNull();
  });
});
