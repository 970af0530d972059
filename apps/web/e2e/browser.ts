import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
export const PASSWORD = 'Signoff#2026';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // the system chromium, never a downloaded one
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, isMobile: viewport.width < 768, hasTouch: viewport.width < 768 });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // phones show what fits the screen, since fixed bars land mid-page in a full-page capture
  const phone = (page.viewportSize()?.width ?? 1280) < 768;
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: !phone });
}

export async function logIn(page: Page, baseUrl: string, login: string, screenshot?: string, tenantCode = 'demo'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#tenantCode').fill(tenantCode);
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(PASSWORD);
  if (screenshot) await shot(page, screenshot);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.getByTestId('tenant-name').waitFor();
}

export async function logOut(page: Page, baseUrl: string): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL(`${baseUrl}/login`);
}

/** Picks an option of the antd Select inside the form item (or form renderer field) with this id. */
export async function pickOption(page: Page, fieldId: string, optionLabel: string): Promise<void> {
  await page.locator(`.ant-form-item:has(#${fieldId}) .ant-select, .signoff-field:has(#${fieldId}) .ant-select`).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionLabel }).first().click();
}
