import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { createApiDeps, createJobHandler, type ApiDeps } from '@signoff/api';
import { seedDemoTenant } from '@signoff/api/demo';
import { migrate, openPglite, type Database } from '@signoff/db';
import { createServer, type ServerOptions } from './create-server.js';
import { jobRunner, type JobRunner } from './job-runner.js';

/**
 * A real server for the REST tests: PGlite, the demo tenant, the job loop that sends webhooks,
 * listening on a free port. Built here rather than with startServer so a test can hand the API
 * its own dependencies (a low rate limit, say).
 */
export async function startRestServer(
  overrides: Partial<ApiDeps> = {},
  server: Pick<ServerOptions, 'restRateLimiter'> = {},
) {
  const db: Database = await openPglite();
  await migrate(db);
  // the test's webhook receiver listens on loopback, which webhooks may reach only when allowed
  const deps = createApiDeps(db, { webhookTargets: { allowHosts: ['127.0.0.1'] }, ...overrides });
  await seedDemoTenant(deps);
  const app: FastifyInstance = await createServer({ deps, ...server });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const jobs: JobRunner = jobRunner({
    db,
    handler: createJobHandler(deps),
    clock: deps.clock,
    pollMs: 50,
    background: true,
  });
  jobs.start();
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    deps,
    async close() {
      await app.close();
      await jobs.stop();
      await db.close();
    },
  };
}

/** The admin console's calls over HTTP, as the browser makes them: session cookie and CSRF header. */
export async function adminSession(url: string, login = 'admin') {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantCode: 'demo', login, password: 'Signoff#2026' }),
  });
  if (res.status !== 200) throw new Error(`login as ${login} failed: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('signoff_csrf='))?.slice('signoff_csrf='.length) ?? '';
  const cookie = cookies.join('; ');
  return async function mutate<T>(procedure: string, input: unknown): Promise<T> {
    const r = await fetch(`${url}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify(input),
    });
    const body = (await r.json()) as { result?: { data: T }; error?: unknown };
    if (!body.result) throw new Error(`${procedure} failed: ${JSON.stringify(body.error)}`);
    return body.result.data;
  };
}

export interface ReceivedHook {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: { id: string; event: string; at: string; data: Record<string, unknown> };
}

/** A webhook receiver on 127.0.0.1 that keeps every delivery as it came. */
export async function webhookReceiver() {
  const received: ReceivedHook[] = [];
  const server: Server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) as ReceivedHook['body'] });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/signoff`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a receiver does: recompute the HMAC over `timestamp.body` and compare in constant time. */
export function signatureIsValid(secret: string, hook: ReceivedHook): boolean {
  const timestamp = String(hook.headers['x-signoff-timestamp'] ?? '');
  const given = Buffer.from(String(hook.headers['x-signoff-signature'] ?? ''));
  const expected = Buffer.from(
    `sha256=${createHmac('sha256', secret).update(`${timestamp}.${hook.raw}`).digest('hex')}`,
  );
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Polls until `check` holds, failing with `what` after the deadline (no fixed sleeps). */
export async function eventually<T>(what: string, check: () => T | undefined | false, deadlineMs = 30_000) {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Json = Record<string, unknown>;

/**
 * Checks an answer against what the OpenAPI document declares for that operation and status:
 * the status must be documented, and the JSON body must match its schema.
 */
export function documentChecker(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  // the whole document under one id, so the operations' `#/components/...` refs resolve
  ajv.addSchema({ ...document, $id: 'urn:signoff:openapi' });
  const cache = new Map<string, ValidateFunction>();
  const deref = (node: Json): Json => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
    let at: unknown = document;
    for (const key of ref.slice(2).split('/')) at = (at as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    return deref(at as Json);
  };
  return function check(method: string, pathTemplate: string, status: number, body: unknown): string[] {
    const key = `${method} ${pathTemplate} ${status}`;
    let validate = cache.get(key);
    if (!validate) {
      const paths = document.paths as Record<string, Record<string, Json>>;
      const operation = paths[pathTemplate]?.[method.toLowerCase()];
      if (!operation) return [`${method} ${pathTemplate} is not in the document`];
      const responses = operation.responses as Record<string, Json>;
      const declared = responses[String(status)];
      if (!declared) return [`${key}: status ${status} is not documented`];
      const content = deref(declared).content as Record<string, { schema?: Json }> | undefined;
      const schema = content?.['application/json']?.schema;
      if (!schema) return [`${key}: no JSON schema documented`];
      const rewritten = JSON.parse(
        JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"urn:signoff:openapi#/'),
      ) as Json;
      validate = ajv.compile(rewritten);
      cache.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  };
}
