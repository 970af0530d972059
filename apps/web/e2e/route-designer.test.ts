import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, shot } from './browser';
import { chooseByLabel, versionCount } from './designer-steps';
import { as, openForm } from './desk-steps';
import {
  card,
  cardWho,
  chooseIn,
  dialogSettled,
  draftRoute,
  drawnNodeIds,
  newDaysForm,
  eventually,
  edgeBetween,
  edgeLabelled,
  fitView,
  insertOn,
  litState,
  openRouteFromForm,
  overlappingCards,
  pickApproverKind,
  publishedRoute,
  renameNode,
  routeProblemCount,
  routeShot,
  sampleFormOverflow,
  savedCases,
  selectNode,
  setStepCheck,
  sideTab,
  simulatedSteps,
  textColour,
} from './route-steps';
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

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the route designer, as an information officer draws a route', () => {
  it('draws a leave route with a branch on the day count, simulates two applicants, publishes it, and a member’s request follows it', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    // the form: one number field 请假天数, its key set to `days`
    const templateId = await newDaysForm(
      admin,
      server.baseUrl,
      { zh: '外出请假', en: 'Leave of absence' },
      { key: 'waichuqingjia', prefix: 'WCQJ' },
    );

    // the route a new form starts with: the applicant, the department head, the end
    await openRouteFromForm(admin);
    await eventually(() => drawnNodeIds(admin)).toEqual(['start', 'head', 'end']);
    expect(await routeProblemCount(admin)).toMatch(/没有问题/);
    // that step is taken out (Delete on the selected card, the edges healed) and drawn anew
    await selectNode(admin, 'head');
    await admin.keyboard.press('Delete');
    await card(admin, 'head').waitFor({ state: 'detached' });
    const head = await insertOn(admin, await edgeBetween(admin, 'start', 'end'), '审批人');
    // a new step goes to the applicant's department head, and its card says so
    expect(await cardWho(admin, head)).toBe('申请人的部门负责人');
    await eventually(() => card(admin, head).getAttribute('class')).toContain('rd-selected');
    expect(await admin.getByTestId('approvers-in-words').textContent()).toBe('审批人：申请人的部门负责人');
    await renameNode(admin, head, '部门负责人审批');

    // 备案 at the end: a CC step to the head of 综合管理部, who must not see the day count
    const notify = await insertOn(admin, await edgeBetween(admin, head, 'end'), '抄送人');
    await renameNode(admin, notify, '行政备案');
    await pickApproverKind(admin, '某部门的负责人');
    await chooseByLabel(admin, '选择部门', '综合管理部');
    await eventually(() => cardWho(admin, notify)).toBe('部门「综合管理部」的负责人');
    const daysPermission = admin.getByTestId('perm-days');
    await daysPermission.locator('label').getByText('隐藏', { exact: true }).click();
    await eventually(() => daysPermission.getByRole('radio', { name: '隐藏', exact: true }).isChecked()).toBe(
      true,
    );

    // a branch on the edge after the department head: its conditional path has no condition yet
    const branch = await insertOn(admin, await edgeBetween(admin, head, notify), '条件分支');
    const conditional = await edgeLabelled(admin, '请设置条件');
    const fallback = await edgeLabelled(admin, '默认');
    expect(conditional).not.toBe(fallback);
    await eventually(() => routeProblemCount(admin)).toMatch(/^1 个问题$/);
    expect(await textColour(admin.getByTestId(`route-edge-label-${conditional}`))).toBe('red');
    // publishing is refused while it stays so, and says why
    await admin.getByTestId('route-publish').click();
    await eventually(() => admin.getByTestId('route-publish-blocked').textContent()).toContain(
      '还有 1 个流程问题，改正后才能发布',
    );
    expect(await admin.getByTestId('publish-confirm').count()).toBe(0);
    await admin.keyboard.press('Escape');
    await admin.getByTestId('route-publish-blocked').waitFor({ state: 'detached' });
    expect(await versionCount(admin, templateId)).toBe(0);

    // the fix: 请假天数 ≥ 3 through the edge panel's condition builder
    await admin.getByTestId(`route-edge-label-${conditional}`).click();
    const edgePanel = admin.getByTestId('edge-settings');
    await edgePanel.waitFor();
    // the builder's own sentence says the path as its canvas label does
    const ruleWords = edgePanel.getByTestId('condition-in-words');
    expect(await ruleWords.isVisible()).toBe(true);
    expect(await ruleWords.textContent()).toBe('请设置条件');
    expect(await edgePanel.textContent()).toContain('还没有条件：请设置条件，否则流程无法发布');
    await edgePanel.locator('.cb-actions button', { hasText: /^添加条件$/ }).click();
    await chooseByLabel(admin, '第 1 个条件的字段', '请假天数');
    await chooseByLabel(admin, '第 1 个条件的比较方式', '≥');
    await admin.getByLabel('第 1 个条件的值', { exact: true }).fill('3');
    await eventually(() => ruleWords.textContent()).toBe('请假天数 ≥ 3');
    await eventually(() => admin.getByTestId(`route-edge-label-${conditional}`).textContent()).toBe(
      '请假天数 ≥ 3',
    );
    await eventually(() => routeProblemCount(admin)).toMatch(/没有问题/);

    // the supervising leader (by department) on that path; the default path stays as it is
    const leader = await insertOn(admin, conditional, '审批人');
    await pickApproverKind(admin, '分管领导');
    await eventually(() => cardWho(admin, leader)).toBe('分管领导（按部门）');
    await renameNode(admin, leader, '分管领导审批');
    expect(await edgeBetween(admin, branch, leader)).toBe(conditional);
    expect(await edgeBetween(admin, leader, notify)).not.toBe(fallback);
    expect(await admin.getByTestId(`route-edge-label-${fallback}`).textContent()).toBe('默认');
    expect(await routeProblemCount(admin)).toMatch(/没有问题/);
    expect(await drawnNodeIds(admin)).toEqual(
      expect.arrayContaining(['start', head, branch, leader, notify, 'end']),
    );

    // simulation: a hypothetical engineer asking for 2 days, then 张三 for 5
    await sideTab(admin, '模拟');
    const panel = admin.getByTestId('simulation-panel');
    await panel.getByTestId('simulation-applicant').getByText('假设的申请人').click();
    await chooseIn(admin, panel.getByTestId('simulation-department'), '工程部');
    await panel.getByTestId('simulation-sample-form').locator('#days').fill('2');
    await eventually(() => simulatedSteps(admin)).toEqual([
      { nodeId: head, people: '李四', skipped: false },
      { nodeId: notify, people: '赵六', skipped: false },
    ]);
    await eventually(() => litState(admin, leader)).toBe('dim');
    expect(await litState(admin, head)).toBe('lit');
    expect(await litState(admin, notify)).toBe('lit');

    await panel.getByTestId('simulation-applicant').getByText('组织中的人').click();
    await chooseIn(admin, panel.getByTestId('simulation-person'), /^张三 · /);
    await panel.getByTestId('simulation-sample-form').locator('#days').fill('5');
    await eventually(() => simulatedSteps(admin)).toEqual([
      { nodeId: head, people: '李四', skipped: false },
      { nodeId: leader, people: '王五', skipped: false },
      { nodeId: notify, people: '赵六', skipped: false },
    ]);
    await eventually(() => litState(admin, leader)).toBe('lit');
    expect(await litState(admin, head)).toBe('lit');
    // the sample form keeps to the 360 px side panel: one column, nothing past its edge
    expect(await sampleFormOverflow(admin)).toEqual([]);
    await fitView(admin);
    await routeShot(admin, 'route-leave-simulated-1280');

    // that run becomes a test case of the template
    await panel.getByTestId('simulation-save-case').click();
    await admin.getByRole('textbox', { name: '用例名称' }).fill('张三请5天');
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: /^保\s?存$/ })
      .click();
    await eventually(() => savedCases(admin)).toEqual([{ name: '张三请5天', passed: true }]);

    // the leader's step given to the department head instead: he signed the step before, so it is
    // skipped, until the step's own skip rule is turned off and he is asked again
    const simulateZhang = async () => {
      // the panel starts afresh each time its tab is opened: the applicant and the days again
      await sideTab(admin, '模拟');
      await panel.getByTestId('simulation-applicant').getByText('组织中的人').click();
      await chooseIn(admin, panel.getByTestId('simulation-person'), /^张三 · /);
      await panel.getByTestId('simulation-sample-form').locator('#days').fill('5');
    };
    await sideTab(admin, '设置');
    await selectNode(admin, leader);
    await pickApproverKind(admin, '部门负责人');
    await eventually(() => cardWho(admin, leader)).toBe('申请人的部门负责人');
    await simulateZhang();
    await eventually(() => simulatedSteps(admin).then((steps) => steps[1])).toEqual({
      nodeId: leader,
      people: '无人',
      skipped: true,
    });
    await sideTab(admin, '设置');
    await selectNode(admin, leader);
    await setStepCheck(admin, '审批人刚审批过上一步时跳过', false);
    await simulateZhang();
    await eventually(() => simulatedSteps(admin).then((steps) => steps[1])).toEqual({
      nodeId: leader,
      people: '李四',
      skipped: false,
    });
    // the saved case expected 王五 there: publishing is refused, with the difference in words
    await admin.getByTestId('route-publish').click();
    const failing = admin.getByTestId('route-publish-failing');
    await eventually(() => failing.textContent()).toContain('张三请5天');
    expect(await failing.textContent()).toMatch(/分管领导审批.*王五.*李四/);
    expect(await admin.getByTestId('publish-confirm').count()).toBe(0);
    await admin.keyboard.press('Escape');
    await admin.getByTestId('route-publish-blocked').waitFor({ state: 'detached' });

    // put back: the supervising leader, skipping the previous approver again; every case passes
    await sideTab(admin, '设置');
    await selectNode(admin, leader);
    await pickApproverKind(admin, '分管领导');
    await eventually(() => cardWho(admin, leader)).toBe('分管领导（按部门）');
    await setStepCheck(admin, '审批人刚审批过上一步时跳过', true);
    await sideTab(admin, '模拟');
    await panel.getByTestId('simulation-rerun-all').click();
    await eventually(() => panel.getByTestId('simulation-cases-summary').textContent()).toBe(
      '1 个通过，0 个未通过',
    );
    expect(await savedCases(admin)).toEqual([{ name: '张三请5天', passed: true }]);

    // publish the form and the route together
    await admin.getByTestId('route-publish').click();
    await admin.getByTestId('publish-confirm').click();
    await eventually(() => versionCount(admin, templateId)).toBe(1);
    const published = await publishedRoute(admin, templateId, 1);
    expect(published.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([head, branch, leader, notify]));
    expect(published.nodes.find((n) => n.id === notify)?.fieldPermissions).toEqual({ days: 'hidden' });
    expect(published.nodes.find((n) => n.id === leader)?.approvers).toEqual({
      kind: 'supervisingLeader',
      by: 'department',
    });
    expect(published.edges.find((e) => e.id === conditional)?.condition).toBeDefined();
    expect(published.nodes.find((n) => n.id === leader)).not.toHaveProperty('skipPrevious');
    expect((await draftRoute(admin, templateId)).edges).toHaveLength(published.edges.length);

    // version 2: a CC on the short path (the saved case takes the long one) and the leader in 会签
    await sideTab(admin, '设置');
    const shortCc = await insertOn(admin, fallback, '抄送人');
    await renameNode(admin, shortCc, '短假抄送');
    await selectNode(admin, leader);
    await admin.getByTestId('node-settings').locator('label').getByText('会签', { exact: true }).click();
    await admin.getByTestId('route-publish').click();
    await admin.getByTestId('publish-confirm').click();
    await eventually(() => versionCount(admin, templateId)).toBe(2);

    // the versions: who published each, and the two compared on a picture
    await admin.getByTestId('route-versions').click();
    const drawer = admin.getByTestId('route-versions-drawer');
    for (const v of [1, 2])
      await eventually(() => drawer.getByTestId(`route-version-published-${v}`).textContent()).toMatch(
        / · 管理员 发布$/,
      );
    await drawer.getByTestId('route-version-tick-1').click();
    await drawer.getByTestId('route-version-tick-2').click();
    await drawer.getByTestId('route-versions-compare').click();
    const diffList = admin.getByTestId('route-diff-list');
    await eventually(() => diffList.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await diffList.locator('li[data-status="added"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('短假抄送')]),
    );
    expect(await diffList.locator('li[data-status="changed"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('会签')]),
    );
    const diffCanvas = admin.getByTestId('route-diff-canvas');
    await diffCanvas.getByTestId(`route-node-${shortCc}`).waitFor();
    expect(
      await diffCanvas
        .locator(`.react-flow__node:has([data-testid="route-node-${shortCc}"])`)
        .getAttribute('class'),
    ).toContain('rd-diff-added');
    expect(
      await diffCanvas
        .locator(`.react-flow__node:has([data-testid="route-node-${leader}"])`)
        .getAttribute('class'),
    ).toContain('rd-diff-changed');
    await dialogSettled(diffCanvas);
    await routeShot(admin, 'route-diff-1280');

    // the route page on a phone: the route to look at, not to edit
    const phone = await as(browser, server.baseUrl, PHONE, 'admin');
    await phone.goto(`${server.baseUrl}/designer/forms/${templateId}/route`);
    await phone.getByTestId('route-phone-hint').waitFor();
    await card(phone, leader).waitFor();
    expect(await phone.getByTestId('route-publish').count()).toBe(0);
    await shot(phone, 'route-leave-390');
    expect(await overflowsSideways(phone)).toBe(false);
    await phone.context().close();
    await admin.context().close();

    // 张三 asks for 5 days: his department head, then the supervising leader, then the CC
    const member = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await openForm(member, server.baseUrl, 'waichuqingjia');
    await member.locator('#days').fill('5');
    await member.getByTestId('submit-form').click();
    await member.waitForURL(/\/requests\/[^/]+$/);
    expect((await member.getByTestId('serial-no').innerText()).trim()).toMatch(/^WCQJ/);
    const steps = member.locator('.signoff-route-step');
    await steps.first().waitFor();
    const route = async () =>
      (await steps.all()).length === 0
        ? []
        : Promise.all(
            (await steps.all()).map(async (s) => ({
              name: ((await s.locator('[data-testid^="route-step-"]').textContent()) ?? '').trim(),
              people: ((await s.locator('.signoff-route-people').textContent()) ?? '').trim(),
            })),
          );
    const drawn = (await route()).filter((s) =>
      ['部门负责人审批', '分管领导审批', '行政备案'].includes(s.name),
    );
    expect(drawn.map((s) => s.name)).toEqual(['部门负责人审批', '分管领导审批', '行政备案']);
    expect(drawn.map((s) => s.people.split(' · ')[0])).toEqual(['李四', '王五', '赵六']);
    expect(await member.getByTestId('route-step-current').textContent()).toBe('部门负责人审批');
    await member.context().close();
  });

  it('opens the real-estate company’s 用印审批 route with every branch and step drawn', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin.mgr', 'real-estate');
    await admin.goto(`${server.baseUrl}/designer`);
    await admin.getByTestId('design-re_seal').click();
    await admin.getByTestId('form-designer').waitFor();
    const templateId = /\/designer\/forms\/([^/?#]+)/.exec(admin.url())?.[1] ?? '';
    const stored = await draftRoute(admin, decodeURIComponent(templateId));
    expect(stored.nodes.filter((n) => n.type === 'branch')).toHaveLength(4);
    await openRouteFromForm(admin);
    await eventually(() => drawnNodeIds(admin).then((ids) => ids.length)).toBe(stored.nodes.length);
    expect([...(await drawnNodeIds(admin))].sort()).toEqual(stored.nodes.map((n) => n.id).sort());
    // each node as its kind of card: the four branches as pills, the steps as cards
    expect(await admin.locator('.rd-canvas .rd-pill-branch').count()).toBe(4);
    const steps = stored.nodes.filter((n) => ['approve', 'handle', 'notify'].includes(n.type));
    for (const n of steps)
      expect(await card(admin, n.id).locator('.rd-card-title').textContent()).toBe(n.name.zh);
    expect(await routeProblemCount(admin)).toMatch(/没有问题/);
    expect(await overlappingCards(admin)).toEqual([]);
    await routeShot(admin, 'route-seal-1280');
    await fitView(admin);
    await routeShot(admin, 'route-seal-fit-1280');
    await admin.context().close();
  });
});
