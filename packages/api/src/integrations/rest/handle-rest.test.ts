import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../../test/api-harness.js';
import { handleRest } from './handle-rest.js';
import { openApiDocument } from './openapi-document.js';
import { REST_OPERATIONS } from './rest-operations.js';
import { RestRateLimiter } from './rest-rate-limit.js';
import { ajv2020, LEAVE, restKit, type JsonAnswer } from './rest-test-kit.js';

type Kit = Awaited<ReturnType<typeof restKit>>;
const concrete = (path: string) => path.replace(/\{\w+\}/g, 'x1');

describe.each(testBackends())('the REST dispatcher on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let kit: Kit;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    kit = await restKit(h, admin);
  });
  afterAll(() => h.t.dispose());

  const submit = (key?: string, data: Record<string, unknown> = LEAVE) =>
    kit.call(kit.tokens.submit, 'POST', '/instances', {
      body: { templateKey: 'leave', applicant: 'zhang.san', data },
      ...(key === undefined ? {} : { key }),
    });
  const started = async () =>
    (
      (
        await kit.call(kit.tokens.read, 'GET', '/instances', {
          query: { applicant: 'zhang.san', limit: '100' },
        })
      ).body as { items: unknown[] }
    ).items.length;

  it('answers a NUL or a lone surrogate with a 400 naming the field, filing nothing', async () => {
    const before = await started();
    const res = await submit(undefined, { ...LEAVE, reason: 'x\ud800' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { messageKey: 'errors.badCharacters' } });
    expect(JSON.stringify(res.body)).toContain('body.data.reason');
    const q = await kit.call(kit.tokens.read, 'GET', '/instances', { query: { q: 'a\u0000b' } });
    expect(q.status).toBe(400);
    expect(await started()).toBe(before);
  });

  it('refuses every operation to a token without its scope, naming the scope, and admin holds all', async () => {
    for (const op of REST_OPERATIONS) {
      const lacking = op.scope === 'read' ? kit.tokens.submit : kit.tokens.read;
      const res = await kit.call(lacking, op.method, concrete(op.path), { body: {} });
      expect(res.status, op.operationId).toBe(403);
      expect(res.body, op.operationId).toMatchObject({
        error: { code: 'forbidden', messageKey: 'errors.tokenScope', details: { requiredScope: op.scope } },
      });
      expect(JSON.stringify(res.body)).toContain(op.scope);
    }
    expect((await kit.call(kit.tokens.admin, 'GET', '/templates')).status).toBe(200);
    expect((await kit.call(kit.tokens.act, 'GET', '/users/li.si/tasks')).status).toBe(200);
  });

  it('answers a retried submission with the first answer and files one request', async () => {
    const before = await started();
    const first = await submit('order-4711');
    const again = await submit('order-4711');
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, headers: { 'Idempotent-Replayed': 'true' } });
    expect(again.body).toEqual(first.body);
    expect(await started()).toBe(before + 1);

    const other = await submit('order-4711', { ...LEAVE, days: 2 });
    expect(other).toMatchObject({
      status: 422,
      body: { error: { messageKey: 'errors.idempotencyKeyReused' } },
    });
    expect(await started()).toBe(before + 1);
    // a key is the token's: another token may use the same text for its own request
    const elsewhere = await kit.call(kit.tokens.all, 'POST', '/instances', {
      body: { templateKey: 'leave', applicant: 'zhang.san', data: LEAVE },
      key: 'order-4711',
    });
    expect(elsewhere.headers?.['Idempotent-Replayed']).toBeUndefined();
    expect(await started()).toBe(before + 2);
  });

  it('lets only one of two concurrent requests with one key act', async () => {
    const before = await started();
    const [a, b] = await Promise.all([submit('race-1'), submit('race-1')]);
    expect(await started()).toBe(before + 1);
    const statuses = [a, b].map((r) => r.status).sort();
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    expect(await submit('race-1')).toMatchObject({ status: 201, headers: { 'Idempotent-Replayed': 'true' } });
  });

  it('gives the key back when the action was refused, so a corrected retry can use it', async () => {
    const bad = await submit('fix-me', { ...LEAVE, days: 0.1 });
    expect(bad.status).toBe(422);
    const before = await started();
    expect((await submit('fix-me')).status).toBe(201);
    expect(await started()).toBe(before + 1);
  });

  it('refuses a malformed Idempotency-Key', async () => {
    const res = await submit('x'.repeat(256));
    expect(res).toMatchObject({ status: 422, body: { error: { messageKey: 'errors.badIdempotencyKey' } } });
  });

  it('counts requests per token and answers 429 with Retry-After beyond the limit', async () => {
    const rateLimiter = new RestRateLimiter(3, 3_600_000);
    const answers: JsonAnswer[] = [];
    for (let i = 0; i < 4; i++)
      answers.push(await kit.call(kit.tokens.read, 'GET', '/templates', { rateLimiter }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers?.['RateLimit-Remaining'])).toEqual(['2', '1', '0', '0']);
    expect(answers[0]?.headers?.['RateLimit-Limit']).toBe('3');
    const refused = answers[3];
    expect(Number(refused?.headers?.['Retry-After'])).toBeGreaterThan(0);
    expect(refused?.body).toMatchObject({
      error: { code: 'too_many_requests', messageKey: 'errors.tooManyRequests' },
    });
    // another token has its own window
    expect((await kit.call(kit.tokens.all, 'GET', '/templates', { rateLimiter })).status).toBe(200);
  });

  it('answers every refusal in the documented Error shape and with a documented status', async () => {
    const doc = openApiDocument();
    const validate = ajv2020().compile({ $ref: '#/components/schemas/Error', components: doc.components });
    const raw = (headers: Record<string, string | undefined>, extra: object = {}) =>
      handleRest(h.deps, {
        method: 'GET',
        path: '/templates',
        headers,
        query: {},
        body: undefined,
        ...extra,
      }) as Promise<JsonAnswer>;
    const cases: [string, string, JsonAnswer][] = [
      ['GET', '/templates', await raw({ authorization: 'Bearer so_not-a-real-token-at-all' })],
      ['GET', '/templates', await raw({})],
      ['POST', '/instances', await kit.call(kit.tokens.read, 'POST', '/instances', { body: {} })],
      [
        'POST',
        '/instances',
        await kit.call(kit.tokens.submit, 'POST', '/instances', { body: { templateKey: 'leave' } }),
      ],
      ['POST', '/instances', await submit(undefined, { days: 0.1 })],
      ['GET', '/instances/{id}', await kit.call(kit.tokens.read, 'GET', '/instances/nope')],
      [
        'GET',
        '/instances',
        await kit.call(kit.tokens.read, 'GET', '/instances', { query: { limit: '1000' } }),
      ],
      [
        'GET',
        '/instances',
        await kit.call(kit.tokens.read, 'GET', '/instances', { query: { cursor: 'garbage' } }),
      ],
      ['GET', '/templates/{key}/schema', await kit.call(kit.tokens.read, 'GET', '/templates/nope/schema')],
      [
        'POST',
        '/tasks/{taskId}/approve',
        await kit.call(kit.tokens.act, 'POST', '/tasks/t1/approve', { body: { user: 'nobody' } }),
      ],
      ['POST', '/attachments', await kit.call(kit.tokens.submit, 'POST', '/attachments', { body: {} })],
    ];
    const unknown = await kit.call(kit.tokens.read, 'GET', '/nothing-here');
    const malformed = (await handleRest(h.deps, {
      method: 'POST',
      path: '/instances',
      headers: { authorization: `Bearer ${kit.tokens.submit}` },
      query: {},
      body: undefined,
      malformedBody: true,
    })) as JsonAnswer;
    expect(unknown.status).toBe(404);
    expect(malformed).toMatchObject({ status: 400, body: { error: { messageKey: 'errors.malformedJson' } } });
    for (const [method, path, res] of cases) {
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(validate(res.body), JSON.stringify(res.body)).toBe(true);
      const documented = Object.keys(
        (doc.paths[path]?.[method.toLowerCase()] as { responses: Record<string, unknown> }).responses,
      );
      expect(documented, `${method} ${path} ${res.status}`).toContain(String(res.status));
    }
    for (const res of [unknown, malformed]) expect(validate(res.body)).toBe(true);
    expect([...new Set(cases.map(([, , r]) => r.status))]).toEqual(
      expect.arrayContaining([401, 403, 404, 422]),
    );
    // the check itself can fail: a body without the message is not the documented shape
    expect(validate({ error: { code: 'forbidden', messageKey: 'x' } })).toBe(false);
  });
});
