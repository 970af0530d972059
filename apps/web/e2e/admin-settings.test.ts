import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, logIn, newPage, shot } from './browser';
import { as, callApi, steadyBox } from './desk-steps';
import { newRouteFlow } from './designer-steps';
import { startSignoff, type RunningServer } from './server';

/** The tenant's calendar day (China, UTC+8) of an instant: the engine counts working days in it. */
const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

type InboxPage = { items: { serialNo: string; task: { dueAt: string | null } | null }[] };

/** A test event is answered 202, so the log's response code is seen to be the receiver's own. */
const TEST_EVENT_STATUS = 202;

/** A receiver in the test: every POST is kept, and answered 200 (a test event: 202). */
async function receiver(): Promise<{ url: string; bodies: string[]; close: () => Promise<void> }> {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.statusCode = req.headers['x-signoff-event'] === 'webhook.test' ? TEST_EVENT_STATUS : 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, bodies, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('the admin console: settings, audit log, integrations', () => {
  let server: RunningServer;
  let browser: Browser;
  let hook: Awaited<ReturnType<typeof receiver>>;
  let admin: Page;
  let templateId = '';

  beforeAll(async () => {
    [server, browser, hook] = await Promise.all([startSignoff(), launchBrowser(), receiver()]);
    // not `as()`: its screenshot-on-failure hook belongs to a test, and this page serves all three
    admin = await newPage(browser, DESKTOP);
    await logIn(admin, server.baseUrl, 'admin');
    // a form whose one step has a time limit in working days, the only kind the calendar moves
    const key = 'w4_due';
    const route = newRouteFlow(key);
    const saved = await callApi<{ templateId: string }>(admin, 'forms.saveDraft', {
      key,
      title: { zh: '日历测试', en: 'Calendar check' },
      serialPrefix: 'RL',
      draft: {
        model: {
          modelVersion: 1,
          key,
          title: { zh: '日历测试', en: 'Calendar check' },
          fields: [{ key: 'note', type: 'text', label: { zh: '说明', en: 'Note' } }],
        },
        // the smallest route, its one step given a limit of one working day
        flow: {
          ...route,
          nodes: route.nodes.map((n) => (n.id === 'head' ? { ...n, timeLimit: { workingDays: 1 } } : n)),
        },
      },
    });
    templateId = saved.templateId;
    await callApi(admin, 'forms.publish', { templateId });
  });
  afterAll(async () => {
    await browser?.close();
    await hook?.close();
    await server?.stop();
  });

  const submit = async (note: string) => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    const { serialNo } = await callApi<{ serialNo: string }>(zhang, 'instances.submit', {
      templateId,
      data: { note },
    });
    await zhang.context().close();
    return serialNo;
  };

  it('creates a webhook to a local receiver and shows its delivery with the response code', async () => {
    await admin.goto(`${server.baseUrl}/admin/integrations`);
    await admin.getByRole('tab', { name: 'Webhook' }).click();
    await admin.getByTestId('webhook-create').click();
    await admin.getByTestId('webhook-url').fill(hook.url);
    await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
    // the signing secret is shown once
    const secret = (await admin.getByTestId('secret-once').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await admin.getByRole('button', { name: '我已保存' }).click();
    await expect
      .poll(() => admin.getByTestId('webhooks-panel').getByText(hook.url).count())
      .toBeGreaterThan(0);

    const serialNo = await submit('webhook');
    await expect.poll(() => hook.bodies.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(hook.bodies.some((b) => b.includes('instance.submitted'))).toBe(true);

    await admin.getByTestId('webhook-log').first().click();
    const log = admin.getByTestId('deliveries');
    await expect
      .poll(
        async () => {
          await log.getByTestId('deliveries-refresh').click();
          return log.locator('[data-status="delivered"]').count();
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    expect(await log.getByTestId('delivery-code').first().innerText()).toBe('200');
    await log.getByText('instance.submitted').first().waitFor();
    // the drawer slides in: the picture waits until it has stopped
    await steadyBox(log.getByTestId('deliveries-refresh'));
    await shot(admin, 'admin-integrations-deliveries-1280');
    await admin.keyboard.press('Escape');
    expect(serialNo).toMatch(/^RL/);

    // "send a test event": queued like a real one, then followed in the log without a refresh
    // until the receiver has answered
    await admin.getByTestId('webhook-test').first().click();
    const testRow = log.locator('tr', { hasText: 'webhook.test' });
    await expect
      .poll(() => testRow.locator('[data-status="delivered"]').count(), { timeout: 30_000 })
      .toBe(1);
    expect(await testRow.getByTestId('delivery-code').innerText()).toBe(String(TEST_EVENT_STATUS));
    const testBody = hook.bodies.find((b) => b.includes('"webhook.test"'));
    expect(JSON.parse(testBody ?? '{}')).toMatchObject({
      event: 'webhook.test',
      data: { message: expect.any(String) as string },
    });
    await steadyBox(testRow);
    await shot(admin, 'admin-integrations-test-event-1280');
    await admin.keyboard.press('Escape');

    // switched off, the hook gets no delivery for a request filed now: the delivery would be
    // written in the request's own transaction, so the log right after the submit tells
    const [made] = await callApi<{ id: string }[]>(admin, 'integrations.webhooks', {}, 'query');
    const logged = async () =>
      (await callApi<unknown[]>(admin, 'integrations.deliveries', { webhookId: made?.id }, 'query')).length;
    const toggle = admin.getByTestId('webhook-active').first();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await admin.getByTestId('webhook-test').first().isDisabled()).toBe(true);
    const deliveriesBefore = await logged();
    expect(deliveriesBefore).toBe(2);
    await submit('while the hook is off');
    expect(await logged()).toBe(deliveriesBefore);
    await admin.getByTestId('webhook-log').first().click();
    await log.getByText('webhook.test').waitFor();
    expect(await log.getByTestId('delivery-status').count()).toBe(deliveriesBefore);
    await admin.keyboard.press('Escape');
    await log.waitFor({ state: 'hidden' });
    await shot(admin, 'admin-integrations-webhooks-1280');

    // an API token: created with its secret shown once, then revoked
    await admin.getByRole('tab', { name: 'API 令牌' }).click();
    await admin.getByTestId('token-create').click();
    await admin.getByLabel('名称').fill('ERP');
    // read and submit come ticked; this token also acts for users
    await admin.getByTestId('token-scopes').getByText('以指定用户身份同意').click();
    await steadyBox(admin.getByTestId('token-scopes'));
    await shot(admin, 'admin-integrations-new-token-1280');
    await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
    expect((await admin.locator('[data-testid="secret-once"]:visible').innerText()).trim()).toMatch(/^so_/);
    await admin.getByRole('button', { name: '我已保存' }).click();
    const erp = admin.getByTestId('tokens-panel').locator('tr', { hasText: 'ERP' });
    await erp.waitFor();
    expect(await erp.getByTestId('token-scope-tags').locator('[data-scope]').allInnerTexts()).toEqual([
      'read',
      'submit',
      'act-for-users',
    ]);
    expect(await admin.getByTestId('openapi-link').getAttribute('href')).toBe('/api/v1/openapi.json');
    expect(await admin.getByTestId('api-docs-link').getAttribute('href')).toBe('/api/v1/docs');
    await shot(admin, 'admin-integrations-1280');
  });

  it('a holiday set on the calendar moves the due time of a task opened after it, as the desk shows', async () => {
    const li = await as(browser, server.baseUrl, DESKTOP, 'li.si');
    const dueOf = async (serialNo: string) => {
      const res = await callApi<InboxPage>(li, 'inbox.search', { box: 'todo', q: serialNo }, 'query');
      return res.items.find((i) => i.serialNo === serialNo)?.task?.dueAt ?? '';
    };
    const before = await submit('before the holiday');
    const dueBefore = await dueOf(before);
    expect(dueBefore).not.toBe('');
    const holiday = chinaDay(dueBefore);

    // the admin makes the day the first task is due a holiday, on the calendar
    await admin.goto(`${server.baseUrl}/admin/settings`);
    const day = admin.getByTestId('work-calendar').locator(`[data-date="${holiday}"]`);
    await day.click();
    await expect.poll(() => day.getAttribute('data-state')).toBe('holiday');
    await admin.getByTestId('holiday-list').getByText(holiday).waitFor();
    await admin.getByTestId('settings-save').click();
    await admin.getByText('设置已保存').waitFor();
    const saved = await callApi<{ holidays: string[] }>(admin, 'settings.get', {}, 'query');
    expect(saved.holidays).toContain(holiday);
    await shot(admin, 'admin-settings-1280');

    // a task opened now skips the holiday: due at the same time of day on a later working day
    const after = await submit('after the holiday');
    const dueAfter = await dueOf(after);
    expect(chinaDay(dueAfter) > holiday).toBe(true);
    expect(Date.parse(dueAfter) - Date.parse(dueBefore)).toBeGreaterThanOrEqual(23 * 3_600_000);
    // the task opened before keeps the due time it got (the engine fixes it when the task opens)
    expect(await dueOf(before)).toBe(dueBefore);

    // the approval centre shows the two deadlines a day apart
    await li.goto(`${server.baseUrl}/inbox`);
    const table = li.getByTestId('inbox-table');
    const rowText = (serial: string) => table.locator('tr', { hasText: serial }).innerText();
    await table.getByText(after).waitFor();
    const [textBefore, textAfter] = [await rowText(before), await rowText(after)];
    expect(textAfter).toMatch(/剩余/);
    expect(textAfter).not.toBe(textBefore);
    await li.context().close();
  });

  it('lists the audit trail with filters and detail, verifies the chain as intact, and exports it', async () => {
    await admin.goto(`${server.baseUrl}/admin/audit`);
    // the job loop seals new entries within about a second (docs/runtime.md, Audit): the detail
    // below shows a sealed entry's hash, so wait for the chain to have nothing left to seal
    await expect
      .poll(
        () =>
          admin.evaluate(async () => {
            const res = await fetch('/trpc/audit.verify');
            const body = (await res.json()) as { result?: { data?: { unsealed?: number } } };
            return body.result?.data?.unsealed;
          }),
        { timeout: 15_000 },
      )
      .toBe(0);
    const page = admin.getByTestId('admin-audit');
    await page.locator('.admin-audit-row').first().waitFor();
    // the action filter keeps only the settings change this test made
    await page.getByLabel('操作', { exact: true }).fill('settings.');
    await expect
      .poll(async () =>
        (await page.locator('.admin-audit-row').allInnerTexts()).every((t) => t.includes('settings.update')),
      )
      .toBe(true);
    expect(await page.locator('.admin-audit-row').count()).toBe(1);
    await page.locator('.admin-audit-row').first().click();
    const detail = admin.getByTestId('audit-detail');
    expect(await detail.getByTestId('audit-data').innerText()).toContain('"holidays"');
    expect((await detail.getByTestId('audit-hash').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
    await steadyBox(detail.getByTestId('audit-hash'));
    await shot(admin, 'admin-audit-detail-1280');
    await admin.keyboard.press('Escape');
    await admin.getByRole('button', { name: '清除筛选' }).click();

    await admin.getByTestId('audit-verify').click();
    const verdict = admin.getByTestId('audit-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    expect(await verdict.innerText()).toMatch(/哈希链完整/);

    const download = admin.waitForEvent('download');
    await admin.getByTestId('audit-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    await shot(admin, 'admin-audit-1280');
  });
});
