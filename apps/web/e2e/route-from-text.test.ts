import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from './browser';
import { versionCount } from './designer-steps';
import { as, openForm } from './desk-steps';
import {
  card,
  cardWho,
  drawnNodeIds,
  newDaysForm,
  eventually,
  fitView,
  openRouteFromForm,
  publishedRoute,
  routeProblemCount,
  routeShot,
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

/** A leave process as Camunda Modeler saves it: candidate groups, a JUEL gateway, a timer on the first step. */
const CAMUNDA_LEAVE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler">
  <bpmn:process id="leave" name="请假" isExecutable="true">
    <bpmn:startEvent id="start" name="提交" />
    <bpmn:userTask id="manager" name="部门经理审批" camunda:candidateGroups="部门经理" />
    <bpmn:boundaryEvent id="remind" attachedToRef="manager"><bpmn:timerEventDefinition><bpmn:timeDuration>PT24H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:exclusiveGateway id="days" name="天数" default="short" />
    <bpmn:userTask id="admin" name="综合管理部审核" camunda:candidateGroups="综合管理部经理" />
    <bpmn:userTask id="pay" name="扣款" camunda:candidateGroups="finance" />
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="manager" />
    <bpmn:sequenceFlow id="f2" sourceRef="manager" targetRef="days" />
    <bpmn:sequenceFlow id="long" sourceRef="days" targetRef="admin"><bpmn:conditionExpression>\${days &gt; 3}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="unpaid" sourceRef="days" targetRef="pay"><bpmn:conditionExpression>\${amount &gt; 1}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="short" sourceRef="days" targetRef="end" />
    <bpmn:sequenceFlow id="f3" sourceRef="admin" targetRef="end" />
    <bpmn:sequenceFlow id="f4" sourceRef="pay" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;

/** The small company's paper rule for 请假 (seed 000), as its catalog file keeps it. */
function leaveSeedLine(): string {
  const file = new URL('../../../templates/small-company/05-sc_leave.json', import.meta.url);
  const text = (JSON.parse(readFileSync(file, 'utf8')) as { seed: { text: string } }).seed.text;
  // the rule for 职员: one day or less, and more than a day
  return text.slice(text.indexOf('1、'), text.indexOf(' 3、年假')).trim();
}

describe('a route from a line of text', () => {
  it('pastes the small company’s leave line, sees the draft and the words it could not place, fixes them, publishes, and a member’s request follows it; a Camunda file gets the mapping step', async () => {
    const line = leaveSeedLine();
    expect(line).toBe(
      '1、1天内(含1天):本人填写→部门经理审批→综合部备案 2、1天以上(不含一天):员工提出→部门经理审核→董事长审批→综合部备案',
    );
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    // the form: the number field 请假天数 under the key `days`, which the line's 1天以上 is about
    const templateId = await newDaysForm(
      admin,
      server.baseUrl,
      { zh: '文字请假', en: 'Leave from text' },
      { key: 'wenziqingjia', prefix: 'WZQJ' },
    );

    await openRouteFromForm(admin);
    await eventually(() => drawnNodeIds(admin)).toEqual(['start', 'head', 'end']);
    await admin.getByTestId('route-from-text').click();
    const dialog = admin.getByTestId('route-text-dialog');
    await dialog.waitFor();
    const input = admin.getByTestId('route-text-input');
    await input.fill(line);

    // the demo company has no 董事长 and no 综合部: those stretches are marked in the line and listed with why
    const marks = admin.getByTestId('route-text-unplaced-mark');
    await eventually(() => marks.allTextContents()).toEqual(['综合部备案', '董事长审批', '综合部备案']);
    expect(await marks.nth(1).getAttribute('title')).toContain('本企业组织中没有岗位「董事长」');
    const unplaced = admin.getByTestId('route-text-unplaced');
    const listed = unplaced.locator('li');
    expect(await unplaced.textContent()).toContain(`${await listed.count()} 处文字没有用上`);
    const reasons = await listed.allTextContents();
    expect(reasons.some((r) => r.includes('本企业组织中没有岗位「董事长」'))).toBe(true);
    expect(reasons.some((r) => r.includes('「综合部」不是本企业组织中的部门、岗位或审批用语'))).toBe(true);
    // what it could read: the day count as a branch on the form's field, the department head on both paths
    const draft = admin.getByTestId('route-text-draft');
    expect(await draft.textContent()).toContain('当 请假天数 > 1');
    expect(await draft.getByTestId('route-text-step').allTextContents()).toEqual([
      '审批部门经理审核 · 申请人的部门负责人',
      '审批部门经理审批 · 申请人的部门负责人',
    ]);
    expect(await admin.getByTestId('route-text-accept').textContent()).toMatch(/^仍然使用（\d+ 处未用上）$/);
    await routeShot(admin, 'route-from-text-unplaced-1280');

    // the fix, in the line itself: this company's words for the chairman's step and the filing department
    await input.fill(line.replace('董事长审批', '分管领导审批').replaceAll('综合部备案', '综合管理部备案'));
    await eventually(() => unplaced.textContent()).toBe('每个字都用上了。');
    expect(await marks.count()).toBe(0);
    await eventually(() => draft.getByTestId('route-text-step').allTextContents()).toEqual([
      '审批部门经理审核 · 申请人的部门负责人',
      '审批分管领导审批 · 分管领导（按部门）',
      '抄送综合管理部备案 · 部门「综合管理部」的负责人',
      '审批部门经理审批 · 申请人的部门负责人',
      '抄送综合管理部备案 · 部门「综合管理部」的负责人',
    ]);
    await routeShot(admin, 'route-from-text-fixed-1280');
    await admin.getByTestId('route-text-accept').click();
    await dialog.waitFor({ state: 'detached' });

    // on the canvas as one step: undo gives back the route the form started with, redo the draft
    await eventually(() => drawnNodeIds(admin)).toEqual(
      expect.arrayContaining(['s1', 's2', 's3', 's4', 's5']),
    );
    expect(await cardWho(admin, 's2')).toBe('分管领导（按部门）');
    await admin.getByTestId('route-undo').click();
    await eventually(() => drawnNodeIds(admin)).toEqual(['start', 'head', 'end']);
    await admin.getByTestId('route-redo').click();
    await card(admin, 's2').waitFor();
    await eventually(() => routeProblemCount(admin)).toMatch(/没有问题/);
    await fitView(admin);
    await routeShot(admin, 'route-from-text-canvas-1280');

    await admin.getByTestId('route-publish').click();
    await admin.getByTestId('publish-confirm').click();
    await eventually(() => versionCount(admin, templateId)).toBe(1);
    const published = await publishedRoute(admin, templateId, 1);
    expect(published.nodes.find((n) => n.id === 's2')?.approvers).toEqual({
      kind: 'supervisingLeader',
      by: 'department',
    });

    // a process from another modeller, for the mapping step: its groups matched by name where the org allows
    await admin.getByTestId('route-import').click();
    await admin.getByTestId('route-import-file').setInputFiles({
      name: 'leave-camunda.bpmn',
      mimeType: 'application/xml',
      buffer: Buffer.from(CAMUNDA_LEAVE),
    });
    const rows = admin.getByTestId('route-import-mapping-row');
    await eventually(() => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).toEqual([
      'group:部门经理',
      'group:综合管理部经理',
      'group:finance',
    ]);
    expect(await rows.nth(0).getByTestId('approvers-in-words').textContent()).toBe(
      '审批人：申请人的部门负责人',
    );
    expect(await rows.nth(1).getByTestId('approvers-in-words').textContent()).toBe(
      '审批人：职位「综合管理部经理」',
    );
    expect(await rows.nth(2).textContent()).toContain('请选择');
    expect(await admin.getByTestId('route-import-unplaced').textContent()).toContain(
      '表单中没有名为「amount」的字段',
    );
    expect(await admin.getByTestId('route-import-unsupported').textContent()).toContain(
      'boundaryEvent:timer',
    );
    await routeShot(admin, 'route-import-bpmn-mapping-1280');
    await admin.getByRole('button', { name: /^取\s?消$/ }).click();
    await admin.getByTestId('route-import-dialog').waitFor({ state: 'detached' });
    await admin.context().close();

    // 张三 (工程部) asks for 5 days: his department head, the supervising leader, then 综合管理部 is copied
    const member = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await openForm(member, server.baseUrl, 'wenziqingjia');
    await member.locator('#days').fill('5');
    await member.getByTestId('submit-form').click();
    await member.waitForURL(/\/requests\/[^/]+$/);
    expect((await member.getByTestId('serial-no').innerText()).trim()).toMatch(/^WZQJ/);
    const steps = member.locator('.signoff-route-step');
    await steps.first().waitFor();
    const route = await Promise.all(
      (await steps.all()).map(async (s) => ({
        name: ((await s.locator('[data-testid^="route-step-"]').textContent()) ?? '').trim(),
        people: ((await s.locator('.signoff-route-people').textContent()) ?? '').trim(),
      })),
    );
    const drawn = route.filter((s) => ['部门经理审核', '分管领导审批', '综合管理部备案'].includes(s.name));
    expect(drawn.map((s) => s.name)).toEqual(['部门经理审核', '分管领导审批', '综合管理部备案']);
    expect(drawn.map((s) => s.people.split(' · ')[0])).toEqual(['李四', '王五', '赵六']);
    expect(await member.getByTestId('route-step-current').textContent()).toBe('部门经理审核');
    await routeShot(member, 'route-from-text-request-1280');
    await member.context().close();
  });
});
