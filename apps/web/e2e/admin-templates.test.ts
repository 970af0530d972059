import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, shot } from './browser';
import { as, callApi, choose, steadyBox } from './desk-steps';
import { startSignoff, type RunningServer } from './server';

let server: RunningServer;
let browser: Browser;
/** the one-time password `signoff tenant create` printed for the fresh company's admin */
let acmePassword = '';

beforeAll(async () => {
  server = await startSignoff({
    // a fresh company, created by the platform operator's command before the server opens the database
    beforeStart: async (cli) => {
      const out = await cli(['tenant', 'create', '--code', 'acme', '--name', '艾克美有限公司']);
      acmePassword = /初始密码: (\S+)/.exec(out)?.[1] ?? '';
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Published = { key: string }[];
const publishedKeys = async (page: Page) =>
  (await callApi<Published>(page, 'forms.listPublished', null, 'query')).map((f) => f.key);

describe('templates and permissions', () => {
  it('a folder granted to one department hides its form from a member elsewhere, inheritance shown', async () => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    expect(await publishedKeys(zhang)).toContain('leave');
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await admin.goto(`${server.baseUrl}/admin/templates`);
    await admin.getByTestId('admin-templates-table').waitFor();

    await admin.getByTestId('new-folder').click();
    await admin.locator('#folder-name').fill('财务类');
    await admin.getByTestId('folder-dialog-ok').click();
    await admin.getByTestId('folder-tree').getByText('财务类').waitFor();

    const leaveRow = admin.locator('[data-testid=admin-templates-table] tr', { hasText: '请假' });
    await leaveRow.getByTestId('template-move').click();
    await choose(admin, 'move-template-folder', '财务类');
    await admin.getByTestId('move-template-ok').click();
    await expect.poll(() => leaveRow.locator('td').nth(1).textContent()).toBe('财务类');

    await admin.getByTestId('folder-tree').getByText('财务类').click();
    await admin.getByTestId('folder-permissions').click();
    await choose(admin, 'grant-type', '部门');
    await choose(admin, 'grant-principal', '综合管理部');
    await admin.getByTestId('grant-submit').click();
    await expect.poll(() => admin.getByTestId('grant-row').count()).toBe(1);
    await shot(admin, 'admin-templates-folder-grants-1280');
    await admin.locator('.ant-drawer-close').click();

    // the member of 工程部 no longer sees the form, on the API and on the start page
    await expect.poll(() => publishedKeys(zhang)).not.toContain('leave');
    await zhang.goto(`${server.baseUrl}/`);
    await zhang.getByTestId('tenant-name').waitFor();
    await zhang.waitForLoadState('networkidle');
    expect(await zhang.getByTestId('form-card-leave').count()).toBe(0);

    // the form's own panel names where the grant comes from, and who can see it says why
    await leaveRow.getByTestId('template-who').click();
    const who = admin.getByTestId('who-can-see');
    await who.waitFor();
    expect(await who.getByText('张三').count()).toBe(0);
    await expect.poll(() => who.getByText(/继承自 财务类/).count()).toBeGreaterThan(0);
    // the drawer slides in: the shot waits until it has stopped
    await steadyBox(who);
    await shot(admin, 'admin-templates-who-can-see-1280');
    await admin.getByRole('tab', { name: '权限' }).click();
    await admin.getByTestId('inherited-grant-row').getByText('继承自 财务类').waitFor();
    await admin.locator('.ant-drawer-close').click();
    await shot(admin, 'admin-templates-1280');

    // the quarterly review: 张三 has no access to 请假, and the table exports
    await admin.goto(`${server.baseUrl}/admin/permission-review`);
    await admin.getByTestId('review-table').waitFor();
    await admin.getByTestId('review-search').locator('input').fill('张三');
    const zhangLeave = admin.locator('[data-testid=review-table] tr', { hasText: '请假' });
    await expect.poll(() => zhangLeave.locator('td').nth(4).textContent()).toBe('无权限');
    await admin.getByTestId('review-search').locator('input').fill('');
    const download = admin.waitForEvent('download');
    await admin.getByTestId('review-export').click();
    const csv = await (await download).createReadStream().then(async (s) => {
      let text = '';
      for await (const chunk of s) text += String(chunk);
      return text;
    });
    expect(csv).toMatch(/张三,zhang\.san,请假申请,财务类,无权限/);
    await shot(admin, 'admin-permission-review-1280');
    await Promise.all([admin.context().close(), zhang.context().close()]);
  });
});

describe('catalog import wizard', () => {
  it('imports a starter catalog into a fresh company, 董事长 mapped by hand onto its 总经理, and the flow goes to that holder', async () => {
    expect(acmePassword).not.toBe('');
    const page = await newPage(browser, DESKTOP);
    await page.goto(`${server.baseUrl}/login`);
    await page.locator('#tenantCode').fill('acme');
    await page.locator('#login').fill('admin');
    await page.locator('#password').fill(acmePassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.baseUrl}/change-password`);
    await page.locator('#currentPassword').fill(acmePassword);
    await page.locator('#newPassword').fill('Lantern-river-58');
    await page.locator('#confirm').fill('Lantern-river-58');
    await page.getByTestId('password-submit').click();
    await page.waitForURL(`${server.baseUrl}/`);

    // the company calls its top seat 总经理 (held by 王总); the admin is its 项目经理
    type View = {
      departments: { id: string; name: string; parentId: string | null }[];
      users: {
        id: string;
        login: string;
        name: string;
        departmentId: string;
        rankId: string | null;
        roles: string[];
      }[];
    };
    const view = await callApi<View>(page, 'org.view', null, 'query');
    const root = view.departments.find((d) => d.parentId === null);
    const me = view.users.find((u) => u.login === 'admin');
    if (!root || !me) throw new Error('the fresh company has no root department or admin');
    const gm = await callApi<{ id: string }>(page, 'org.savePosition', {
      name: '总经理',
      departmentId: root.id,
      isHead: false,
    });
    const pm = await callApi<{ id: string }>(page, 'org.savePosition', {
      name: '项目经理',
      departmentId: root.id,
      isHead: false,
    });
    await callApi(page, 'org.saveUser', {
      login: 'wang.zong',
      name: '王总',
      departmentId: root.id,
      rankId: null,
      positionIds: [gm.id],
    });
    await callApi(page, 'org.saveUser', {
      ...me,
      positionIds: [pm.id],
      roles: me.roles.filter((r) => r === 'admin' || r === 'designer'),
    });

    await page.goto(`${server.baseUrl}/admin/catalog`);
    await page.getByTestId('catalog-small-company').waitFor();
    await shot(page, 'admin-catalog-1280');
    await page.getByTestId('catalog-small-company-import').click();
    await page.getByTestId('catalog-plan').waitFor();
    await expect.poll(() => page.getByTestId('status-missing').count()).toBeGreaterThan(0);

    // 董事长 is mapped by hand onto the company's existing 总经理; the plan then shows it mapped, with its holder
    const chairman = page.locator('[data-testid=plan-positions] tr', { hasText: '董事长' });
    expect(await chairman.getByTestId('status-missing').count()).toBe(1);
    expect(await chairman.getByTestId('use-position-董事长').textContent()).toContain('新建「董事长」');
    await choose(page, 'use-position-董事长', '总经理（艾克美有限公司）');
    await expect.poll(() => chairman.getByTestId('status-mapped').textContent()).toBe('对照到「总经理」');
    expect(await chairman.locator('td').nth(2).textContent()).toBe('1');
    await shot(page, 'admin-catalog-wizard-1280');

    await page.getByTestId('wizard-import').click();
    await page.getByTestId('catalog-result').waitFor();
    expect(await page.getByTestId('result-published').count()).toBe(11);
    const created = await page.getByTestId('result-created').textContent();
    expect(created).toContain('综合部');
    expect(created).not.toContain('董事长');
    expect(created).not.toContain('总经理');
    await shot(page, 'admin-catalog-result-1280');

    // the imported flow is on the start page and takes a request
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('form-card-sc_attendance_fix').waitFor();
    const forms = await callApi<{ templateId: string; key: string }[]>(
      page,
      'forms.listPublished',
      null,
      'query',
    );
    const attendance = forms.find((f) => f.key === 'sc_attendance_fix');
    // the admin is a 项目经理, so the route's own check sends the request to the chairman's step: 王总
    const { id, serialNo } = await callApi<{ id: string; serialNo: string }>(page, 'instances.submit', {
      templateId: attendance?.templateId,
      data: { fixDate: '2026-12-01', fixTime: '09:00', punchType: '上班打卡', reason: '忘记打卡' },
    });
    expect(serialNo).toMatch(/\d/);
    type Detail = { tasks: { status: string; assignee: { name: string }; nodeName: { zh: string } }[] };
    const detail = await callApi<Detail>(page, 'instances.get', { id }, 'query');
    expect(
      detail.tasks.filter((t) => t.status === 'pending').map((t) => [t.nodeName.zh, t.assignee.name]),
    ).toEqual([['董事长签字', '王总']]);
    await page.goto(`${server.baseUrl}/requests/${id}`);
    await page.getByTestId('detail-title').waitFor();
    await expect.poll(() => page.getByText('王总').count()).toBeGreaterThan(0);
    await shot(page, 'admin-catalog-mapped-request-1280');
    await page.context().close();
  });
});
