import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, SCREENSHOTS, shot } from './browser';
import {
  as,
  callApi,
  choose,
  confirmDialog,
  decide,
  isPhone,
  openForm,
  openFromInbox,
  PDF_BYTES,
  pickDay,
  seriousViolations,
  startAction,
  steadyBox,
  today,
  type Viewport,
} from './desk-steps';
import { startSignoff, type RunningServer } from './server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // the test clock lets the supervision test make tasks overdue; the other tests never move it
  server = await startSignoff({ testClock: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const RE = 'real-estate';
const size = (v: Viewport) => (v.width < 768 ? '390' : '1280');

/** Fills the real-estate expense claim: three receipts in the detail table, the total with its capitals, a PDF. */
async function fillExpenseClaim(page: Page, tag: string): Promise<void> {
  await openForm(page, server.baseUrl, 're_expense');
  const rows = [
    { kind: '差旅费', amount: '820.50' },
    { kind: '交通费', amount: '64' },
    { kind: '办公费', amount: '350' },
  ];
  for (const [i, row] of rows.entries()) {
    if ((await page.getByTestId('expenses-row').count()) <= i)
      await page.locator('#field-expenses .signoff-table-add').click();
    await pickDay(page, `expenses-${i}-date`, today());
    await choose(page, `expenses-${i}-expenseType`, row.kind);
    await page.locator(`#expenses-${i}-amount`).fill(row.amount);
    await page.locator(`#expenses-${i}-note`).fill(`票据 ${i + 1}`);
  }
  await expect.poll(() => page.getByTestId('expenses-row').count()).toBe(3);
  await page.locator('#totalAmount').fill('1234.50');
  await page.locator('#payee').click();
  await expect
    .poll(() => page.getByTestId('totalAmount-capitals').textContent())
    .toContain('壹仟贰佰叁拾肆元伍角');
  await page.locator('#payee').fill('销售部职员');
  await page
    .getByTestId('attachments-input')
    .setInputFiles({ name: '发票.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
  await page.getByText('发票.pdf').first().waitFor();
  await shot(page, `expense-fill-${tag}`);
}

describe('the approval desk, end to end', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`an expense claim with a three-row table and a receipt goes round, is returned, corrected and paid (${size(viewport)})`, async () => {
      const tag = size(viewport);
      // one applicant per width, so each starts from an empty form
      const applicant = await as(
        browser,
        server.baseUrl,
        viewport,
        viewport === PHONE ? 'staff.sales' : 'staff.eng',
        RE,
      );
      await fillExpenseClaim(applicant, tag);
      await applicant.getByTestId('submit-form').click();
      await applicant.waitForURL(/\/requests\/[^/]+$/);
      const requestUrl = applicant.url();
      const serialNo = (await applicant.getByTestId('serial-no').textContent())?.trim() ?? '';
      expect(serialNo).toMatch(/\d{4}$/);
      await applicant.getByTestId('history').waitFor();
      expect(await seriousViolations(applicant)).toEqual([]);
      await shot(applicant, `expense-submitted-${tag}`);

      // the finance manager approves from the approval centre
      const finMgr = await as(browser, server.baseUrl, viewport, 'fin.mgr', RE);
      await openFromInbox(finMgr, server.baseUrl, serialNo);
      await expect.poll(() => finMgr.getByTestId('route-step-current').count()).toBeGreaterThan(0);
      await decide(finMgr, 'approve', '金额无误');

      // the finance summary returns it to the applicant
      const summary = await as(browser, server.baseUrl, viewport, 'fin.summary', RE);
      await openFromInbox(summary, server.baseUrl, serialNo);
      await startAction(summary, 'return');
      await summary.getByTestId('return-target-start').click();
      await summary.getByTestId('action-text').fill('请补充第三张票据的说明');
      // what fits the screen: a full-page capture resizes the window, which an open dialog does not survive
      await summary.screenshot({ path: `${SCREENSHOTS}expense-return-dialog-${tag}.png` });
      await confirmDialog(summary);
      await expect.poll(() => summary.getByTestId('action-approve').count()).toBe(0);

      // the applicant corrects the note and resubmits
      await applicant.goto(requestUrl);
      await startAction(applicant, 'resubmit');
      const note = applicant.locator('.ant-modal:visible #expenses-2-note');
      await note.fill('打印机墨盒，共两盒');
      await confirmDialog(applicant);
      await expect.poll(() => applicant.getByTestId('action-resubmit').count()).toBe(0);
      await applicant.getByTestId('timeline-resubmitted').waitFor();

      // and the route runs to the end; the summary is asked again after the resubmission
      await openFromInbox(finMgr, server.baseUrl, serialNo);
      await decide(finMgr, 'approve', '同意');
      await openFromInbox(summary, server.baseUrl, serialNo);
      await decide(summary, 'approve', '已汇总');
      const chairman = await as(browser, server.baseUrl, viewport, 'chairman', RE);
      await openFromInbox(chairman, server.baseUrl, serialNo);
      await decide(chairman, 'approve', '同意支付');
      const cashier = await as(browser, server.baseUrl, viewport, 'cashier', RE);
      await openFromInbox(cashier, server.baseUrl, serialNo);
      expect(await cashier.getByTestId('action-done').textContent()).toContain('办理完成');
      await decide(cashier, 'done', '已转账');

      await applicant.goto(requestUrl);
      await expect.poll(() => applicant.getByTestId('status-tag').first().textContent()).toMatch(/通过|完成/);
      expect(await applicant.getByTestId('timeline-returned').textContent()).toContain(
        '请补充第三张票据的说明',
      );
      await shot(applicant, `expense-finished-${tag}`);

      // the print view: company, serial number, the data, and the whole chain with names
      await applicant.goto(`${requestUrl}/print`);
      await applicant.getByTestId('print-sheet').waitFor();
      expect(await applicant.getByTestId('print-serial').textContent()).toContain(serialNo);
      expect(await applicant.getByTestId('print-company').textContent()).toMatch(/\S/);
      const chain = (await applicant.getByTestId('print-chain').textContent()) ?? '';
      for (const step of [
        '财务部经理审核',
        '财务汇总审核',
        '董事长审批',
        '出纳支付',
        '请补充第三张票据的说明',
        '已转账',
      ])
        expect(chain).toContain(step);
      expect(await applicant.getByTestId('print-sheet').textContent()).toContain('打印机墨盒，共两盒');
      await shot(applicant, `expense-print-${tag}`);
      for (const p of [applicant, finMgr, summary, chairman, cashier]) await p.context().close();
    });
  }

  it('the approval centre approves three requests at once and shows each result', async () => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    const forms = await callApi<{ key: string; templateId: string }[]>(
      zhang,
      'forms.listPublished',
      undefined,
      'query',
    );
    const leave = forms.find((f) => f.key === 'leave')?.templateId ?? '';
    /** Three leave requests from this applicant's page, their serial numbers in order. */
    const submitThree = async (page: Page): Promise<string[]> => {
      const out: string[] = [];
      for (const days of [1, 1.5, 2]) {
        const res = await callApi<{ serialNo: string }>(page, 'instances.submit', {
          templateId: leave,
          data: { type: '事假', days, reason: `批量审批 ${days}` },
        });
        out.push(res.serialNo);
      }
      return out;
    };
    let serials = await submitThree(zhang);
    await zhang.context().close();

    for (const viewport of [PHONE, DESKTOP]) {
      if (viewport === DESKTOP) {
        // three more for the desktop run
        const again = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
        serials = await submitThree(again);
        await again.context().close();
      }
      const li = await as(browser, server.baseUrl, viewport, 'li.si');
      await li.goto(`${server.baseUrl}/inbox`);
      const list = li.getByTestId(isPhone(li) ? 'inbox-cards' : 'inbox-table');
      await list.getByText(serials[0] ?? '').waitFor();
      expect(await seriousViolations(li)).toEqual([]);
      if (isPhone(li)) await li.getByTestId('batch-select').click();
      for (const s of serials) {
        const row = list.locator(isPhone(li) ? '[data-testid="request-row"]' : 'tr', { hasText: s }).first();
        // on a phone the card in select mode is the checkbox; on a desktop, the row's box
        if (isPhone(li)) await row.click();
        else await row.locator('.ant-checkbox-input').check();
      }
      await li.getByTestId('batch-approve').click();
      await li.getByTestId('batch-comment').fill('同意，批量处理');
      await li.getByTestId('batch-submit').click();
      await li.getByTestId('batch-summary').waitFor();
      expect(await li.getByTestId('batch-result').count()).toBe(3);
      expect(await li.getByTestId('batch-summary').textContent()).toContain('3');
      await shot(li, `batch-result-${size(viewport)}`);
      await li.getByTestId('batch-close').click();
      for (const s of serials) await expect.poll(() => list.getByText(s).count()).toBe(0);
      await li.context().close();
    }
  });

  it('an approver sees a hidden field stay hidden, a read-only one stay read-only, edits the editable one and approves by signing', async () => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await openForm(zhang, server.baseUrl, 'trip');
    await zhang.locator('#destination').fill('深圳');
    await zhang.locator('#purpose').fill('项目验收');
    await zhang.locator('#privateNote').fill('需要开具增值税专票');
    await zhang.locator('#advance').fill('1500');
    if ((await zhang.getByTestId('itinerary-row').count()) === 0)
      await zhang.locator('#field-itinerary .signoff-table-add').click();
    await choose(zhang, 'itinerary-0-item', '住宿');
    await zhang.locator('#itinerary-0-amount').fill('1200');
    await zhang.locator('#purpose').click();
    await expect.poll(() => zhang.locator('#field-total').textContent()).toContain('1,200');
    // the date range is the one required field left
    await zhang.getByTestId('submit-form').click();
    await expect.poll(() => zhang.locator('#field-period .signoff-field-error').count()).toBe(1);
    // a one-day trip: today tapped as start and as end
    await zhang.locator('#period').click();
    const day = zhang
      .locator(`.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) td[title="${today()}"]`)
      .first();
    await day.click();
    await zhang.waitForTimeout(300);
    await day.click();
    await expect.poll(() => zhang.locator('#field-period .signoff-field-error').count()).toBe(0);
    // axe looks at the form, not at antd's calendar on its way out (its own header buttons fail contrast)
    await expect.poll(() => zhang.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    expect(await seriousViolations(zhang)).toEqual([]);
    await shot(zhang, 'trip-fill-1280');
    await zhang.getByTestId('submit-form').click();
    await zhang.waitForURL(/\/requests\/[^/]+$/);
    const requestUrl = zhang.url();

    const li = await as(browser, server.baseUrl, DESKTOP, 'li.si');
    await li.goto(requestUrl);
    await li.getByTestId('detail-title').waitFor();
    expect(await li.getByText('需要开具增值税专票').count()).toBe(0);
    expect(await li.locator('#field-privateNote, #privateNote').count()).toBe(0);
    // the destination is shown as text, not as an input
    expect(await li.locator('input#destination').count()).toBe(0);
    expect(await li.getByText('深圳').count()).toBeGreaterThan(0);
    await li.locator('#advance').fill('1000');
    expect(await seriousViolations(li)).toEqual([]);
    await shot(li, 'trip-approver-1280');
    await startAction(li, 'approve');
    const canvas = li.getByTestId('signature-canvas');
    const box = await steadyBox(canvas);
    await li.mouse.move(box.x + 20, box.y + box.height / 2);
    await li.mouse.down();
    for (let x = 20; x < Math.min(220, box.width - 10); x += 20)
      await li.mouse.move(box.x + x, box.y + box.height / 2 + (x % 40 === 0 ? 15 : -15));
    await li.mouse.up();
    await li.getByTestId('signature-confirm').click();
    await li.getByTestId('signature-chosen').waitFor();
    await li.screenshot({ path: `${SCREENSHOTS}trip-sign-1280.png` });
    await confirmDialog(li);
    await expect.poll(() => li.getByTestId('action-approve').count()).toBe(0);
    await li.getByTestId('timeline-signature').first().waitFor();
    expect(await li.getByTestId('timeline-changed').first().textContent()).toContain('预支金额');

    await zhang.goto(requestUrl);
    await zhang.getByTestId('form-data-view').waitFor();
    expect(await zhang.getByTestId('form-data-view').textContent()).toContain('1,000');
    await zhang.context().close();
    await li.context().close();
  });

  // last: it moves the server's clock forward by nine hours
  it('a supervisor extends one overdue task and reassigns another', async () => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    const forms = await callApi<{ key: string; templateId: string }[]>(
      zhang,
      'forms.listPublished',
      undefined,
      'query',
    );
    const trip = forms.find((f) => f.key === 'trip')?.templateId ?? '';
    const data = {
      destination: '广州',
      period: ['2026-12-14', '2026-12-15'],
      itinerary: [{ item: '交通', amount: 500 }],
      purpose: '客户拜访',
    };
    const first = await callApi<{ serialNo: string }>(zhang, 'instances.submit', { templateId: trip, data });
    const second = await callApi<{ serialNo: string }>(zhang, 'instances.submit', { templateId: trip, data });
    await zhang.context().close();
    await server.advanceClock(9);

    for (const viewport of [DESKTOP]) {
      const admin = await as(browser, server.baseUrl, viewport, 'admin');
      await admin.goto(`${server.baseUrl}/supervision`);
      const rowOf = (serial: string) =>
        isPhone(admin)
          ? admin.getByTestId('supervision-row').filter({ hasText: serial })
          : admin.getByTestId('supervision-table').locator('tr', { hasText: serial });
      await rowOf(first.serialNo).waitFor();
      expect(await rowOf(first.serialNo).getByTestId('overdue-by').count()).toBe(1);
      await shot(admin, `supervision-${size(viewport)}`);

      await rowOf(first.serialNo).getByTestId('extend').click();
      await admin.getByTestId('extend-reason').fill('客户改期，顺延一天');
      await confirmDialog(admin);
      await expect.poll(() => rowOf(first.serialNo).getByTestId('overdue-by').count()).toBe(0);
      await admin.getByText('全部在办').click();

      await rowOf(second.serialNo).getByTestId('reassign').click();
      await admin.getByTestId('user-picker').click();
      await admin.keyboard.type('ww');
      await admin
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王五' })
        .first()
        .click();
      await confirmDialog(admin);
      await expect.poll(() => rowOf(second.serialNo).textContent()).toContain('王五');
      await shot(admin, `supervision-after-${size(viewport)}`);
      await admin.context().close();
    }
  });
});
