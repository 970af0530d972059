import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, logIn, logOut, newPage, PHONE, pickOption, shot } from './browser';
import { callApi } from './desk-steps';
import { startSignoff, type RunningServer } from './server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSignoff();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const rowsOnMyRequests = async (page: Page): Promise<number> => {
  await page.goto(`${server.baseUrl}/requests`);
  await page.locator('.ant-table').waitFor();
  await page.waitForLoadState('networkidle');
  return page.locator('.signoff-request-row').count();
};

async function openLeaveForm(page: Page): Promise<void> {
  await page.goto(`${server.baseUrl}/`);
  await page.getByTestId('form-card-leave').click();
  await page.locator('#reason').waitFor();
}

async function approveFromInbox(
  page: Page,
  serialNo: string,
  comment: string,
  screenshot?: string,
): Promise<void> {
  await page.getByTestId('nav-/inbox').click();
  const row = page.locator('.signoff-request-row', { hasText: serialNo });
  await row.waitFor();
  if (screenshot) await shot(page, screenshot);
  await row.click();
  await page.getByTestId('action-approve').click();
  await page.locator('.ant-modal textarea').fill(comment);
  await page.locator('.ant-modal .ant-btn-primary').click();
  await page.getByTestId('action-approve').waitFor({ state: 'detached' });
}

describe('leave request, end to end', () => {
  it('refuses a request without a reason and creates nothing', async () => {
    const page = await newPage(browser, DESKTOP);
    await logIn(page, server.baseUrl, 'zhang.san');
    const before = await rowsOnMyRequests(page);

    await openLeaveForm(page);
    await pickOption(page, 'type', '事假');
    await page.locator('#days').fill('3');
    await page.getByTestId('submit-form').click();
    await expect.poll(() => page.getByText('「请假事由」为必填项').count()).toBe(1);
    expect(page.url()).toContain('/apply/');

    // the server refuses it too, field by field, when the browser's checks are bypassed
    const refused = await page.evaluate(async () => {
      const csrf = /(?:^|;\s*)signoff_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const templateId = decodeURIComponent(location.pathname.split('/').pop() ?? '');
      const res = await fetch('/trpc/instances.submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ templateId, data: { type: '事假', days: 3 } }),
      });
      return {
        status: res.status,
        body: (await res.json()) as {
          error?: { data?: { appError?: { code: string; fieldErrors?: { path: string }[] } } };
        },
      };
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data?.appError?.code).toBe('validation_failed');
    expect(refused.body.error?.data?.appError?.fieldErrors?.map((f) => f.path)).toContain('reason');

    expect(await rowsOnMyRequests(page)).toBe(before);
    await page.context().close();
  });

  it('goes from the applicant through the department head and the leader to approved', async () => {
    const page = await newPage(browser, DESKTOP);

    // applicant
    await logIn(page, server.baseUrl, 'zhang.san', 'login-1280');
    await shot(page, 'apply-1280');
    await openLeaveForm(page);
    await pickOption(page, 'type', '事假');
    await page.locator('#days').fill('3');
    await page.locator('#reason').fill('家中有事，需回老家三天');
    await shot(page, 'form-1280');
    await page.getByTestId('submit-form').click();
    await page.waitForURL(/\/requests\/[^/]+$/);
    const serialNo = (await page.getByTestId('serial-no').innerText()).trim();
    expect(serialNo).not.toBe('');
    expect(await page.getByTestId('status-tag').innerText()).toBe('审批中');
    await logOut(page, server.baseUrl);

    // department head
    await logIn(page, server.baseUrl, 'li.si');
    await approveFromInbox(page, serialNo, '同意，注意交接工作', 'inbox-1280');
    await logOut(page, server.baseUrl);

    // supervising leader: three days or more also need them
    await logIn(page, server.baseUrl, 'wang.wu');
    await approveFromInbox(page, serialNo, '同意');
    await logOut(page, server.baseUrl);

    // back to the applicant: finished, with its history
    await logIn(page, server.baseUrl, 'zhang.san');
    await page.getByTestId('nav-/requests').click();
    await page.locator('.signoff-request-row', { hasText: serialNo }).click();
    await expect.poll(() => page.getByTestId('status-tag').innerText()).toBe('已通过');
    await expect.poll(() => page.getByTestId('timeline-approved').count()).toBe(2);
    expect(await page.getByTestId('timeline-submitted').count()).toBe(1);
    expect(await page.getByTestId('timeline-finished').count()).toBe(1);
    await expect.poll(() => page.getByTestId('history').innerText()).toContain('注意交接工作');
    await shot(page, 'detail-1280');

    // the same in English
    await page.getByTestId('language-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('status-tag').innerText()).toBe('Approved');
    await shot(page, 'detail-1280-en');
    await page.getByTestId('language-switch').getByText('中').click();
    await page.context().close();
  });

  it('works on a phone-sized screen', async () => {
    const page = await newPage(browser, PHONE);
    await logIn(page, server.baseUrl, 'zhang.san', 'login-390');
    await shot(page, 'apply-390');
    await openLeaveForm(page);
    await pickOption(page, 'type', '病假');
    await page.locator('#days').fill('1');
    await page.locator('#reason').fill('感冒发烧');
    // nothing sticks out sideways: every field fits the phone's width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'form-390');
    await page.getByTestId('submit-form').click();
    await page.waitForURL(/\/requests\/[^/]+$/);
    const serialNo = (await page.getByTestId('serial-no').innerText()).trim();
    await page.getByTestId('nav-/requests').click();
    await page.locator('.signoff-list-item', { hasText: serialNo }).waitFor();
    await shot(page, 'requests-390');
    await logOut(page, server.baseUrl);

    await logIn(page, server.baseUrl, 'li.si');
    await page.getByTestId('nav-/inbox').click();
    await page.locator('.signoff-list-item', { hasText: serialNo }).waitFor();
    await shot(page, 'inbox-390');
    await page.locator('.signoff-list-item', { hasText: serialNo }).click();
    await page.getByTestId('action-approve').waitFor();
    await shot(page, 'detail-390');
    // no horizontal scrolling on a phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  // issue 16, input fuzz: markup stored by an applicant (or an attacker with a session) is shown to
  // the approver as the text it is, never parsed: no element, no handler run
  it('shows markup in a stored reason and comment as text to the approver', async () => {
    const markup =
      '<img src=x onerror="window.__xss=1"><b id="injected">加粗</b><script>window.__xss=2</script>';
    const applicant = await newPage(browser, DESKTOP);
    await logIn(applicant, server.baseUrl, 'zhang.san');
    const forms = await callApi<{ key: string; templateId: string }[]>(
      applicant,
      'forms.listPublished',
      undefined,
      'query',
    );
    const templateId = forms.find((f) => f.key === 'leave')?.templateId;
    const submitted = await callApi<{ id: string; serialNo: string }>(applicant, 'instances.submit', {
      templateId,
      data: { type: '事假', days: 1, reason: markup },
    });
    await callApi(applicant, 'actions.comment', { instanceId: submitted.id, text: markup });
    await applicant.context().close();

    const approver = await newPage(browser, DESKTOP);
    const dialogs: string[] = [];
    approver.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await logIn(approver, server.baseUrl, 'li.si');
    await approver.goto(`${server.baseUrl}/requests/${submitted.id}`);
    await approver.getByTestId('detail-title').waitFor();
    await expect.poll(() => approver.getByText(markup, { exact: true }).count()).toBeGreaterThanOrEqual(2);
    await shot(approver, 'stored-markup-1280');
    expect(await approver.locator('#injected, img[src="x"]').count()).toBe(0);
    expect(await approver.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await approver.context().close();
  });
});
