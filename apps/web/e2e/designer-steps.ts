import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOTS } from './browser';
import { callApi } from './desk-steps';

/** The canvas's top-level field keys, in order. */
export const canvasKeys = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="designer-canvas"] > .fd-row', (rows) =>
    rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('canvas-field-', '')),
  );

/** The column keys of a detail table on the canvas, in order. */
export const columnKeys = (page: Page, table: string): Promise<string[]> =>
  page
    .getByTestId(`canvas-field-${table}`)
    .locator('.fd-column')
    .evaluateAll((chips) =>
      chips.map((c) => (c.getAttribute('data-testid') ?? '').replace(/^canvas-field-[^.]+\./, '')),
    );

/** A mouse drag as a person makes it: press, move in steps (dnd-kit starts after 5 px), release over the target. */
export async function mouseDrag(page: Page, from: string | Locator, to: string): Promise<void> {
  const source = typeof from === 'string' ? page.getByTestId(from) : from;
  const target = page.getByTestId(to);
  // a drop is placed by where the pointer is in the canvas pane: the target must be on screen in it
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error(`no box for ${String(from)} or ${to}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 4, { steps: 12 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** A keyboard drag: space picks up, arrows move, space drops; dnd-kit measures between the steps. */
export async function keyboardDrag(page: Page, handle: Locator, keys: string[]): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  for (const k of keys) {
    await page.keyboard.press(k);
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
}

/**
 * What a screen reader hears now: the page's assertive live regions (dnd-kit's, which says a drag
 * began and where it was dropped, and the designer's, which says where the dragged field would go).
 */
export const heard = (page: Page): Promise<string[]> =>
  page.locator('[role="status"][aria-live="assertive"]').allTextContents();

/**
 * A keyboard drag steered by what a screen reader hears: space picks `item` up, then each leg's key
 * is pressed until a live region says "「item」将放在<until>", and space drops it. Fails when a place
 * is not reached in `maxSteps` presses.
 */
export async function keyboardDragTo(
  page: Page,
  handle: Locator,
  item: string,
  route: { key: string; until: string }[],
  maxSteps = 14,
): Promise<void> {
  const press = async (key: string) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  };
  await handle.focus();
  await press('Space');
  // what the regions said before this drag's first step is an earlier drag's, not this one's
  let moved = false;
  for (const { key, until } of route) {
    const wanted = `「${item}」将放在${until}`;
    for (let i = 0; !moved || !(await heard(page)).includes(wanted); i++) {
      if (i === maxSteps) {
        const last = (await heard(page)).join(' | ');
        await press('Escape');
        throw new Error(`the drag did not reach ${until}; last heard: ${last}`);
      }
      await press(key);
      moved = true;
    }
  }
  await press('Space');
}

/**
 * Unfolds the raw JSON box (`prop-visible-when` or `prop-formula`) folded under the condition
 * builder or the formula editor; the box is only made once its fold is open.
 */
export async function openJson(page: Page, testId = 'prop-visible-when'): Promise<void> {
  const owner = page.locator(testId === 'prop-formula' ? '.fe' : '.cb');
  const fold = page.locator('.fd-prop', { has: owner }).locator('details.fd-json-toggle').first();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await page.getByTestId(testId).waitFor();
}

/** Selects a field (`key`, or `table.column`) by clicking its title on the canvas. */
export async function selectField(page: Page, path: string): Promise<void> {
  await page.getByTestId(`canvas-field-${path}`).locator('.fd-row-title').first().click();
  await expect
    .poll(() => page.getByTestId(`canvas-field-${path}`).getAttribute('data-selected'))
    .toBe('true');
  // the panel follows a frame after the canvas (useAfterPaint): until then it still holds the old field
  await page.locator(`[data-testid="property-panel"][data-field="${path}"]:not([aria-busy])`).waitFor();
}

/**
 * Names the selected field in both languages, as an officer types it. Leaving the Chinese box makes
 * the key follow the label (and the panel open afresh for the renamed field), so the English name
 * is typed once the field is on the canvas under `key`.
 */
export async function nameField(page: Page, zh: string, en: string, key: string): Promise<void> {
  await page.getByTestId('prop-label-zh').fill(zh);
  await page.getByTestId('prop-label-en').focus();
  await expect.poll(() => page.getByTestId('prop-key').inputValue()).toBe(key);
  await page.getByTestId('prop-label-en').fill(en);
  await page.getByTestId('prop-key').focus();
  await expect.poll(() => page.getByTestId('prop-label-en').inputValue()).toBe(en);
}

/** Picks an option of an antd Select found by its accessible name (the condition builder's selects). */
export async function chooseByLabel(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** Picks an option of the antd Select in the property row with this label (合计的列, 添加列). */
export async function chooseInProp(page: Page, propLabel: string, option: string): Promise<void> {
  await page
    .locator('.fd-prop', { has: page.locator('.fd-prop-label', { hasText: propLabel }) })
    .locator('.ant-select')
    .first()
    .click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The toolbar's problem count as it reads ("没有问题", "2 个问题"). */
export const problemCount = async (page: Page): Promise<string> =>
  (await page.getByTestId('designer-problem-count').textContent()) ?? '';

/** The problems list's entries, as the officer reads them. */
export async function problemTexts(page: Page): Promise<string[]> {
  await page.getByTestId('designer-problem-count').click();
  await page.getByTestId('designer-problems').waitFor();
  return page.getByTestId('designer-problems').locator('button.fd-problem').allInnerTexts();
}

/** Waits until the toolbar says the draft is saved to the server. */
export async function waitSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('designer-save').textContent(), { timeout: 10_000 })
    .toMatch(/已保存|Saved/);
}

/** The template being designed, from the page's address. */
export function templateIdOf(page: Page): string {
  const m = /\/designer\/forms\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not in the designer: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

/** How many versions of the template are published. */
export const versionCount = async (page: Page, templateId: string): Promise<number> =>
  (await callApi<unknown[]>(page, 'forms.versions', { templateId }, 'query')).length;

/**
 * 新建表单 on the designers' list, as an officer does it: a name in both languages; the key and the
 * number prefix follow the name as pinyin. Ends in the new form's designer, with an empty canvas.
 */
export async function createTemplate(
  page: Page,
  baseUrl: string,
  name: { zh: string; en: string },
  expected: { key: string; prefix: string },
): Promise<string> {
  await page.goto(`${baseUrl}/designer`);
  await page.getByTestId('new-template').click();
  await page.getByTestId('new-template-name-zh').fill(name.zh);
  await page.getByTestId('new-template-name-en').fill(name.en);
  await expect.poll(() => page.getByTestId('new-template-key').inputValue()).toBe(expected.key);
  expect(await page.getByTestId('new-template-prefix').inputValue()).toBe(expected.prefix);
  await page.getByTestId('new-template-ok').click();
  await page.waitForURL(/\/designer\/forms\/[^/]+$/);
  await page.getByTestId('form-designer').waitFor();
  expect(await canvasKeys(page)).toEqual([]);
  return templateIdOf(page);
}

/** The route the 新建表单 dialog gives a new form (the applicant's department head approves). */
export { smallestRoute as newRouteFlow } from '../src/form-designer/templates/new-template';

/** Scrolls the designer's own pane so the element is in its middle, and the window back to the top. */
export async function showInPanel(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The designer as the screen shows it, into the screenshots folder. Not `shot()`'s full-page capture:
 * the panes scroll inside a page of the window's height, and the capture's resize puts every pane
 * back at its top, so the part scrolled to (the condition builder) would not be in the picture.
 */
export async function paneShot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // the page is 40 px taller than a 1280×800 window, and a scroll into view leaves the toolbar under the header
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}
