import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { migrate, openPglite, type Database } from '@signoff/db';
import { API_DOCS_CSP } from './api-docs-routes.js';
import { restRoutes, sendRestAnswer } from './rest-routes.js';

interface ErrorBody {
  error: { code: string; messageKey: string; message: { zh: string; en: string } };
}
const bodyOf = (payload: string) => JSON.parse(payload) as ErrorBody;
/** well formed, but no token of any tenant: the dispatcher refuses it */
const STRANGER = { authorization: 'Bearer so_00000000000000000000000000000000' };

function multipart(parts: { name: string; fileName?: string; type?: string; content: Buffer | string }[]) {
  const boundary = '----signoff-test-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.fileName
      ? `form-data; name="${p.name}"; filename="${p.fileName}"`
      : `form-data; name="${p.name}"`;
    const type = p.type ? `\r\ncontent-type: ${p.type}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('the /api/v1 HTTP translation', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    app = Fastify();
    await app.register(restRoutes(createApiDeps(db), { maxUploadBytes: 100 * 1024 }));
    // a stand-in dispatcher answer, to see what the server makes of a download and its headers
    app.get('/download-probe', (_req, reply) =>
      sendRestAnswer(reply, {
        status: 200,
        bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
        contentType: 'application/pdf',
        fileName: '报价单.pdf',
        headers: { 'ratelimit-remaining': '59' },
      }),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('checks the token before it answers malformed JSON, in the typed shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/instances',
      headers: { ...STRANGER, 'content-type': 'application/json' },
      payload: '{"templateKey": "leave",',
    });
    // the body is flagged, not refused here: the dispatcher refuses an unknown token first
    expect(res.statusCode).toBe(401);
    expect(res.payload).not.toMatch(/FST_|Unexpected|SyntaxError/);
    expect(bodyOf(res.payload).error.messageKey).toBe('errors.badToken');
  });

  it('refuses a body that is not JSON with a typed 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/instances',
      headers: { ...STRANGER, 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(res.statusCode).toBe(415);
    expect(bodyOf(res.payload).error.message.en).toContain('application/json');
  });

  it('refuses an uploaded file over the limit with a typed 413', async () => {
    const form = multipart([
      { name: 'user', content: 'zhang.san' },
      { name: 'file', fileName: 'big.txt', type: 'text/plain', content: Buffer.alloc(200 * 1024, 0x61) },
    ]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...STRANGER, 'content-type': form.contentType },
      payload: form.payload,
    });
    expect(res.statusCode).toBe(413);
    expect(bodyOf(res.payload).error).toMatchObject({
      messageKey: 'errors.fileTooLarge',
      message: { en: 'The file is larger than the 0.1 MB limit' },
    });
  });

  it('refuses a second file in one upload as too many parts, not as too large', async () => {
    const form = multipart([
      { name: 'file', fileName: 'a.txt', type: 'text/plain', content: 'a' },
      { name: 'file', fileName: 'b.txt', type: 'text/plain', content: 'b' },
    ]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...STRANGER, 'content-type': form.contentType },
      payload: form.payload,
    });
    expect(res.statusCode).toBe(413);
    expect(bodyOf(res.payload).error.messageKey).toBe('errors.multipartTooManyParts');
  });

  it('reads no upload without a bearer token: the dispatcher answers 401', async () => {
    const form = multipart([{ name: 'file', fileName: 'a.txt', type: 'text/plain', content: 'hello' }]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { 'content-type': form.contentType },
      payload: form.payload,
    });
    expect(res.statusCode).toBe(401);
    expect(bodyOf(res.payload).error.message.en).toContain('token');
  });

  it("sends a download with the dispatcher's headers, never sniffed", async () => {
    const res = await app.inject({ method: 'GET', url: '/download-probe' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('报价单.pdf'));
    expect(res.headers['ratelimit-remaining']).toBe('59');
    expect([...res.rawPayload]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('serves the API reference page with local scripts only and no inline script', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/v1/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(API_DOCS_CSP);
    expect(API_DOCS_CSP).toContain("script-src 'self'");
    const scripts = [...page.payload.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(2);
    for (const [, attrs, inline] of scripts) {
      expect(inline).toBe('');
      expect(attrs).toMatch(/src="\/api\/v1\/docs\//);
    }
    expect(page.payload).toContain('data-spec-url="/api/v1/openapi.json"');

    const srcs = scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '');
    for (const src of srcs) {
      const js = await app.inject({ method: 'GET', url: src.replace(/&amp;/g, '&') });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toMatch(/^text\/javascript/);
      expect(js.headers['cache-control']).toContain('max-age=31536000');
    }
    const bundle = await app.inject({ method: 'GET', url: srcs[0] ?? '' });
    expect(bundle.payload.length).toBeGreaterThan(500_000);
    expect(bundle.payload).toContain('Redoc');
  });
});
