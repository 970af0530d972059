import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { seedDemoTenant } from '@signoff/api/demo';
import { migrate, openPglite, type Database } from '@signoff/db';
import { createServer } from './create-server.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('attachments over HTTP', () => {
  let db: Database;
  let app: FastifyInstance;
  let url = '';
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    const deps = createApiDeps(db);
    await seedDemoTenant(deps);
    app = await createServer({ deps });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function login(login: string) {
    const res = await fetch(`${url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantCode: 'demo', login, password: 'Signoff#2026' }),
    });
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
    const csrf = cookies.find((c) => c.startsWith('signoff_csrf='))?.slice('signoff_csrf='.length) ?? '';
    return { cookie: cookies.join('; '), csrf };
  }

  it('uploads with the session and CSRF header, and downloads as an attachment that is never sniffed', async () => {
    const zhang = await login('zhang.san');
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096), Buffer.from('\n%%EOF\n')]);
    const upload = (headers: Record<string, string>, body: Uint8Array = bytes) =>
      fetch(`${url}/files`, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'x-file-name': encodeURIComponent('报价单 "终版".pdf'),
          ...headers,
        },
        body,
      });

    expect((await upload({})).status).toBe(401);
    const noCsrf = await upload({ cookie: zhang.cookie });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as { error: { message: { zh: string } } }).error.message.zh).toContain(
      '请求校验失败',
    );

    const created = await upload({ cookie: zhang.cookie, 'x-csrf-token': zhang.csrf });
    expect(created.status).toBe(201);
    const file = (await created.json()) as {
      id: string;
      name: string;
      size: number;
      type: string;
      sha256: string;
    };
    expect(file).toMatchObject({
      name: '报价单 _终版_.pdf',
      size: bytes.length,
      type: 'application/pdf',
      sha256: sha256(bytes),
    });

    const down = await fetch(`${url}/files/${file.id}`, { headers: { cookie: zhang.cookie } });
    expect(down.status).toBe(200);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-disposition')).toBe(
      `attachment; filename="___ ____.pdf"; filename*=UTF-8''${encodeURIComponent('报价单 _终版_.pdf')}`,
    );
    expect(sha256(new Uint8Array(await down.arrayBuffer()))).toBe(file.sha256);

    // a colleague with no part in it, and nobody at all, are refused
    const li = await login('li.si');
    const other = await fetch(`${url}/files/${file.id}`, { headers: { cookie: li.cookie } });
    expect(other.status).toBe(404);
    expect(
      ((await other.json()) as { error: { message: { zh: string; en: string } } }).error.message,
    ).toEqual({ zh: '附件不存在', en: 'The attachment was not found' });
    expect((await fetch(`${url}/files/${file.id}`)).status).toBe(401);
  });

  it('refuses a renamed executable and a file over the limit with a bilingual message', async () => {
    const zhang = await login('zhang.san');
    const headers = {
      cookie: zhang.cookie,
      'x-csrf-token': zhang.csrf,
      'content-type': 'application/pdf',
      'x-file-name': 'invoice.pdf',
    };
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
    const renamed = await fetch(`${url}/files`, { method: 'POST', headers, body: exe });
    expect(renamed.status).toBe(400);
    expect(
      ((await renamed.json()) as { error: { messageKey: string; message: { zh: string } } }).error,
    ).toMatchObject({
      messageKey: 'errors.fileTypeMismatch',
      message: { zh: '文件内容与扩展名 .pdf 不符（实际为 exe），已拒绝上传' },
    });

    // no content type at all: the extension decides, the bytes confirm
    const text = await fetch(`${url}/files`, {
      method: 'POST',
      headers: { cookie: zhang.cookie, 'x-csrf-token': zhang.csrf, 'x-file-name': 'notes.txt' },
      body: new TextEncoder().encode('会议纪要\n'),
    });
    expect(text.status).toBe(201);
    expect(await text.json()).toMatchObject({ name: 'notes.txt', type: 'text/plain' });

    const big = await fetch(`${url}/files`, {
      method: 'POST',
      headers,
      body: Buffer.alloc(20 * 1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: { en: string } } }).error.message.en).toBe(
      'The file is larger than the 20 MB limit',
    );
  });
});
