import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertWebhook, runNextJob, withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { createJobHandler } from '../notifications/job-handler.js';
import { createTenant } from '../tenants/tenant-admin.js';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const errorOf = (e: unknown) => toAppErrorData((e as Error).cause);

/** A receiver that keeps every body and answers with `status`. */
async function receiver(status: number) {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, bodies, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testBackends())('webhooks in the console: on/off and a test event, on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
  });
  afterAll(() => h.t.dispose());

  const runJobs = async () => {
    const handler = createJobHandler(h.deps);
    for (;;) {
      const o = await runNextJob(h.t.db, h.deps.clock(), handler);
      if (o.kind === 'idle') return;
    }
  };
  const submitLeave = async (reason: string) => {
    const zhang = h.browser();
    await zhang.login('zhang.san');
    const api = await zhang.api();
    const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
    if (!leave) throw new Error('no leave form');
    return api.instances.submit({ templateId: leave.templateId, data: { type: '事假', days: 1, reason } });
  };

  it('sends nothing to a hook switched off, and resumes once it is back on', async () => {
    const hook = await receiver(200);
    const api = await admin.api();
    const made = await api.integrations.createWebhook({ url: hook.url, events: ['instance.submitted'] });

    expect(await api.integrations.setWebhookActive({ id: made.id, active: false })).toEqual({
      id: made.id,
      active: false,
    });
    expect((await api.integrations.webhooks()).find((w) => w.id === made.id)?.active).toBe(false);
    await submitLeave('停用期间');
    await runJobs();
    expect(hook.bodies).toHaveLength(0);
    expect(await api.integrations.deliveries({ webhookId: made.id })).toEqual([]);

    await api.integrations.setWebhookActive({ id: made.id, active: true });
    await submitLeave('重新启用');
    await runJobs();
    expect(hook.bodies).toHaveLength(1);
    expect(await api.integrations.deliveries({ webhookId: made.id })).toMatchObject([
      { event: 'instance.submitted', status: 'delivered' },
    ]);

    const audited = await api.audit.list({ action: 'integrations.setWebhookActive' });
    expect(audited.map((r) => r.subject)).toEqual([made.id, made.id]);
    await api.integrations.deleteWebhook({ id: made.id });
    await hook.close();
  });

  it('gives up the pending retries of a hook switched off, and sends them no more', async () => {
    const hook = await receiver(500);
    const api = await admin.api();
    const made = await api.integrations.createWebhook({ url: hook.url, events: ['instance.submitted'] });
    await submitLeave('接收方故障');
    await runJobs();
    expect(await api.integrations.deliveries({ webhookId: made.id })).toMatchObject([
      { status: 'pending', attempts: 1, responseStatus: 500 },
    ]);
    await api.integrations.setWebhookActive({ id: made.id, active: false });
    expect(await api.integrations.deliveries({ webhookId: made.id })).toMatchObject([
      { status: 'failed', attempts: 1, lastError: 'webhook turned off' },
    ]);
    // the retry that was queued falls due, and finds nothing to send
    h.advance(10 * 60_000);
    await runJobs();
    expect(hook.bodies).toHaveLength(1);
    await admin.login('admin');
    await (await admin.api()).integrations.deleteWebhook({ id: made.id });
    await hook.close();
  });

  it("sends a test event to that hook only, logged with attempts and the receiver's response code", async () => {
    const [tested, bystander] = await Promise.all([receiver(202), receiver(200)]);
    const api = await admin.api();
    const one = await api.integrations.createWebhook({ url: tested.url, events: ['instance.submitted'] });
    const two = await api.integrations.createWebhook({ url: bystander.url, events: ['*'] });

    const { deliveryId } = await api.integrations.testWebhook({ id: one.id });
    // queued, not sent inside the admin's request: the job queue sends it, as it does real ones
    expect(await api.integrations.deliveries({ webhookId: one.id })).toMatchObject([
      { id: deliveryId, event: 'webhook.test', status: 'pending', attempts: 0 },
    ]);
    await runJobs();

    expect(await api.integrations.deliveries({ webhookId: one.id })).toMatchObject([
      { id: deliveryId, event: 'webhook.test', status: 'delivered', attempts: 1, responseStatus: 202 },
    ]);
    expect(tested.bodies).toHaveLength(1);
    expect(JSON.parse(tested.bodies[0] ?? '{}')).toMatchObject({
      id: deliveryId,
      event: 'webhook.test',
      at: expect.any(String) as string,
      data: { webhookId: one.id, message: expect.stringContaining('test event') as string },
    });
    // a hook subscribed to every event still gets no test event meant for another
    expect(bystander.bodies).toHaveLength(0);
    expect(await api.integrations.deliveries({ webhookId: two.id })).toEqual([]);

    const audited = await api.audit.list({ action: 'integrations.testWebhook' });
    expect(audited).toMatchObject([{ subject: one.id }]);
    await Promise.all([tested.close(), bystander.close()]);
  });

  it('refuses a test event to a hook that is off, and changes nothing', async () => {
    const api = await admin.api();
    const made = await api.integrations.createWebhook({ url: 'http://127.0.0.1:9/off', events: ['*'] });
    await api.integrations.setWebhookActive({ id: made.id, active: false });
    const e = errorOf(await api.integrations.testWebhook({ id: made.id }).catch((x: unknown) => x));
    expect(e).toMatchObject({ code: 'conflict' });
    expect(e.message.zh).toContain('已停用');
    expect(e.message.en).toContain('turned off');
    expect(await api.integrations.deliveries({ webhookId: made.id })).toEqual([]);
  });

  it("answers an unknown id and another company's hook with the same clear not-found", async () => {
    const other = await createTenant(h.deps, { code: 'hooks-other', name: '别家公司' });
    const foreignId = 'hook-of-another-company';
    await withTenant(h.t.db, other.tenantId, (tx) =>
      insertWebhook(tx, other.tenantId, {
        id: foreignId,
        url: 'http://127.0.0.1:9/theirs',
        secret: 'theirs',
        events: ['*'],
        active: true,
        createdAt: new Date().toISOString(),
      }),
    );
    const api = await admin.api();
    for (const id of [foreignId, 'no-such-hook']) {
      for (const call of [
        () => api.integrations.testWebhook({ id }),
        () => api.integrations.setWebhookActive({ id, active: false }),
      ]) {
        const e = errorOf(await call().catch((x: unknown) => x));
        expect(e).toMatchObject({
          code: 'not_found',
          message: { zh: 'Webhook不存在', en: 'The webhook was not found' },
        });
      }
    }
    // the other company's hook is untouched: still on, nothing queued for it
    const [row] = await withTenant(h.t.db, other.tenantId, (tx) =>
      tx.query<{ active: boolean; deliveries: number }>(
        `SELECT w.active, (SELECT count(*)::int FROM webhook_deliveries d WHERE d.tenant_id = w.tenant_id AND d.webhook_id = w.id) AS deliveries
         FROM webhooks w WHERE w.tenant_id = $1 AND w.id = $2`,
        [other.tenantId, foreignId],
      ),
    );
    expect(row).toEqual({ active: true, deliveries: 0 });
  });

  it('refuses a member both procedures', async () => {
    const hookId = (await (await admin.api()).integrations.webhooks())[0]?.id ?? 'none';
    const member = h.browser();
    await member.login('zhang.san');
    const api = await member.api();
    for (const call of [
      () => api.integrations.testWebhook({ id: hookId }),
      () => api.integrations.setWebhookActive({ id: hookId, active: false }),
    ]) {
      expect(errorOf(await call().catch((x: unknown) => x)).code).toBe('forbidden');
    }
    expect((await (await admin.api()).integrations.webhooks())[0]?.active).toBe(true);
  });

  it('refuses bad input with a clear message', async () => {
    const api = await admin.api();
    const e = errorOf(
      await api.integrations
        .setWebhookActive({ id: '', active: 'yes' as unknown as boolean })
        .catch((x: unknown) => x),
    );
    expect(e.code).toBe('bad_request');
    expect(e.message.zh.length).toBeGreaterThan(0);
    expect(e.message.en.length).toBeGreaterThan(0);
  });
});
