import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createJobHandler } from '../notifications/job-handler.js';
import { openApiDocument } from './rest/openapi-document.js';
import { handleRest } from './rest/handle-rest.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers with the next status in its script (200 once the script runs out). */
async function receiver(script: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = script.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testBackends())('integrations on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let token: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    token = (await (await admin.api()).integrations.createToken({ name: 'ERP' })).token;
  });
  afterAll(() => h.t.dispose());

  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    for (;;) {
      const o = await runNextJob(h.t.db, h.deps.clock(), handler);
      if (o.kind === 'idle') return;
    }
  };
  const rest = (
    method: string,
    path: string,
    body?: unknown,
    auth = `Bearer ${token}`,
    query: Record<string, string> = {},
  ) =>
    handleRest(h.deps, { method, path, headers: { authorization: auth }, query, body }) as Promise<{
      status: number;
      body: unknown;
    }>;

  it('submits and reads a request over the REST API with a tenant token', async () => {
    const created = await rest('POST', '/instances', {
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { type: '事假', days: 1, reason: '接口提交' },
    });
    expect(created.status).toBe(201);
    const body = created.body as { id: string; serialNo: string; status: string };
    expect(body).toMatchObject({ status: 'running', serialNo: expect.stringMatching(/^QJ-/) as string });
    const read = await rest('GET', `/instances/${body.id}`);
    expect(read).toMatchObject({ status: 200, body: { id: body.id, applicant: { name: '张三' } } });
    const list = await rest('GET', '/instances', undefined, undefined, { templateKey: 'leave' });
    expect(list.body).toMatchObject({ items: [{ instanceId: body.id }], nextCursor: null });
  });

  it('refuses a bad token, a revoked token and bad input, with reasons in both languages', async () => {
    expect((await rest('GET', '/instances', undefined, 'Bearer so_not-a-real-token-at-all')).status).toBe(
      401,
    );
    const bad = await rest('POST', '/instances', {
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { days: 0.1 },
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('请假天数');
    const shape = await rest('POST', '/instances', { templateKey: 'leave' });
    expect(shape).toMatchObject({ status: 422, body: { error: { code: 'validation_failed' } } });
    expect((await rest('GET', '/instances/nope')).status).toBe(404);

    const spare = await (await admin.api()).integrations.createToken({ name: 'old' });
    await (await admin.api()).integrations.revokeToken({ id: spare.id });
    expect((await rest('GET', '/instances', undefined, `Bearer ${spare.token}`)).status).toBe(401);
  });

  it('signs webhook deliveries with HMAC-SHA256 and logs them', async () => {
    const hook = await receiver([]);
    const created = await (
      await admin.api()
    ).integrations.createWebhook({ url: hook.url, events: ['instance.submitted'] });
    await rest('POST', '/instances', {
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { type: '病假', days: 2, reason: '发烧' },
    });
    await runJobs();
    expect(hook.received).toHaveLength(1);
    const [first] = hook.received;
    const ts = String(first?.headers['x-signoff-timestamp']);
    const expected = `sha256=${createHmac('sha256', created.secret)
      .update(`${ts}.${first?.body ?? ''}`)
      .digest('hex')}`;
    expect(first?.headers['x-signoff-signature']).toBe(expected);
    expect(JSON.parse(first?.body ?? '{}')).toMatchObject({
      event: 'instance.submitted',
      data: { templateKey: 'leave' },
    });
    const log = await (await admin.api()).integrations.deliveries({ webhookId: created.id });
    expect(log[0]).toMatchObject({ status: 'delivered', attempts: 1, responseStatus: 200 });
    await (await admin.api()).integrations.deleteWebhook({ id: created.id });
    await hook.close();
  });

  it('retries a failing receiver with backoff and gives up after the last attempt', async () => {
    const hook = await receiver([500, 503, 500, 500, 500, 500, 500]);
    const created = await (
      await admin.api()
    ).integrations.createWebhook({ url: hook.url, events: ['instance.submitted'] });
    await rest('POST', '/instances', {
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { type: '病假', days: 1, reason: '复诊' },
    });
    await runJobs();
    expect(hook.received).toHaveLength(1);
    let log = await (await admin.api()).integrations.deliveries({ webhookId: created.id });
    expect(log[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseStatus: 500,
      lastError: 'HTTP 500',
    });
    for (let i = 0; i < 6; i++) {
      h.advance(40 * 60_000);
      await runJobs();
    }
    expect(hook.received).toHaveLength(6);
    // the admin's session went idle during the wait
    await admin.login('admin');
    log = await (await admin.api()).integrations.deliveries({ webhookId: created.id });
    expect(log[0]).toMatchObject({ status: 'failed', attempts: 6 });
    await hook.close();
  });

  it('audits token and webhook changes without their secrets', async () => {
    const api = await admin.api();
    const made = await api.integrations.createToken({ name: 'audit-check' });
    await api.integrations.revokeToken({ id: made.id });
    const hook = await api.integrations.createWebhook({ url: 'http://127.0.0.1:9/x', events: ['*'] });
    await api.integrations.deleteWebhook({ id: hook.id });
    const rows = await api.audit.list({ action: 'integrations.' });
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'integrations.createToken',
        'integrations.revokeToken',
        'integrations.createWebhook',
        'integrations.deleteWebhook',
      ]),
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(made.token);
    expect(text).not.toContain(hook.secret);
  });

  it('documents the REST API in OpenAPI 3.1 from the same schemas', () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    const post = doc.paths['/instances']?.post as {
      requestBody: { content: { 'application/json': { schema: { required?: string[] } } } };
    };
    expect(post.requestBody.content['application/json'].schema.required).toEqual([
      'templateKey',
      'applicant',
      'data',
    ]);
  });
});
