import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { logIn, newPage, SCREENSHOTS } from './browser';

export type Viewport = { width: number; height: number };

/** A tRPC call from inside the logged-in page, as the web app makes it (cookie + CSRF header). */
export async function callApi<T>(page: Page, path: string, input: unknown, kind: 'query' | 'mutation' = 'mutation'): Promise<T> {
  return page.evaluate<T, { path: string; input: unknown; kind: string }>(
    async ({ path, input, kind }) => {
      const csrf = /(?:^|;\s*)signoff_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res =
        kind === 'query'
          ? await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)
          : await fetch(`/trpc/${path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
              body: JSON.stringify(input),
            });
      const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body.error)}`);
      return body.result?.data as T;
    },
    { path, input, kind },
  );
}

/** A page of a fresh browser context, logged in; if the test fails, its screen is saved as `failed-<login>.png`. */
export async function as(browser: Browser, baseUrl: string, viewport: Viewport, login: string, tenant = 'demo'): Promise<Page> {
  const page = await newPage(browser, viewport);
  onTestFailed(async () => {
    if (!page.isClosed()) await page.screenshot({ path: `${SCREENSHOTS}failed-${login}-${viewport.width}.png` }).catch(() => undefined);
  });
  await logIn(page, baseUrl, login, undefined, tenant);
  return page;
}

/** Opens a form from the start page; a draft left from an earlier visit is discarded, so the form starts empty. */
export async function openForm(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId(`form-card-${key}`).click();
  await page.getByTestId('submit-form').waitFor();
  if (await page.getByTestId('draft-prompt').isVisible()) await page.getByTestId('draft-discard').click();
}

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** Picks an option of the antd Select whose input has this id (a field or a table cell). */
export async function choose(page: Page, inputId: string, optionLabel: string): Promise<void> {
  await page.locator(`.ant-select:has(#${inputId})`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionLabel }).first().click();
}

/** Picks a day of the current month in the antd DatePicker whose input has this id, as a person taps it. */
export async function pickDay(page: Page, inputId: string, day: string): Promise<void> {
  await page.locator(`#${inputId}`).click();
  await page.locator(`.ant-picker-dropdown:visible td[title="${day}"]`).click();
}

/** Today in the browser's calendar, `YYYY-MM-DD`. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Opens a request from the approval centre's to-do box by its serial number. */
export async function openFromInbox(page: Page, baseUrl: string, serialNo: string): Promise<void> {
  await page.goto(`${baseUrl}/inbox`);
  const row = page.getByTestId(isPhone(page) ? 'inbox-cards' : 'inbox-table').getByText(serialNo);
  await row.first().click();
  await page.waitForURL(/\/requests\/[^/]+$/);
  await page.getByTestId('detail-title').waitFor();
}

/** Runs one of the request page's actions: on phones the less common ones sit in the "more" sheet. */
export async function startAction(page: Page, action: string): Promise<void> {
  await page.getByTestId('action-bar').waitFor();
  const button = page.getByTestId(`action-${action}`);
  if (!(await button.isVisible())) await page.getByTestId('action-more').click();
  await button.click();
}

/** The locator's box once it has stopped moving: a dialog zooms in, and a drag started mid-animation lands beside it. */
export async function steadyBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = await locator.boundingBox();
  for (let i = 0; i < 50; i++) {
    await locator.page().waitForTimeout(100);
    const now = await locator.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width && now.height === last.height) return now;
    last = now;
  }
  throw new Error('the element kept moving for five seconds');
}

/** The confirm button of the open dialog. */
export async function confirmDialog(page: Page): Promise<void> {
  await page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary, .ant-drawer:visible .ant-btn-primary').last().click();
}

/** Approves (or marks done) the open task with a comment and waits until the page shows it decided. */
export async function decide(page: Page, action: 'approve' | 'done', comment: string): Promise<void> {
  await startAction(page, action);
  await page.getByTestId('action-text').fill(comment);
  await confirmDialog(page);
  // what the page shows while the decision is out: if it never lands, the failure says why
  await expect
    .poll(
      async () => {
        if ((await page.getByTestId(`action-${action}`).count()) === 0) return 'decided';
        const refusal = page.getByTestId('action-error');
        if (await refusal.isVisible()) return `refused: ${await refusal.textContent()}`;
        const dialogOpen = await page.locator('.ant-modal:visible').count();
        return dialogOpen > 0 ? 'dialog still open' : 'dialog closed, button still shown';
      },
      { timeout: 20_000 },
    )
    .toBe('decided');
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** A small but real PDF, accepted by the server's type sniffing. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
