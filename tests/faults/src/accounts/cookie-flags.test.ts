import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../harness/fault-size.js';
import { DEMO_PASSWORD } from '../harness/http-session.js';
import { createScratchDatabase, type ScratchDatabase } from '../harness/scratch-database.js';
import { startServerProcess, type ServerProcess } from '../harness/server-process.js';
import { postInsecure, startTlsProxy, type TlsProxy } from './tls-proxy.js';

// Issue 16 "Accounts": the session cookie over HTTPS (behind a TLS proxy) is Secure, HttpOnly, SameSite.
describe.runIf(DATABASE_URL)('cookie flags over HTTPS', () => {
  let db: ScratchDatabase;
  let server: ServerProcess;
  let proxy: TlsProxy;
  beforeAll(async () => {
    db = await createScratchDatabase(DATABASE_URL ?? '');
    server = await startServerProcess({
      databaseUrl: db.url,
      seedDemo: true,
      env: { TRUST_PROXY: '127.0.0.1' },
    });
    proxy = await startTlsProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
    await db?.drop();
  });

  it('the session cookie set through the TLS proxy is Secure, HttpOnly and SameSite', async () => {
    const { status, setCookie } = await postInsecure(
      `${proxy.url}/trpc/auth.login`,
      JSON.stringify({ tenantCode: 'demo', login: 'zhang.san', password: DEMO_PASSWORD }),
      { 'content-type': 'application/json', origin: proxy.url },
    );
    expect(status).toBe(200);
    const session = setCookie.find((c) => c.startsWith('signoff_session='));
    console.info(JSON.stringify({ setCookie }));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  });
});
