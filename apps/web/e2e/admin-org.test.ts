import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, shot } from './browser';
import { as, callApi, choose } from './desk-steps';
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

const TABLET = { width: 820, height: 1180 };

interface OrgView {
  departments: { id: string; name: string; parentId: string | null }[];
}
const parentOf = async (page: Page, name: string) => {
  const org = await callApi<OrgView>(page, 'org.view', undefined, 'query');
  const dept = org.departments.find((d) => d.name === name);
  return org.departments.find((d) => d.id === dept?.parentId)?.name ?? null;
};

const node = (page: Page, name: string) =>
  page.locator('.ant-tree-node-content-wrapper', { has: page.getByTestId(`dept-node-${name}`) });

/** Waits out antd's motion (the tab ink bar, a dialog closing), so a screenshot shows where things end. */
const settled = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0);

/** Opens a department in the tree and waits for its detail. */
async function openDepartment(page: Page, name: string) {
  await node(page, name).click();
  await expect.poll(() => page.getByTestId('department-name-heading').textContent()).toBe(name);
}

describe('the admin console: shell and org chart', () => {
  it('an admin reaches the org chart from the desk and moves a department by dragging it onto another', async () => {
    const page = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await page.getByTestId('nav-/admin').click();
    // /admin goes to the first section an admin may see
    await page.waitForURL(`${server.baseUrl}/admin/org`);
    await page.getByTestId('department-tree').waitFor();
    expect(await page.getByTestId('admin-title').textContent()).toBe('组织架构');
    await openDepartment(page, '工程部');
    expect(await page.getByTestId('department-head').textContent()).toBe('李四');
    await expect.poll(() => page.getByTestId('position-row-工程部经理').textContent()).toContain('李四');

    // onto the lower half of 工程部, moved right by more than an indent: "inside", not "after"
    const target = node(page, '工程部');
    const box = await target.boundingBox();
    if (!box) throw new Error('工程部 is not on screen');
    await node(page, '综合管理部').dragTo(target, {
      sourcePosition: { x: 8, y: 8 },
      targetPosition: { x: Math.min(box.width - 4, 80), y: box.height * 0.75 },
    });
    await expect.poll(() => page.getByText('已将「综合管理部」移到「工程部」下').count()).toBeGreaterThan(0);
    expect(await parentOf(page, '综合管理部')).toBe('工程部');
    // the tree shows it one level under 工程部
    const moved = page.locator('.ant-tree-treenode', { has: page.getByTestId('dept-node-综合管理部') });
    await expect.poll(() => moved.locator('.ant-tree-indent-unit').count()).toBe(2);

    await page.reload();
    await openDepartment(page, '综合管理部');
    expect(await page.getByTestId('department-parent').textContent()).toBe('工程部');
    expect(await moved.locator('.ant-tree-indent-unit').count()).toBe(2);

    // a virtual department (应届大学生), headed by a real position elsewhere, is marked in the tree
    await page.getByTestId('add-department').click();
    await page.getByTestId('department-name').fill('应届大学生');
    await page.getByTestId('department-dialog').getByRole('switch').click();
    await choose(page, 'headPositionId', '综合管理部 / 综合管理部经理');
    await page.getByTestId('department-dialog-save').click();
    await expect.poll(() => page.getByTestId('dept-node-应届大学生').textContent()).toContain('虚拟');
    await expect.poll(() => page.getByTestId('department-name-heading').textContent()).toBe('应届大学生');
    expect(await page.getByTestId('department-head').textContent()).toContain('赵六');
    expect(await page.getByTestId('dept-node-工程部').textContent()).not.toContain('虚拟');
    await openDepartment(page, '工程部');
    await settled(page);
    await shot(page, 'admin-org-1280');

    await page.getByRole('tab', { name: '职级' }).click();
    await page.getByTestId('ranks').waitFor();
    await settled(page);
    await shot(page, 'admin-org-ranks-1280');
    await page.getByRole('tab', { name: '分管关系' }).click();
    await expect.poll(() => page.getByTestId('supervision').textContent()).toContain('工程类');
    await settled(page);
    await shot(page, 'admin-org-supervision-1280');
    await page.context().close();
  });

  it('on a tablet the menu collapses to icons and the org chart still fits', async () => {
    const page = await as(browser, server.baseUrl, TABLET, 'admin');
    await page.goto(`${server.baseUrl}/admin/org`);
    await page.getByTestId('department-tree').waitFor();
    await expect.poll(() => page.locator('.admin-sider.ant-layout-sider-collapsed').count()).toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(TABLET.width);
    await settled(page);
    await shot(page, 'admin-org-820');
    await page.context().close();
  });

  it('a member gets no admin entry, a no-access page at /admin/org, and FORBIDDEN from an admin procedure', async () => {
    const page = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await page.getByTestId('nav-/').waitFor();
    expect(await page.getByTestId('nav-/admin').count()).toBe(0);

    await page.goto(`${server.baseUrl}/admin/org`);
    const refused = page.getByTestId('admin-no-access');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('无权访问');
    expect(await page.getByTestId('admin-shell').count()).toBe(0);
    expect(await page.getByTestId('department-tree').count()).toBe(0);
    await shot(page, 'admin-no-access-1280');

    await expect(
      callApi(page, 'org.saveDepartment', { id: 'd-admin', name: '综合管理部', parentId: 'd-eng', order: 0 }),
    ).rejects.toThrow(/answered 403.*"code":"forbidden"/);
    await page.context().close();
  });
});
