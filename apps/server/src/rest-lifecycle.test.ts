import { Ajv2020 } from 'ajv/dist/2020.js';
import createClient, { type Client } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RestRateLimiter } from '@signoff/api';
import type { paths } from './rest-client/api-types.js';
import {
  adminSession,
  documentChecker,
  eventually,
  signatureIsValid,
  startRestServer,
  webhookReceiver,
} from './rest.test-helper.js';

type Api = Client<paths>;
type Check = ReturnType<typeof documentChecker>;

/**
 * One leave request carried through its whole life by an integrator, over HTTP, with the client
 * generated from the served document (issue 20): a change that breaks the document or the
 * contract fails here.
 */
describe('the integration API, end to end with the generated client', () => {
  let server: Awaited<ReturnType<typeof startRestServer>>;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let hookSecret = '';
  let check: Check;
  const tokens = { integrator: '', actor: '', reader: '' };
  const clients = {} as Record<keyof typeof tokens, Api>;
  const client = (token: string): Api =>
    createClient<paths>({ baseUrl: `${server.url}/api/v1`, headers: { authorization: `Bearer ${token}` } });

  /** every refusal is checked against the schema the document declares for its status */
  const expectDocumentedError = (method: string, path: string, status: number, body: unknown) =>
    expect(check(method, path, status, body), `${method} ${path} ${status}`).toEqual([]);

  beforeAll(async () => {
    server = await startRestServer();
    receiver = await webhookReceiver();
    const admin = await adminSession(server.url);
    const token = (name: string, scopes: string[]) =>
      admin<{ token: string }>('integrations.createToken', { name, scopes }).then((t) => t.token);
    tokens.integrator = await token('ERP', ['read', 'submit']);
    tokens.actor = await token('HR portal', ['read', 'act-for-users']);
    tokens.reader = await token('BI', ['read']);
    for (const name of ['integrator', 'actor', 'reader'] as const) clients[name] = client(tokens[name]);
    hookSecret = (
      await admin<{ secret: string }>('integrations.createWebhook', { url: receiver.url, events: ['*'] })
    ).secret;
    const doc = await fetch(`${server.url}/api/v1/openapi.json`);
    check = documentChecker((await doc.json()) as Record<string, unknown>);
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  const leave = { type: '年休假', days: 3, reason: '春节回家探亲' };
  let instanceId = '';

  it('lists the templates and validates the data against the leave form’s JSON Schema', async () => {
    const list = await clients.integrator.GET('/templates');
    expect(list.response.status).toBe(200);
    expect(list.data?.map((t) => t.key)).toContain('leave');

    const schema = await clients.integrator.GET('/templates/{key}/schema', {
      params: { path: { key: 'leave' } },
    });
    expect(schema.response.status).toBe(200);
    // the schema the server validates with, as an integrator would check data before sending it
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema.data ?? {});
    expect(validate(leave), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...leave, days: 'three' })).toBe(false);

    const missing = await clients.integrator.GET('/templates/{key}/schema', {
      params: { path: { key: 'no-such-form' } },
    });
    expect(missing.response.status).toBe(404);
    expectDocumentedError('GET', '/templates/{key}/schema', 404, missing.error);
  });

  it('submits as zhang.san once, however often the integrator retries with the same key', async () => {
    const submit = (body: { templateKey: string; applicant: string; data: Record<string, unknown> }) =>
      clients.integrator.POST('/instances', {
        params: { header: { 'Idempotency-Key': 'erp-leave-2026-0001' } },
        body,
      });
    const first = await submit({ templateKey: 'leave', applicant: 'zhang.san', data: leave });
    expect(first.response.status).toBe(201);
    instanceId = first.data?.id ?? '';
    expect(first.data?.status).toBe('running');

    const retried = await submit({ templateKey: 'leave', applicant: 'zhang.san', data: leave });
    expect(retried.response.status).toBe(201);
    expect(retried.data?.id).toBe(instanceId);
    expect(retried.response.headers.get('idempotent-replayed')).toBe('true');
    expect(Number(first.response.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);

    const changed = await submit({
      templateKey: 'leave',
      applicant: 'zhang.san',
      data: { ...leave, days: 5 },
    });
    expect(changed.response.status).toBe(422);
    expectDocumentedError('POST', '/instances', 422, changed.error);

    const mine = await clients.integrator.GET('/instances', {
      params: { query: { applicant: 'zhang.san' } },
    });
    expect(mine.data?.items.filter((i) => i.instanceId === instanceId)).toHaveLength(1);
  });

  it('refuses a call beyond the token’s scope with 403 naming the scope', async () => {
    const res = await clients.reader.POST('/instances', {
      body: { templateKey: 'leave', applicant: 'zhang.san', data: leave },
    });
    expect(res.response.status).toBe(403);
    expectDocumentedError('POST', '/instances', 403, res.error);
    expect(res.error?.error.details).toEqual({ requiredScope: 'submit' });
    expect(res.error?.error.message.en).toContain('"submit"');

    const approve = await clients.integrator.POST('/tasks/{taskId}/approve', {
      params: { path: { taskId: 'whatever' } },
      body: { user: 'li.si' },
    });
    expect(approve.response.status).toBe(403);
    expectDocumentedError('POST', '/tasks/{taskId}/approve', 403, approve.error);
    expect(approve.error?.error.details).toEqual({ requiredScope: 'act-for-users' });
  });

  it('lets the approvers act through the act-for-users token until the request is approved', async () => {
    for (const approver of ['li.si', 'wang.wu']) {
      const tasks = await clients.actor.GET('/users/{login}/tasks', {
        params: { path: { login: approver } },
      });
      expect(tasks.response.status).toBe(200);
      const task = tasks.data?.find((t) => t.instanceId === instanceId);
      expect(task, `${approver} has the request's task`).toBeDefined();
      const done = await clients.actor.POST('/tasks/{taskId}/approve', {
        params: { path: { taskId: task?.taskId ?? '' } },
        body: { user: approver, comment: '同意' },
      });
      expect(done.response.status).toBe(200);
    }
    const finished = await clients.reader.GET('/instances/{id}', { params: { path: { id: instanceId } } });
    expect(finished.response.status).toBe(200);
    expect(finished.data?.status).toBe('approved');
    expect(finished.data?.finishedAt).not.toBeNull();

    const unknown = await clients.reader.GET('/instances/{id}', {
      params: { path: { id: 'no-such-request' } },
    });
    expect(unknown.response.status).toBe(404);
    expectDocumentedError('GET', '/instances/{id}', 404, unknown.error);
  });

  it('delivers instance.submitted, task.created and instance.finished, each signed', async () => {
    const wanted = ['instance.submitted', 'task.created', 'instance.finished'];
    const events = await eventually('the three webhook events', () => {
      const ofInstance = receiver.received.filter((h) => JSON.stringify(h.body.data).includes(instanceId));
      const kinds = new Set(ofInstance.map((h) => h.body.event));
      return wanted.every((w) => kinds.has(w)) && ofInstance;
    });
    for (const hook of events) {
      expect(hook.headers['x-signoff-event']).toBe(hook.body.event);
      expect(signatureIsValid(hookSecret, hook), `signature of ${hook.body.event}`).toBe(true);
      expect(signatureIsValid('not-the-secret', hook)).toBe(false);
    }
  });

  it('uploads an attachment as multipart and downloads the same bytes', async () => {
    const bytes = new TextEncoder().encode('请假证明\n医院：示例医院\n');
    const upload = await clients.integrator.POST('/attachments', {
      body: { user: 'zhang.san', file: '' },
      bodySerializer: () => {
        const form = new FormData();
        form.set('user', 'zhang.san');
        form.set('file', new Blob([bytes], { type: 'text/plain' }), '证明.txt');
        return form;
      },
    });
    expect(upload.response.status).toBe(201);
    expect(upload.data).toMatchObject({ name: '证明.txt', size: bytes.length, type: 'text/plain' });

    const down = await clients.reader.GET('/attachments/{id}', {
      params: { path: { id: upload.data?.id ?? '' } },
      parseAs: 'arrayBuffer',
    });
    expect(down.response.status).toBe(200);
    expect(down.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(down.data as ArrayBuffer)).toEqual(bytes);

    const none = await clients.reader.GET('/attachments/{id}', { params: { path: { id: 'no-such-file' } } });
    expect(none.response.status).toBe(404);
    expectDocumentedError('GET', '/attachments/{id}', 404, none.error);
  });

  it('answers malformed JSON, and JSON reaching for a prototype, with the documented 400', async () => {
    for (const body of ['{"templateKey": "leave",', '{"__proto__": {"isAdmin": true}}']) {
      const res = await fetch(`${server.url}/api/v1/instances`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.integrator}`, 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('ratelimit-limit')).not.toBeNull();
      const error = (await res.json()) as { error: { messageKey: string } };
      expect(error.error.messageKey).toBe('errors.malformedJson');
      expectDocumentedError('POST', '/instances', 400, error);
    }
  });

  it('refuses an upload over the attachment limit with the documented 413', async () => {
    const form = new FormData();
    form.set('user', 'zhang.san');
    form.set('file', new Blob([new Uint8Array(20 * 1024 * 1024 + 1)], { type: 'text/plain' }), 'big.txt');
    const res = await fetch(`${server.url}/api/v1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.integrator}` },
      body: form,
    });
    expect(res.status).toBe(413);
    const error = (await res.json()) as { error: { message: { en: string } } };
    expect(error.error.message.en).toBe('The file is larger than the 20 MB limit');
    expectDocumentedError('POST', '/attachments', 413, error);
  });

  it('answers a missing or unknown token with the documented 401', async () => {
    const anonymous = createClient<paths>({ baseUrl: `${server.url}/api/v1` });
    const res = await anonymous.GET('/templates');
    expect(res.response.status).toBe(401);
    expectDocumentedError('GET', '/templates', 401, res.error);
    // and the check bites: a body off the documented shape, or an undocumented status, is caught
    expect(check('GET', '/templates', 401, { error: { code: 'nope' } })).not.toEqual([]);
    expect(check('GET', '/templates', 409, res.error)).toEqual([
      'GET /templates 409: status 409 is not documented',
    ]);
  });
});

describe('the integration API rate limit', () => {
  let server: Awaited<ReturnType<typeof startRestServer>>;
  let check: Check;
  beforeAll(async () => {
    server = await startRestServer({}, { restRateLimiter: new RestRateLimiter(3, 60_000) });
    check = documentChecker(
      (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Record<string, unknown>,
    );
  });
  afterAll(() => server?.close());

  it('answers the call over the limit with 429 and Retry-After, per token', async () => {
    const admin = await adminSession(server.url);
    const token = async (name: string) =>
      (await admin<{ token: string }>('integrations.createToken', { name, scopes: ['read'] })).token;
    const busy = createClient<paths>({
      baseUrl: `${server.url}/api/v1`,
      headers: { authorization: `Bearer ${await token('busy')}` },
    });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ok = await busy.GET('/templates');
      expect(ok.response.status).toBe(200);
      remaining.push(ok.response.headers.get('ratelimit-remaining') ?? '');
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const over = await busy.GET('/templates');
    expect(over.response.status).toBe(429);
    const retryAfter = Number(over.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.error?.error.details).toEqual({ retryAfterSeconds: retryAfter });
    expect(check('GET', '/templates', 429, over.error)).toEqual([]);

    // another token of the same tenant has its own window
    const other = createClient<paths>({
      baseUrl: `${server.url}/api/v1`,
      headers: { authorization: `Bearer ${await token('other')}` },
    });
    expect((await other.GET('/templates')).response.status).toBe(200);
  });
});
