import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launchBrowser, logIn, newPage, shot } from './browser';
import { startSignoff, type RunningServer } from './server';

/** iPad Air held upright: below antd's lg breakpoint, so the console's menu folds to icons. */
const TABLET = { width: 820, height: 1180 };

// every console page of admin-sections.tsx, as an admin reaches it
const PAGES = [
  'org',
  'people',
  'delegations',
  'org-import',
  'templates',
  'permission-review',
  'catalog',
  'settings',
  'audit',
  'integrations',
  'stats',
  'usage',
  'supervision',
];

let server: RunningServer;
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSignoff(), launchBrowser()]);
  admin = await newPage(browser, TABLET);
  await logIn(admin, server.baseUrl, 'admin');
});

afterAll(async () => {
  await admin?.context().close();
  await browser?.close();
  await server?.stop();
});

describe('the admin console on a tablet (820 × 1180)', () => {
  it.each(PAGES)('/admin/%s fits the width, with its heading in view', async (path) => {
    await admin.goto(`${server.baseUrl}/admin/${path}`);
    const heading = admin.getByTestId('admin-title');
    await heading.waitFor();
    await admin.waitForLoadState('networkidle');
    expect(await heading.isVisible()).toBe(true);
    expect((await heading.textContent())?.trim()).not.toBe('');
    // the menu folded to icons, leaving the width to the page
    expect(await admin.locator('.admin-sider.ant-layout-sider-collapsed').count()).toBe(1);
    const { scrollWidth, innerWidth } = await admin.evaluate(() => ({
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
    // the menu's column runs the page's whole height (a full-page capture drew it stopping at 1180)
    const sider = await admin.locator('.admin-sider').boundingBox();
    expect(sider?.height).toBe(await admin.evaluate(() => document.documentElement.scrollHeight));
    await shot(admin, `admin-tablet-${path}-820`);
  });
});

describe('the console frame at the edges of its range', () => {
  it('on a phone (390 px) the header fits: the avatar stays, the name is left to the menu', async () => {
    const page = await newPage(browser, PHONE);
    await logIn(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/admin/people`);
    await page.getByTestId('admin-title').waitFor();
    const header = await page.locator('.admin-header').evaluate((h) => ({
      overflow: h.scrollWidth - h.clientWidth,
      menuRight: h.querySelector('.signoff-user-trigger')?.getBoundingClientRect().right ?? Infinity,
    }));
    expect(header.overflow).toBeLessThanOrEqual(0);
    expect(header.menuRight).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('.admin-header .signoff-user-name').count()).toBe(0);
    await shot(page, 'admin-people-390');
    await page.context().close();
  });

  it('at 1280 px in English the people table keeps every column header on one line', async () => {
    const page = await newPage(browser, DESKTOP);
    await logIn(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/admin/people`);
    await page.getByTestId('admin-people').waitFor();
    await page.locator('.signoff-lang button', { hasText: 'EN' }).click();
    await page.getByText('Positions').first().waitFor();
    // a header cell's text drawn on two lines has two line boxes
    const lines = await page.locator('.ant-table-thead th').evaluateAll((cells) =>
      cells
        .filter((c) => (c.textContent ?? '').trim() !== '')
        .map((c) => {
          const tops = new Set<number>();
          const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of Array.from(range.getClientRects())) tops.add(Math.round(r.top));
          }
          return [c.textContent?.trim(), tops.size];
        }),
    );
    expect(lines).toContainEqual(['Positions', 1]);
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    await shot(page, 'admin-people-en-1280');
    await page.locator('.signoff-lang button', { hasText: '中' }).click();
    await page.context().close();
  });
});
