import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOrgWorkbook } from '@signoff/api';
import type { OrgSnapshot } from '@signoff/org';
import { DESKTOP, launchBrowser, shot } from './browser';
import { as, callApi } from './desk-steps';
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

type View = Omit<OrgSnapshot, 'users'> & { users: (OrgSnapshot['users'][number] & { login: string })[] };

/** The tenant's org as org.view shows it, as the snapshot an .xlsx is written from (with logins). */
async function orgOf(page: Page): Promise<{ org: OrgSnapshot; logins: Record<string, string> }> {
  const view = await callApi<View>(page, 'org.view', undefined, 'query');
  const logins = Object.fromEntries(view.users.map((u) => [u.id, u.login]));
  const users = view.users.map(
    ({ id, name, departmentId, secondaryDepartmentIds, rankId, positionIds, roles, active }) => ({
      id,
      name,
      departmentId,
      secondaryDepartmentIds,
      rankId,
      positionIds,
      roles,
      active,
    }),
  );
  return { org: { ...view, users, adminUserIds: [] }, logins };
}

const workbook = async (org: OrgSnapshot, logins: Record<string, string>) =>
  Buffer.from(await writeOrgWorkbook(org, logins));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(page: Page, name: string, buffer: Buffer, mimeType = XLSX): Promise<void> {
  await page
    .locator('[data-testid=admin-org-import] input[type=file]')
    .setInputFiles({ name, mimeType, buffer });
}

/** The problems table as [sheet, line] pairs. */
async function problems(page: Page): Promise<string[][]> {
  const table = page.getByTestId('import-problems');
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) =>
      Array.from(r.querySelectorAll('td'))
        .slice(0, 2)
        .map((td) => td.textContent ?? ''),
    ),
  );
}

describe('the admin console: people, delegations and the org workbook', () => {
  it('imports an org workbook after its two errors are fixed, and refuses bad files changing nothing', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const { org, logins } = await orgOf(admin);
    const quality = { id: 'd-quality', name: '质量部', parentId: 'd-root', order: 9 };
    // two broken rows: a position and a person in a department the workbook does not have
    const broken: OrgSnapshot = {
      ...org,
      departments: [...org.departments, quality],
      positions: [...org.positions, { id: 'p-qa', name: '质检员', departmentId: 'd-nowhere', isHead: false }],
      users: [
        ...org.users,
        {
          id: 'u-qa',
          name: '钱七',
          departmentId: 'd-nowhere',
          secondaryDepartmentIds: [],
          rankId: null,
          positionIds: [],
          roles: [],
          active: true,
        },
      ],
    };
    const positionLine = String(broken.positions.length + 1);
    const userLine = String(broken.users.length + 1);

    await admin.goto(`${server.baseUrl}/admin/org-import`);
    await upload(admin, 'org-broken.xlsx', await workbook(broken, { ...logins, 'u-qa': 'qian.qi' }));
    expect(await problems(admin)).toEqual([
      ['岗位', positionLine],
      ['人员', userLine],
    ]);
    await shot(admin, 'admin-org-import-problems-1280');
    const before = await callApi<View>(admin, 'org.view', undefined, 'query');
    expect(before.departments.map((d) => d.name)).not.toContain('质量部');

    // a wrong type, an empty file and a department cycle: each says why, and nothing changes
    await upload(admin, 'org.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
    await expect
      .poll(() => admin.getByTestId('import-local-problem').textContent())
      .toContain('不是 Excel（.xlsx）或 CSV 文件');
    await upload(admin, 'empty.xlsx', Buffer.alloc(0));
    await expect.poll(() => admin.getByTestId('import-local-problem').textContent()).toContain('是空文件');
    await upload(admin, 'renamed.xlsx', Buffer.from('this is no spreadsheet'));
    await expect.poll(() => admin.getByTestId('import-refused').textContent()).toContain('不是有效的 Excel');
    const cycle: OrgSnapshot = {
      ...org,
      departments: [
        ...org.departments,
        { id: 'd-a', name: '甲部', parentId: 'd-b', order: 10 },
        { id: 'd-b', name: '乙部', parentId: 'd-a', order: 11 },
      ],
    };
    await upload(admin, 'org-cycle.xlsx', await workbook(cycle, logins));
    const cycleProblems = await problems(admin);
    expect(cycleProblems.length).toBeGreaterThan(0);
    expect(cycleProblems.every(([sheet]) => sheet === '部门')).toBe(true);
    expect(await admin.getByTestId('import-problems').textContent()).toMatch(/循环|环/);
    expect(await callApi<View>(admin, 'org.view', undefined, 'query')).toEqual(before);

    // the fixed file: the preview names the new department, confirming writes it
    await upload(
      admin,
      'org-fixed.xlsx',
      await workbook({ ...org, departments: [...org.departments, quality] }, logins),
    );
    await expect.poll(() => admin.getByTestId('created-departments').textContent()).toContain('质量部');
    await shot(admin, 'admin-org-import-1280');
    await admin.getByTestId('import-confirm').click();
    await admin.getByText('导入完成').waitFor();
    const after = await callApi<View>(admin, 'org.view', undefined, 'query');
    expect(after.departments.find((d) => d.name === '质量部')?.parentId).toBe('d-root');
    await admin.context().close();
  });

  it('marks a leaver and hands their open task to the person the admin chose, in one step', async () => {
    const zhang = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    const forms = await callApi<{ key: string; templateId: string }[]>(
      zhang,
      'forms.listPublished',
      undefined,
      'query',
    );
    const leave = forms.find((f) => f.key === 'leave')?.templateId ?? '';
    const { serialNo } = await callApi<{ serialNo: string }>(zhang, 'instances.submit', {
      templateId: leave,
      data: { type: '事假', days: 1, reason: '离职交接测试' },
    });
    await zhang.context().close();

    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await admin.goto(`${server.baseUrl}/admin/people`);
    await admin.getByTestId('admin-people').waitFor();
    await admin.getByText('王五').first().waitFor();
    await shot(admin, 'admin-people-1280');
    // pinyin finds 李四, the head of engineering who has the new request's first step
    await admin.getByPlaceholder('搜索姓名、拼音或账号').fill('lisi');
    await expect.poll(() => admin.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await admin.getByTestId('more-li.si').click();
    await admin.locator('.ant-dropdown:visible').getByText('离职').click();
    await expect.poll(() => admin.getByTestId('leaver-task').first().textContent()).toContain(serialNo);
    // nobody holds the 总经理 seat above 李四: the head cannot take over, so the admin picks someone
    const toHead = admin.locator('label:has([data-testid=leaver-to-head])');
    expect(await toHead.textContent()).toContain('没有可接手的负责人');
    expect(await admin.getByTestId('leaver-to-head').isDisabled()).toBe(true);
    await admin.getByTestId('leaver-to-chosen').click();
    await admin.getByTestId('leaver-picker').click();
    await admin.keyboard.type('ww');
    await admin
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王五' })
      .first()
      .click();
    // the dry run names who takes each task before anything is written
    await expect.poll(() => admin.getByTestId('leaver-task-to').first().textContent()).toContain('王五');
    await admin.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await shot(admin, 'admin-people-leaver-1280');
    await admin.getByTestId('leaver-ok').click();
    await admin.getByText('「李四」已离职，1 个任务已转交').waitFor();
    await admin.getByPlaceholder('搜索姓名、拼音或账号').fill('');
    const li = (await callApi<View>(admin, 'org.view', undefined, 'query')).users.find(
      (u) => u.login === 'li.si',
    );
    expect(li?.active).toBe(false);
    await admin.context().close();

    const wang = await as(browser, server.baseUrl, DESKTOP, 'wang.wu');
    const todo = await callApi<{ items: { serialNo: string }[] }>(
      wang,
      'inbox.search',
      { box: 'todo' },
      'query',
    );
    expect(todo.items.map((i) => i.serialNo)).toContain(serialNo);
    await wang.context().close();
  });

  it('lists a delegation with its window and deletes it', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const from = new Date();
    const to = new Date(from.getTime() + 7 * 86_400_000);
    await callApi(admin, 'org.createDelegation', {
      fromUserId: 'u-zhao',
      toUserId: 'u-wang',
      from: from.toISOString(),
      to: to.toISOString(),
      templateKeys: ['leave'],
    });
    await admin.goto(`${server.baseUrl}/admin/delegations`);
    const row = admin.locator('.ant-table-tbody tr.ant-table-row', { hasText: '赵六' });
    await expect.poll(() => row.textContent()).toContain('王五');
    expect(await row.textContent()).toContain('生效中');
    await shot(admin, 'admin-delegations-1280');
    await row.getByTestId('delegation-delete').click();
    // antd spaces a two-character button label (删 除), so the button is found by its kind
    await admin.locator('.ant-popconfirm:visible .ant-btn-dangerous').click();
    await expect.poll(() => row.count()).toBe(0);
    const view = await callApi<View>(admin, 'org.view', undefined, 'query');
    expect(view.delegations).toEqual([]);
    await admin.context().close();
  });
});
