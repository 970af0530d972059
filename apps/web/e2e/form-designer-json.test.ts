import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, SCREENSHOTS } from './browser';
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

interface Model {
  modelVersion: 1;
  key: string;
  title: { zh: string; en: string };
  fields: { key: string; type: string; label: { zh: string; en: string }; [k: string]: unknown }[];
}

/** The template being designed, from the page's address. */
function templateIdOf(page: Page): string {
  const m = /\/designer\/forms\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not in the designer: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

/** The draft the designer opened, from the API (a draft row `{ draft: { model } }`, or `{ model }`). */
async function draftModel(page: Page): Promise<Model> {
  const answer = await callApi<{ draft?: { model: Model }; model?: Model }>(
    page,
    'forms.draft',
    { templateId: templateIdOf(page) },
    'query',
  );
  const model = answer.draft?.model ?? answer.model;
  if (!model) throw new Error(`no model in forms.draft: ${JSON.stringify(answer).slice(0, 200)}`);
  return model;
}

async function openDesigner(page: Page, key: string): Promise<void> {
  await page.goto(`${server.baseUrl}/designer`);
  await page.getByTestId(`design-${key}`).click();
  await page.getByTestId('form-designer').waitFor();
}

/**
 * Replaces the whole text of the JSON view's model editor by pasting over a selection, as a person
 * pastes JSON from elsewhere (typing it would have the editor auto-close brackets and indent).
 */
async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByTestId('json-model-editor').locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
}

/** What an editor shows (the lines on screen); Monaco draws spaces as no-break spaces. */
const shownText = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).locator('.view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ');

const canvasLabel = (page: Page, key: string) =>
  page.getByTestId(`canvas-field-${key}`).locator('.fd-row-title').textContent();

describe('the JSON view of the form designer', () => {
  it('edits the model as JSON with completion, the canvas follows, and malformed JSON is refused with its place', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const workerErrors: string[] = [];
    admin.on('console', (m) => {
      if (m.type() === 'error' || /web worker/i.test(m.text())) workerErrors.push(m.text());
    });
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await openDesigner(admin, 'leave');
    const model = await draftModel(admin);
    // the first field: its label is also near the top of the compiled schema, on screen
    const target = model.fields[0];
    if (!target) throw new Error('the leave form has no fields');

    // opened lazily: Monaco is fetched from our own server on the first click, never from a CDN
    const requests: string[] = [];
    admin.on('request', (r) => requests.push(r.url()));
    await admin.getByTestId('designer-json').click();
    await admin.getByTestId('json-model-editor').locator('.monaco-editor').waitFor();
    await admin.getByTestId('json-schema-editor').locator('.monaco-editor').waitFor();
    await expect.poll(() => shownText(admin, 'json-model-editor')).toContain('"key": "leave"');
    expect(requests.filter((u) => !u.startsWith(server.baseUrl))).toEqual([]);
    expect(requests.some((u) => /AdvancedView-.*\.js/.test(u))).toBe(true);
    await admin.waitForTimeout(500);
    await admin.screenshot({ path: '/tmp/monaco-open.png' });

    // a label changed in the JSON shows on the canvas after the pause, and one undo takes it back
    const edited = {
      ...model,
      fields: model.fields.map((f) =>
        f.key === target.key ? { ...f, label: { ...f.label, zh: '类型（JSON 改）' } } : f,
      ),
    };
    await pasteIntoEditor(admin, JSON.stringify(edited, null, 2));
    await expect.poll(() => canvasLabel(admin, target.key)).toContain('类型（JSON 改）');
    await expect.poll(() => shownText(admin, 'json-schema-editor')).toContain('类型（JSON 改）');
    await admin.screenshot({ path: '/tmp/monaco-edited.png' });
    await admin.getByTestId('designer-undo').click();
    await expect.poll(() => canvasLabel(admin, target.key)).not.toContain('类型（JSON 改）');
    await expect.poll(() => shownText(admin, 'json-model-editor')).not.toContain('类型（JSON 改）');

    // schema-driven completion: inside a text field, Ctrl+Space offers that type's properties
    const head = JSON.stringify({ modelVersion: 1, key: model.key, title: model.title }).slice(0, -1);
    const prefix = `${head},"fields":[{"key":"a","type":"text","label":{"zh":"甲","en":"A"},`;
    await pasteIntoEditor(admin, `${prefix}}]}`);
    for (let i = 0; i < 3; i++) await admin.keyboard.press('ArrowLeft');
    await admin.keyboard.press('Control+Space');
    const suggest = admin.locator('.suggest-widget.visible');
    await suggest.waitFor();
    await expect.poll(() => suggest.textContent()).toContain('placeholder');
    expect(await suggest.textContent()).not.toContain('options');
    await admin.screenshot({ path: '/tmp/monaco-completion.png' });
    await admin.keyboard.press('Escape');

    // malformed JSON: the message names line and column; the model keeps what it had
    await pasteIntoEditor(admin, '{\n  "modelVersion": 1,\n  "key" "leave"\n}');
    const problems = admin.getByTestId('json-problems');
    await expect.poll(() => problems.textContent()).toContain('第 3 行第 9 列');
    expect(await problems.textContent()).toContain('属性名后缺少冒号');
    expect(await canvasLabel(admin, target.key)).toContain(target.label.zh);
    // a misspelt property is refused too, at its place
    await pasteIntoEditor(admin, JSON.stringify(model, null, 2).replace('"required"', '"requird"'));
    await expect.poll(() => problems.textContent()).toContain('「requird」');
    await admin.waitForTimeout(300);
    await admin.screenshot({ path: '/tmp/monaco-malformed.png' });
    await admin.screenshot({ path: `${SCREENSHOTS}designer-json-view-1280.png` });
    expect(workerErrors.filter((t) => /worker/i.test(t))).toEqual([]);
    await admin.close();
  });

  it('copies a field with Ctrl+C in one form and pastes it with Ctrl+V into another form in a second tab', async () => {
    const first = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await openDesigner(first, 'leave');
    const copied = (await draftModel(first)).fields[0];
    if (!copied) throw new Error('the leave form has no fields');
    await first.getByTestId(`canvas-field-${copied.key}`).locator('.fd-row-title').click();
    await first.keyboard.press('Control+c');

    // a second tab of the same browser, on another form
    const second = await first.context().newPage();
    await second.goto(`${server.baseUrl}/designer`);
    const other = second.locator('[data-testid^="design-"]:not([data-testid="design-leave"])').first();
    await other.click();
    await second.getByTestId('form-designer').waitFor();
    const keysOf = (page: Page) =>
      page.$$eval('[data-testid="designer-canvas"] > .fd-row', (rows) =>
        rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('canvas-field-', '')),
      );
    const before = await keysOf(second);
    const firstKey = before[0];
    if (!firstKey) throw new Error('the other form has no fields');
    await second.getByTestId(`canvas-field-${firstKey}`).locator('.fd-row-title').click();
    await second.keyboard.press('Control+v');
    await expect.poll(async () => (await keysOf(second)).length).toBe(before.length + 1);
    const after = await keysOf(second);
    // right after the selected field, under a key the other form does not use yet
    const pasted = after[1] ?? '';
    expect(before).not.toContain(pasted);
    expect(await canvasLabel(second, pasted)).toContain(copied.label.zh);
    await second.screenshot({ path: '/tmp/monaco-pasted.png' });
    await first.close();
  });
});
