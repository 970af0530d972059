import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOTS } from './browser';
import { canvasKeys, createTemplate, mouseDrag, nameField, selectField, waitSaved } from './designer-steps';
import { callApi } from './desk-steps';

/**
 * `expect.poll` with room for a slow machine: a new layout runs elkjs in a worker, the simulation
 * waits for typing to settle, and both take seconds on a loaded 2-core box (vitest's default is 1 s).
 */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

/** The kinds the "+" menu offers, by the words on its items. */
export type InsertKind = '审批人' | '抄送人' | '办理人' | '条件分支' | '并行分支';

/** The route as the server keeps it (the parts these tests read). */
export interface StoredRoute {
  nodes: {
    id: string;
    type: string;
    name: { zh: string };
    approvers?: unknown;
    fieldPermissions?: Record<string, string>;
  }[];
  edges: { id: string; from: string; to: string; condition?: unknown; isDefault?: boolean }[];
}

/** The ids of the nodes drawn on the canvas, top to bottom as the DOM has them (React Flow's wrapper carries each id). */
export const drawnNodeIds = (page: Page): Promise<string[]> =>
  page
    .locator('.rd-canvas .react-flow__node')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));

/** A node's card on the canvas. */
export const card = (page: Page, nodeId: string): Locator => page.getByTestId(`route-node-${nodeId}`);

/** What a step's card says its approvers are ("申请人的部门负责人"). */
export const cardWho = async (page: Page, nodeId: string): Promise<string> =>
  (await card(page, nodeId).locator('.rd-card-who').textContent()) ?? '';

/** How the simulation shows a node: lit, skipped, dim, or none while nothing is simulated. */
export const litState = (page: Page, nodeId: string): Promise<string | null> =>
  card(page, nodeId).getAttribute('data-lit');

/** The route page's toolbar count as it reads ("没有问题", "1 个问题"). */
export const routeProblemCount = async (page: Page): Promise<string> =>
  (await page.getByTestId('route-problem-count').textContent()) ?? '';

/** Opens the route designer from the form designer's toolbar and waits for the first layout. */
export async function openRouteFromForm(page: Page): Promise<void> {
  await page.getByTestId('designer-route').click();
  await page.waitForURL(/\/designer\/forms\/[^/]+\/route$/);
  await page.getByTestId('route-designer').waitFor();
  await page.locator('.rd-canvas .react-flow__node').first().waitFor();
}

/** The edge React Flow draws from one node to another (it names each edge by its ends). */
export async function edgeBetween(page: Page, from: string, to: string): Promise<string> {
  const edge = page.locator(`.rd-canvas .react-flow__edge[aria-label="Edge from ${from} to ${to}"]`);
  await edge.waitFor({ state: 'attached' });
  const id = await edge.getAttribute('data-id');
  if (!id) throw new Error(`no edge from ${from} to ${to}`);
  return id;
}

/** A branch path's edge, found by the words on its label ("请设置条件", "默认", "请假天数 ≥ 3"). */
export async function edgeLabelled(page: Page, text: string): Promise<string> {
  const label = page.locator('[data-testid^="route-edge-label-"]', { hasText: text });
  await eventually(() => label.count()).toBe(1);
  const testId = (await label.getAttribute('data-testid')) ?? '';
  return testId.replace('route-edge-label-', '');
}

/**
 * The toolbar's "fit view", so a route grown past the window is on screen again; done once React
 * Flow's viewport has kept still for longer than its 200 ms zoom animation.
 */
export async function fitView(page: Page): Promise<void> {
  await page.getByTestId('route-fit-view').click();
  const viewport = page.locator('.rd-canvas .react-flow__viewport');
  let last = '';
  let since = Date.now();
  await eventually(async () => {
    const now = (await viewport.getAttribute('style')) ?? '';
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    return Date.now() - since >= 400;
  }).toBe(true);
}

/**
 * A node put on an edge by the "+" in the edge's middle, as DingTalk does it. Returns the new node's
 * id once its card is drawn (a card appears only after the new layout is done).
 */
export async function insertOn(page: Page, edgeId: string, kind: InsertKind): Promise<string> {
  const before = new Set(await drawnNodeIds(page));
  await page.getByTestId(`route-plus-${edgeId}`).click();
  await page
    .getByRole('menu', { name: '添加节点' })
    .getByRole('menuitem', { name: kind, exact: true })
    .click();
  let added: string[] = [];
  await eventually(async () => {
    added = (await drawnNodeIds(page)).filter((id) => !before.has(id));
    return added.length;
  }).toBe(1);
  await fitView(page);
  return added[0] ?? '';
}

/** Selects a step by a click on its card; the side panel then shows its settings. */
export async function selectNode(page: Page, nodeId: string): Promise<void> {
  await card(page, nodeId).locator('.rd-card-head').click();
  await eventually(() => card(page, nodeId).getAttribute('class')).toContain('rd-selected');
  await page.getByTestId('node-settings').waitFor();
}

/** Renames the selected step in Chinese (the box commits on Enter) and waits for its card to say so. */
export async function renameNode(page: Page, nodeId: string, zh: string): Promise<void> {
  await page.getByTestId('node-name-zh').fill(zh);
  await page.getByTestId('node-name-zh').press('Enter');
  await eventually(() => card(page, nodeId).locator('.rd-card-title').textContent()).toBe(zh);
}

/** Picks the kind of approver of the selected step (部门负责人, 分管领导, 某部门的负责人 …). */
export async function pickApproverKind(page: Page, kind: string): Promise<void> {
  // antd draws the radio button over a hidden input: the officer clicks its label
  await page.getByTestId('node-settings').locator('.rs-kinds label').getByText(kind, { exact: true }).click();
}

/** Opens one of the side panel's tabs (设置, 问题, 模拟). */
export async function sideTab(page: Page, name: '设置' | '问题' | '模拟'): Promise<void> {
  await page.locator('.rd-side [role="tab"]', { hasText: new RegExp(`^${name}`) }).click();
}

/** The simulated steps as the panel lists them: node id, the people named (or 无人), skipped or not. */
export async function simulatedSteps(
  page: Page,
): Promise<{ nodeId: string; people: string; skipped: boolean }[]> {
  const rows = page.getByTestId('simulation-steps').locator(':scope > li');
  const out: { nodeId: string; people: string; skipped: boolean }[] = [];
  for (const row of await rows.all())
    out.push({
      nodeId: (await row.getAttribute('data-node-id')) ?? '',
      people: (await row.getByTestId('simulation-step-people').textContent()) ?? '',
      skipped: (await row.getAttribute('data-skipped')) === 'true',
    });
  return out;
}

/** Picks an option of an antd Select (found by its test id), by the option's text. */
export async function chooseIn(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The route saved with the template's draft. */
export async function draftRoute(page: Page, templateId: string): Promise<StoredRoute> {
  const answer = await callApi<{ draft: { flow: StoredRoute } }>(
    page,
    'forms.draft',
    { templateId },
    'query',
  );
  return answer.draft.flow;
}

/** The route of a published version. */
export async function publishedRoute(page: Page, templateId: string, version: number): Promise<StoredRoute> {
  const answer = await callApi<{ flow?: StoredRoute; draft?: { flow: StoredRoute } }>(
    page,
    'forms.version',
    { templateId, version },
    'query',
  );
  const flow = answer.flow ?? answer.draft?.flow;
  if (!flow)
    throw new Error(`forms.version answered without a route: ${JSON.stringify(answer).slice(0, 300)}`);
  return flow;
}

/** Pairs of drawn cards whose boxes overlap (a layout an officer could not read). */
export const overlappingCards = (page: Page): Promise<string[]> =>
  page.locator('.rd-canvas .react-flow__node').evaluateAll((els) => {
    const boxes = els.map((e) => ({ id: (e as HTMLElement).dataset.id ?? '', r: e.getBoundingClientRect() }));
    const out: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (
          a.r.left < b.r.right - 1 &&
          b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 &&
          b.r.top < a.r.bottom - 1
        )
          out.push(`${a.id} × ${b.id}`);
    return out;
  });

/**
 * The route page as the screen shows it, into the screenshots folder: the panes scroll inside a
 * page of the window's height, so a full-page capture would show nothing more.
 */
export async function routeShot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** Whether an element's text reads red (a missing condition is told by its colour as well as its words). */
export const textColour = (el: Locator): Promise<'red' | 'other'> =>
  el.evaluate((e) => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(e).color.match(/\d+/g) ?? []).map(Number);
    return r > 150 && g < 100 && b < 100 ? 'red' : 'other';
  });

/**
 * The controls of the simulation's sample form that reach past the right edge of the side panel
 * (a number box cut off by the panel), by their field's id; empty when the form fits.
 */
export const sampleFormOverflow = (page: Page): Promise<string[]> =>
  page.getByTestId('simulation-sample-form').evaluate((form) => {
    const side = form.closest('.rd-side') ?? form;
    const edge = side.getBoundingClientRect().right;
    return [...form.querySelectorAll('input, textarea, .ant-input-number, .ant-select, .signoff-form-cell')]
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
      .map((el) => el.closest('[id^="field-"]')?.id ?? el.tagName.toLowerCase());
  });

/** Ticks or unticks one of the selected step's settings by the words beside it. */
export async function setStepCheck(page: Page, words: string, on: boolean): Promise<void> {
  const box = page.getByTestId('node-settings').getByRole('checkbox', { name: words, exact: true });
  if ((await box.isChecked()) !== on)
    await page.getByTestId('node-settings').getByText(words, { exact: true }).click();
  await eventually(() => box.isChecked()).toBe(on);
}

/** The saved simulation cases as the panel lists them: name and state (true passed, false failed, null not run). */
export const savedCases = (page: Page): Promise<{ name: string; passed: boolean | null }[]> =>
  page
    .getByTestId('simulation-cases')
    .locator('li[data-case-id]')
    .evaluateAll((els) =>
      els.map((e) => {
        const state = (e as HTMLElement).dataset.passed;
        return {
          name: e.querySelector('.ant-typography')?.textContent ?? '',
          passed: state === undefined ? null : state === 'true',
        };
      }),
    );

/**
 * Waits until the antd dialog holding `inside` has finished its opening zoom (it fades and grows
 * in), so a screenshot shows it as a person sees it rather than half-transparent over the page.
 */
export async function dialogSettled(inside: Locator): Promise<void> {
  await eventually(() =>
    inside.evaluate((el) => {
      const modal = el.closest('.ant-modal');
      if (!modal) return false;
      const style = getComputedStyle(modal);
      const still = style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)';
      return !/\bant-zoom-/.test(modal.className) && still && Number(style.opacity) === 1;
    }),
  ).toBe(true);
}

/**
 * A new template whose form is one required number field 请假天数 under the key `days` (what a
 * route's day-count branch reads), built by mouse in the form designer; gives the template's id.
 */
export async function newDaysForm(
  page: Page,
  baseUrl: string,
  name: { zh: string; en: string },
  expected: { key: string; prefix: string },
): Promise<string> {
  const templateId = await createTemplate(page, baseUrl, name, expected);
  await mouseDrag(page, 'palette-number', 'canvas-end');
  await selectField(page, 'shuzi');
  await nameField(page, '请假天数', 'Days', 'qingjiatianshu');
  await page.getByTestId('prop-key').fill('days');
  await page.getByTestId('prop-key').press('Enter');
  await eventually(() => canvasKeys(page)).toEqual(['days']);
  await page.getByTestId('prop-required').click();
  await waitSaved(page);
  return templateId;
}
