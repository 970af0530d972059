import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps } from '@signoff/api';
import { openDatabase, migrate } from '@signoff/db';
import type { FastifyInstance } from 'fastify';
import { createServer } from './create-server.js';

interface Typed {
  error?: {
    code?: string;
    messageKey?: string;
    message?: { zh?: string; en?: string };
    data?: { appError?: Typed['error'] };
  };
}
const appErrorOf = (body: Typed) => body.error?.data?.appError ?? body.error;

// Issue 16 fuzz finding: what Node and Fastify refuse before our routes (a URL over 16 kB, a
// body over 2 MB, JSON that does not parse) answered an untyped body; now the one typed shape.
describe('refusals before any route', () => {
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    const db = await openDatabase({ dataDir: 'memory' });
    await migrate(db);
    app = await createServer({ deps: createApiDeps(db) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  it('a query URL over 16 kB answers a typed 431, zh and en', async () => {
    const input = encodeURIComponent(JSON.stringify({ q: 'x'.repeat(20_000) }));
    const res = await fetch(`${base}/trpc/inbox.search?input=${input}`);
    expect(res.status).toBe(431);
    const error = appErrorOf((await res.json()) as Typed);
    expect(error).toMatchObject({ code: 'bad_request', messageKey: 'errors.headersTooLarge' });
    expect(error?.message?.zh).toContain('16 KB');
  });

  it('a tRPC body over 2 MB answers a typed 413 the tRPC client can read', async () => {
    const res = await fetch(`${base}/trpc/drafts.save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ templateId: 't', data: { note: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as Typed;
    expect(body.error?.data?.appError).toMatchObject({
      code: 'bad_request',
      messageKey: 'errors.bodyTooLarge',
    });
    expect(body.error?.data?.appError?.message?.en).toContain('2 MB');
  });

  it('a tRPC body that is not JSON answers a typed 400 naming no parser internals', async () => {
    const res = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: '{"tenantCode": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(appErrorOf(JSON.parse(text) as Typed)?.message?.zh).toBeTruthy();
    expect(text).not.toMatch(/Unexpected|SyntaxError|at .*\.js/);
  });
});
