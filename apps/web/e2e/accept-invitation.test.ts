import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, shot } from './browser';
import { as, seriousViolations } from './desk-steps';
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

/** The admin invites someone into a department on the people page and copies the link the dialog shows. */
async function inviteFromConsole(admin: Page, name: string): Promise<string> {
  await admin.goto(`${server.baseUrl}/admin/people`);
  await admin.getByTestId('invite').click();
  await admin.locator('#invite-name').fill(name);
  await admin.locator('.ant-form-item:has(#invite-department) .ant-select').click();
  await admin
    .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: '工程部' })
    .click();
  await admin.getByTestId('invite-ok').click();
  const shown = admin.getByTestId('invitation-link');
  await shown.waitFor();
  // the admin copies it with the copy button, as they would to paste it into a chat
  await shown.locator('.ant-typography-copy').click();
  const copied = await admin.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await shown.innerText()).trim());
  return copied;
}

async function fillAndSubmit(page: Page, login: string, password: string): Promise<void> {
  await page.locator('#invite-login').fill(login);
  await page.locator('#invite-password').fill(password);
  await page.locator('#invite-confirm').fill(password);
  await page.getByTestId('invite-submit').click();
}

describe('accepting an invitation', () => {
  it('the admin copies the link; a new phone opens it, sets a password against the shown rules, and lands on the desk', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const link = await inviteFromConsole(admin, '孙小美');
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/invite\\?tenant=demo&code=[\\w%-]+$`));
    await shot(admin, 'admin-people-invite-link-1280');
    const code = new URL(link).searchParams.get('code') ?? '';

    // a fresh browser, nobody signed in: both codes come filled in from the link
    const phone = await newPage(browser, PHONE);
    await phone.goto(link);
    await phone.getByTestId('invite-page').waitFor();
    expect(await phone.locator('#invite-tenant').inputValue()).toBe('demo');
    expect(await phone.locator('#invite-code').inputValue()).toBe(code);
    await shot(phone, 'invite-390');

    // the rules tick off as the person types; the login itself is not allowed in the password
    await phone.locator('#invite-login').fill('sun.xiaomei');
    await phone.locator('#invite-password').fill('sun.xiaomei1');
    const rule = (r: string) => phone.getByTestId(`rule-${r}`).getAttribute('data-ok');
    await expect.poll(() => rule('noLogin')).toBe('no');
    expect(await rule('length')).toBe('yes');
    expect(await rule('kinds')).toBe('yes');

    // a weak password the hints warned about: the server refuses it, no account is made
    await fillAndSubmit(phone, 'sun.xiaomei', 'abcdef12');
    await phone.getByTestId('invite-error').waitFor();
    expect(await phone.getByTestId('invite-error').textContent()).toContain('密码不符合要求');
    // the server's reason, by the button, and the rule it names is the one marked under the field
    expect(await phone.getByTestId('invite-error').textContent()).toContain(
      '不能使用 ABCDEF、123456 这类连续字符',
    );
    expect(await phone.getByTestId('rule-noRun').getAttribute('data-ok')).toBe('no');
    await shot(phone, 'invite-weak-password-390');

    // the wrong company code: the code does not work there
    await phone.locator('#invite-tenant').fill('acme');
    await fillAndSubmit(phone, 'sun.xiaomei', 'Harbor-lights-73');
    await expect
      .poll(() => phone.getByTestId('invite-error').textContent())
      .toContain('邀请码无效、已使用或已过期，或企业代码不对');
    await shot(phone, 'invite-wrong-company-390');

    await phone.locator('#invite-tenant').fill('demo');
    expect(await phone.getByTestId('rule-noLogin').getAttribute('data-ok')).toBe('yes');
    await phone.getByTestId('invite-submit').click();
    await phone.waitForURL(`${server.baseUrl}/`);
    await phone.getByTestId('tenant-name').waitFor();
    await phone.waitForLoadState('networkidle');
    expect(await seriousViolations(phone)).toEqual([]);
    await shot(phone, 'invite-landed-desk-390');

    // the code worked once: opened again, it is refused with the same clear message
    const again = await newPage(browser, DESKTOP);
    await again.goto(link);
    await fillAndSubmit(again, 'sun.xiaomei2', 'Harbor-lights-74');
    await expect
      .poll(() => again.getByTestId('invite-error').textContent())
      .toContain('邀请码无效、已使用或已过期');
    await shot(again, 'invite-used-code-1280');

    // the new member shows up on the people page, in the department they were invited into
    await admin.goto(`${server.baseUrl}/admin/people`);
    await expect.poll(() => admin.getByText('sun.xiaomei').count()).toBeGreaterThan(0);
    await Promise.all([admin.context().close(), phone.context().close(), again.context().close()]);
  });

  it('reads in English on a desktop, the rules included', async () => {
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${server.baseUrl}/invite?tenant=demo&code=not-a-real-code-123`);
    await page.getByTestId('invite-page').waitFor();
    await page.getByTestId('language-switch').getByText('EN').click();
    await expect
      .poll(() => page.getByTestId('invite-submit').textContent())
      .toBe('Set the password and continue');
    await page.locator('#invite-login').fill('new.person');
    await page.locator('#invite-password').fill('Harbor-lights-73');
    await expect.poll(() => page.getByTestId('rule-length').textContent()).toBe('8–128 characters');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'invite-en-1280');
    await page.context().close();
  });
});
