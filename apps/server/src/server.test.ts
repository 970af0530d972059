import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start-server.js';

describe('the HTTP server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const webDir = await mkdtemp(join(tmpdir(), 'signoff-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Signoff</title><div id="root"></div>');
    server = await startServer({ port: 0, dataDir: 'memory', seedDemo: true, webDir, logLevel: 'silent' });
  });
  afterAll(() => server.close());

  it('answers the health check with the database in use', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('serves the web app for client-side routes', async () => {
    const res = await fetch(`${server.url}/inbox`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('logs in over HTTP with an httpOnly SameSite session cookie, and refuses a mutation without the CSRF header', async () => {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: 'demo', login: 'zhang.san', password: 'Signoff#2026' }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('signoff_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const csrf = cookies.find((c) => c.startsWith('signoff_csrf='));
    expect(csrf).not.toMatch(/HttpOnly/i);
    const cookieHeader = cookies.map((c) => c.split(';')[0]).join('; ');

    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie: cookieHeader } });
    expect(
      ((await me.json()) as { result: { data: { user: { name: string } } } }).result.data.user.name,
    ).toBe('张三');

    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie: cookieHeader, 'content-type': 'application/json' },
    });
    expect(logout.status).toBe(403);
    // The classic cross-site vector, a plain HTML form post, does not even reach the procedure.
    const formPost = await fetch(`${server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie: cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(formPost.ok).toBe(false);
    const body = (await logout.json()) as { error: { data: { appError: { message: { zh: string } } } } };
    expect(body.error.data.appError.message.zh).toContain('请求校验失败');
  });

  it('answers malformed input with a clear bilingual message and no internals', async () => {
    const res = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: 'demo' }),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/stack|at Object|node_modules/);
    const body = JSON.parse(text) as {
      error: { data: { appError: { message: { zh: string; en: string } } } };
    };
    expect(body.error.data.appError.message).toEqual({
      zh: '请求参数不正确',
      en: 'The request is not well formed',
    });
  });

  it('serves the integration API: its OpenAPI document, and a clear 401 without a token', async () => {
    const doc = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(doc.status).toBe(200);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const res = await fetch(`${server.url}/api/v1/instances`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: { zh: string; en: string } } };
    expect(body.error.message.zh).toContain('令牌');
    expect(body.error.message.en).toContain('token');
  });

  it('streams the Excel export to an admin and refuses a member', async () => {
    const cookieOf = async (login: string) => {
      const res = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenantCode: 'demo', login, password: 'Signoff#2026' }),
      });
      return res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    };
    const url = `${server.url}/exports/requests.xlsx?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z`;
    const admin = await fetch(url, { headers: { cookie: await cookieOf('admin') } });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-disposition')).toContain('.xlsx');
    const bytes = new Uint8Array(await admin.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const member = await fetch(url, { headers: { cookie: await cookieOf('zhang.san') } });
    expect(member.status).toBe(403);
    expect(((await member.json()) as { error: { message: { zh: string } } }).error.message.zh).not.toBe('');
  });
});
