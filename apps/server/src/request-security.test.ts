import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { seedDemoTenant } from '@signoff/api/demo';
import { openDatabase, migrate } from '@signoff/db';
import type { FastifyInstance } from 'fastify';
import { createServer } from './create-server.js';
import { trustProxyFrom } from './request-security.js';

const login = (
  app: FastifyInstance,
  headers: Record<string, string>,
  password = 'Signoff#2026',
  remoteAddress = '127.0.0.1',
  user = 'zhang.san',
) =>
  app.inject({
    method: 'POST',
    remoteAddress,
    url: '/trpc/auth.login',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { tenantCode: 'demo', login: user, password },
  });
const messageKey = (body: string) =>
  (JSON.parse(body) as { error?: { data?: { appError?: { messageKey?: string } } } }).error?.data?.appError
    ?.messageKey;

// Issue 16 items 2 and 7: proxies trusted only when configured, security headers, Secure cookies
// and Origin checks, over the real server's HTTP handling.
describe('request security', () => {
  let app: FastifyInstance;
  let behindHttps: FastifyInstance;
  beforeAll(async () => {
    const db = await openDatabase({ dataDir: 'memory' });
    await migrate(db);
    const deps = createApiDeps(db);
    await seedDemoTenant(deps);
    const webDir = await mkdtemp(join(tmpdir(), 'signoff-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Signoff</title><div id="root"></div>');
    app = await createServer({ deps, webDir });
    behindHttps = await createServer({ deps, publicUrl: 'https://oa.example.com' });
  });
  afterAll(async () => {
    await app.close();
    await behindHttps.close();
  });

  it('reads TRUST_PROXY as off, a hop count or a list of proxy addresses, and refuses anything else', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('')).toBe(false);
    const oneHop = trustProxyFrom('1');
    expect(typeof oneHop === 'function' && [oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([
      true,
      false,
    ]);
    expect(trustProxyFrom('10.0.0.5, 10.1.0.0/16')).toEqual(['10.0.0.5', '10.1.0.0/16']);
    expect(() => trustProxyFrom('everyone')).toThrow(/TRUST_PROXY/);
  });

  it('a forged X-Forwarded-For does not dodge the per-address login limit', async () => {
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 22; i++)
      answers.push(
        messageKey((await login(app, { 'x-forwarded-for': `203.0.113.${i}` }, `wrong-${i}`)).body),
      );
    expect(answers.slice(20)).toEqual(['errors.tooManyLogins', 'errors.tooManyLogins']);
  });

  it('every answer carries a CSP without inline script, frame denial, nosniff and a referrer policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/inbox' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'( 'unsafe-eval')?;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('refuses a state change from another site even with the right headers, and lets its own page through', async () => {
    expect(messageKey((await login(app, { origin: 'https://evil.example' })).body)).toBe(
      'errors.foreignOrigin',
    );
    expect(messageKey((await login(app, { 'sec-fetch-site': 'cross-site' })).body)).toBe(
      'errors.foreignOrigin',
    );
    const own = await login(app, {
      origin: 'http://localhost:80',
      host: 'localhost:80',
      'sec-fetch-site': 'same-origin',
    });
    expect(messageKey(own.body)).not.toBe('errors.foreignOrigin');
    const upload = await app.inject({
      method: 'POST',
      url: '/files',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain', 'x-file-name': 'a.txt' },
      payload: 'hello',
    });
    expect(upload.statusCode).toBe(403);
  });

  it('marks cookies Secure when PUBLIC_URL is https, and not on plain-HTTP localhost', async () => {
    // another address and person: the forged-header test above used up 127.0.0.1's attempts and locked 张三
    const secure = (
      await login(behindHttps, { origin: 'https://oa.example.com' }, undefined, '192.0.2.7', 'li.si')
    ).headers['set-cookie'];
    const plain = (await login(app, {}, undefined, '192.0.2.8', 'wang.wu')).headers['set-cookie'];
    expect(String(secure)).toMatch(/signoff_session=[^;]+;.*Secure/i);
    expect(String(plain)).not.toMatch(/Secure/i);
  });
});
