import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '@signoff/db';
import { createJobHandler } from '../notifications/job-handler.js';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { checkWebhookTarget, isPrivateAddress } from './webhook-target.js';
import { postWebhook, PRIVATE_ADDRESS_REFUSED } from './webhook-post.js';

// Issue 16 fix 1: webhooks as a way into the server's own network.
const PRIVATE = [
  'http://127.0.0.1:5432/',
  'http://localhost/',
  'http://2130706433/',
  'http://0x7f000001/',
  'http://[::ffff:127.0.0.1]/',
  'http://169.254.169.254/latest/meta-data',
  'http://10.0.0.1/',
  'http://[::1]/',
  'http://0.0.0.0/',
  'http://100.64.0.1/',
  'http://172.20.1.1/',
  'http://192.168.1.1/',
  'http://224.0.0.1/',
  'http://[fe80::1]/',
  'http://[fd00::1]/',
  'http://[::]/',
  'http://017700000001/',
];

describe('webhook targets', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified addresses in every notation', async () => {
    for (const url of PRIVATE)
      expect(await checkWebhookTarget(url), url).toEqual({ ok: false, reason: 'private_address' });
    for (const url of ['http://93.184.216.34/hook', 'https://[2606:4700:4700::1111]/x'])
      expect(await checkWebhookTarget(url), url).toEqual({ ok: true });
    expect(isPrivateAddress('::ffff:7f00:1')).toBe(true);
  });

  it('refuses a name that resolves to a private address, and lets the operator allow one', async () => {
    const resolve = () => Promise.resolve(['93.184.216.34', '10.1.2.3']);
    expect(await checkWebhookTarget('https://erp.corp.example/hook', { resolve })).toMatchObject({
      ok: false,
    });
    expect(
      await checkWebhookTarget('https://erp.corp.example/hook', {
        resolve,
        allowHosts: ['erp.corp.example'],
      }),
    ).toEqual({ ok: true });
    expect(await checkWebhookTarget('http://127.0.0.1:8080/', { allowHosts: ['127.0.0.1'] })).toEqual({
      ok: true,
    });
  });

  it('refuses to connect to a private address at the moment of connecting (a name resolved just then)', async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits += 1;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await expect(postWebhook(`http://localhost:${port}/`, {}, '{}', {})).rejects.toThrow(
      PRIVATE_ADDRESS_REFUSED,
    );
    expect(hits).toBe(0);
    await expect(
      postWebhook(`http://localhost:${port}/`, {}, '{}', { allowHosts: ['localhost'] }),
    ).resolves.toEqual({
      status: 200,
    });
    expect(hits).toBe(1);
    await new Promise<void>((r) => server.close(() => r()));
  });
});

describe('webhooks to private addresses through the API', () => {
  let h: Harness;
  let admin: TestBrowser;
  beforeAll(async () => {
    h = await createHarness('pglite');
    admin = h.browser();
    await admin.login('admin');
  });
  afterAll(() => h.t.dispose());

  it('refuses to register one, saying only "refused: private address", and stores nothing', async () => {
    const deps = h.deps as { webhookTargets?: unknown };
    const saved = deps.webhookTargets;
    deps.webhookTargets = {};
    try {
      const api = await admin.api();
      for (const url of ['http://127.0.0.1:5432/', 'http://0x7f000001/', 'http://[::ffff:127.0.0.1]/']) {
        const e = await api.integrations.createWebhook({ url, events: ['*'] }).catch((x: unknown) => x);
        const data = toAppErrorData((e as Error).cause);
        expect(data).toMatchObject({ code: 'bad_request', messageKey: 'errors.webhookPrivateAddress' });
        expect(data.message.en).toContain('Refused: private address');
      }
      expect(await api.integrations.webhooks()).toEqual([]);
    } finally {
      deps.webhookTargets = saved;
    }
  });

  it('checks again at delivery: a name that now resolves to 127.0.0.1 gets no request, and the log says why', async () => {
    const deps = h.deps as { webhookTargets?: unknown; fetch?: unknown };
    let address = '93.184.216.34';
    let fetched = 0;
    deps.webhookTargets = { resolve: () => Promise.resolve([address]) };
    const api = await admin.api();
    const hook = await api.integrations.createWebhook({ url: 'http://rebind.example/hook', events: ['*'] });
    address = '127.0.0.1';
    await api.integrations.testWebhook({ id: hook.id });
    const handler = createJobHandler({
      ...h.deps,
      fetch: () => {
        fetched += 1;
        return Promise.resolve(new Response(null, { status: 200 }));
      },
    });
    for (;;) if ((await runNextJob(h.t.db, h.deps.clock(), handler)).kind === 'idle') break;
    expect(fetched).toBe(0);
    expect(await api.integrations.deliveries({ webhookId: hook.id })).toMatchObject([
      { status: 'failed', lastError: PRIVATE_ADDRESS_REFUSED, responseStatus: null },
    ]);
  });
});
