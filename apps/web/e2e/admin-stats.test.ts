import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, shot } from './browser';
import { as, callApi } from './desk-steps';
import { startSignoff, type RunningServer } from './server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // the test clock lets two hours pass between filing and deciding, so durations are not zero
  server = await startSignoff({ testClock: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface LeaveFigures {
  submitted: number;
  finished: number;
  approved: number;
  rejected: number;
  running: number;
  avgHours: number | null;
}

const month = () => new Date().toISOString().slice(0, 7);
const ZERO: LeaveFigures = {
  submitted: 0,
  finished: 0,
  approved: 0,
  rejected: 0,
  running: 0,
  avgHours: null,
};

/** What the server counts for the leave form this month, to compare the page with. */
async function leaveFigures(admin: Page): Promise<LeaveFigures> {
  const from = `${month()}-01T00:00:00.000Z`;
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const o = await callApi<{ templates: (LeaveFigures & { templateKey: string })[] }>(
    admin,
    'stats.overview',
    { from, to },
    'query',
  );
  return o.templates.find((x) => x.templateKey === 'leave') ?? ZERO;
}

/** How many of a canvas's pixels are drawn on: an empty ECharts canvas is all transparent. */
async function inkedPixels(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('canvas')
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
}

describe('statistics, the usage report and the supervision overview', () => {
  it('shows the requests just filed in the charts, the tables, the monthly report and the overview', async () => {
    const early = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const before = await leaveFigures(early);
    await early.context().close();

    // four one-day leave requests: the head approves two, rejects one and leaves one waiting
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    const forms = await callApi<{ key: string; templateId: string }[]>(
      zhang,
      'forms.listPublished',
      undefined,
      'query',
    );
    const leave = forms.find((f) => f.key === 'leave')?.templateId ?? '';
    for (let i = 0; i < 4; i++)
      await callApi(zhang, 'instances.submit', {
        templateId: leave,
        data: { type: '事假', days: 1, reason: `统计 ${i}` },
      });
    await zhang.context().close();
    await server.advanceClock(2);
    const li = await as(browser, server.baseUrl, DESKTOP, 'li.si');
    const liId = (await callApi<{ user: { id: string } }>(li, 'auth.me', undefined, 'query')).user.id;
    const todo = await callApi<{ items: { task?: { id: string } }[] }>(
      li,
      'inbox.search',
      { box: 'todo' },
      'query',
    );
    const [a, b, c] = todo.items.map((x) => x.task?.id ?? '');
    await callApi(li, 'actions.approve', { taskId: a });
    await callApi(li, 'actions.approve', { taskId: b });
    await callApi(li, 'actions.reject', { taskId: c, reason: '人手不足' });
    await li.context().close();
    // after two idle hours the first session is over: the admin logs in again
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const after = await leaveFigures(admin);
    expect(after).toMatchObject({
      submitted: before.submitted + 4,
      approved: before.approved + 2,
      rejected: before.rejected + 1,
      finished: before.finished + 3,
    });

    await admin.goto(`${server.baseUrl}/admin/stats`);
    const row = admin.getByTestId('stats-templates').locator('tbody tr', { hasText: '请假申请' });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 6)).toEqual([
      '请假申请',
      String(after.submitted),
      String(after.finished),
      String(after.approved),
      String(after.rejected),
      String(after.running),
    ]);
    // two hours passed before each decision: the mean is at least that, shown as the server counts it
    expect(after.avgHours).toBeGreaterThanOrEqual(2);
    expect(cells[6]).toBe(String(Math.round((after.avgHours ?? 0) * 10) / 10));
    for (const chart of ['chart-requests', 'chart-duration', 'chart-rates'])
      await expect.poll(() => inkedPixels(admin, chart), { message: chart }).toBeGreaterThan(500);
    // the head's step is ranked among the bottlenecks with the task still open there
    const head = admin.getByTestId('stats-bottlenecks').locator('tbody tr', { hasText: '部门负责人审批' });
    expect(await head.count()).toBeGreaterThan(0);
    // the streamed workbook behind the export button answers with a real .xlsx
    const href = (await admin.getByTestId('stats-export-xlsx').getAttribute('href')) ?? '';
    const download = await admin.evaluate(async (url) => {
      const res = await fetch(url);
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        bytes: (await res.arrayBuffer()).byteLength,
      };
    }, href);
    expect(download.status).toBe(200);
    expect(download.type).toContain('spreadsheetml');
    expect(download.bytes).toBeGreaterThan(1000);
    await shot(admin, 'admin-stats-1280');

    await admin.goto(`${server.baseUrl}/admin/usage?month=${month()}`);
    const submitted = admin.getByTestId('usage-submitted').locator('.ant-statistic-content-value');
    await submitted.waitFor();
    const monthEnd = new Date(
      Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 1),
    ).toISOString();
    const usage = await callApi<{ months: { month: string; submitted: number }[] }>(
      admin,
      'stats.overview',
      { from: `${month()}-01T00:00:00.000Z`, to: monthEnd },
      'query',
    );
    const thisMonth = usage.months.find((m) => m.month === month())?.submitted ?? 0;
    expect(thisMonth).toBeGreaterThanOrEqual(after.submitted);
    expect(Number(await submitted.textContent())).toBe(thisMonth);
    expect(await admin.getByTestId('usage-top').locator('tbody tr', { hasText: '请假申请' }).count()).toBe(1);
    await shot(admin, 'admin-usage-1280');
    // on paper: the report alone, without the console's menu, header and buttons
    await admin.emulateMedia({ media: 'print' });
    expect(await admin.locator('.admin-sider').isVisible()).toBe(false);
    expect(await admin.getByTestId('usage-print').isVisible()).toBe(false);
    expect(await admin.getByTestId('usage-submitted').isVisible()).toBe(true);
    await shot(admin, 'admin-usage-print-1280');
    await admin.emulateMedia({ media: 'screen' });

    await callApi(admin, 'templates.setSupervisors', { templateId: leave, userIds: [liId] });
    await admin.goto(`${server.baseUrl}/admin/supervision`);
    const leaveRow = admin
      .getByTestId('supervision-overview-table')
      .locator('tbody tr', { hasText: '请假申请' });
    await leaveRow.waitFor();
    const sup = await callApi<{ templateKey: string; open: number }[]>(
      admin,
      'stats.supervision',
      undefined,
      'query',
    );
    const leaveOpen = sup.find((x) => x.templateKey === 'leave')?.open ?? 0;
    // at least the one request li.si left waiting
    expect(leaveOpen).toBeGreaterThanOrEqual(1);
    expect(Number(await leaveRow.locator('td').nth(2).textContent())).toBe(leaveOpen);
    expect(await leaveRow.locator('td').nth(1).textContent()).toBe('李四');
    await shot(admin, 'admin-supervision-1280');
    await admin.context().close();
  });
});
