import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, logIn, newPage, PHONE, shot } from './browser';
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

describe('accounts, end to end', () => {
  it('after an admin reset, the one-time password only opens the change-password page until a strong password is chosen', async () => {
    // the admin resets 赵六's password (there is no admin screen yet: the page calls the API as the web app would)
    const admin = await newPage(browser, DESKTOP);
    await logIn(admin, server.baseUrl, 'admin');
    const temporary = await admin.evaluate(async () => {
      const csrf = /(?:^|;\s*)signoff_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch('/trpc/org.resetPassword', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ id: 'u-zhao' }),
      });
      return ((await res.json()) as { result: { data: { temporaryPassword: string } } }).result.data.temporaryPassword;
    });
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    await admin.context().close();

    const page = await newPage(browser, PHONE);
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('#login').fill('zhao.liu');
    await page.locator('#password').fill(temporary);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.baseUrl}/change-password`);
    // going elsewhere leads back here: the server refuses everything else until the change
    await page.goto(`${server.baseUrl}/inbox`);
    await page.waitForURL(`${server.baseUrl}/change-password`);

    await page.locator('#currentPassword').fill(temporary);
    await page.locator('#newPassword').fill('ABCDEFGH');
    await page.locator('#confirm').fill('ABCDEFGH');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByText('ABCDEF、123456').count()).toBeGreaterThan(0);
    await shot(page, 'change-password-390');

    await page.locator('#newPassword').fill('Lantern-river-58');
    await page.locator('#confirm').fill('Lantern-river-58');
    await page.getByTestId('password-submit').click();
    await page.waitForURL(`${server.baseUrl}/`);
    await page.getByTestId('tenant-name').waitFor();
    await page.context().close();
  });
});
