import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, SCREENSHOTS, shot } from './browser';
import { as, callApi, openForm } from './desk-steps';
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

const tripModel = {
  modelVersion: 1,
  key: 'outing',
  title: { zh: '外出申请', en: 'Time out' },
  fields: [
    { key: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' }, required: true },
    { key: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } },
  ],
};
// the smallest route: the applicant's department head approves
const tripFlow = {
  key: 'outing',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起申请', en: 'Submit' } },
    {
      id: 'head',
      type: 'approve',
      name: { zh: '部门负责人审批', en: 'Department head' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'head' },
    { id: 'e2', from: 'head', to: 'end' },
  ],
};

/** The canvas's top-level field keys, in order. */
const canvasKeys = (page: Page) =>
  page.$$eval('[data-testid="designer-canvas"] > .fd-row', (rows) =>
    rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('canvas-field-', '')),
  );

/** A mouse drag as a person makes it: press, move in steps (dnd-kit starts after 5 px), release over the target. */
/** Unfolds the visibility rule's JSON box under the condition builder. */
async function openJson(page: Page): Promise<void> {
  const box = page.locator('details.fd-json-toggle').first();
  if ((await box.getAttribute('open')) === null) await box.locator('summary').click();
}

async function mouseDrag(page: Page, from: string, to: string): Promise<void> {
  const a = await page.getByTestId(from).boundingBox();
  const b = await page.getByTestId(to).boundingBox();
  if (!a || !b) throw new Error(`no box for ${from} or ${to}`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 4, { steps: 12 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** A keyboard drag: space picks up, arrows move, space drops; dnd-kit measures between the steps. */
async function keyboardDrag(page: Page, handle: ReturnType<Page['locator']>, keys: string[]): Promise<void> {
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

describe('the form designer', () => {
  it('builds a form with the palette, by mouse and keyboard, publishes it, and a member sees the new field', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const saved = await callApi<{ templateId: string }>(admin, 'forms.saveDraft', {
      key: 'outing',
      title: tripModel.title,
      serialPrefix: 'WC',
      draft: { model: tripModel, flow: tripFlow },
    });
    await callApi(admin, 'forms.publish', { templateId: saved.templateId });

    await admin.goto(`${server.baseUrl}/designer/forms/${saved.templateId}`);
    await admin.getByTestId('form-designer').waitFor();
    expect(await canvasKeys(admin)).toEqual(['reason', 'note']);

    // click to append, then name it: the key follows the Chinese label as pinyin
    await admin.getByTestId('palette-number').click();
    await admin.getByTestId('canvas-field-shuzi').waitFor();
    await admin.getByTestId('prop-label-zh').fill('请假天数');
    await admin.getByTestId('prop-label-en').focus();
    await admin.getByTestId('canvas-field-qingjiatianshu').waitFor();
    await expect.poll(() => admin.getByTestId('prop-key').inputValue()).toBe('qingjiatianshu');
    await admin.getByTestId('prop-required').click();

    await admin.getByTestId('palette-select').click();
    await admin.getByTestId('canvas-field-xialadanxuan').waitFor();
    await admin.getByTestId('prop-label-zh').fill('假期类型');
    await admin.getByTestId('prop-options').fill('年休假\n事假\n病假');
    await admin.getByTestId('prop-label-zh').focus();
    await admin.getByTestId('canvas-field-jiaqileixing').waitFor();
    expect(await canvasKeys(admin)).toEqual(['reason', 'note', 'qingjiatianshu', 'jiaqileixing']);

    // a date by mouse, dropped before 事由
    await mouseDrag(admin, 'palette-date', 'canvas-field-reason');
    await expect
      .poll(() => canvasKeys(admin))
      .toEqual(['riqi', 'reason', 'note', 'qingjiatianshu', 'jiaqileixing']);

    // an amount by keyboard: picked up in the palette, moved onto the canvas, dropped
    await keyboardDrag(admin, admin.getByTestId('palette-money'), ['ArrowRight']);
    await expect.poll(async () => (await canvasKeys(admin)).includes('jine')).toBe(true);
    expect(await canvasKeys(admin)).toHaveLength(6);

    // a move by keyboard, undone and redone
    const before = await canvasKeys(admin);
    await keyboardDrag(admin, admin.getByTestId('canvas-field-jiaqileixing').locator('.fd-handle'), [
      'ArrowUp',
    ]);
    await expect.poll(() => canvasKeys(admin)).not.toEqual(before);
    const moved = await canvasKeys(admin);
    await admin.getByTestId('designer-undo').click();
    await expect.poll(() => canvasKeys(admin)).toEqual(before);
    await admin.getByTestId('designer-redo').click();
    await expect.poll(() => canvasKeys(admin)).toEqual(moved);
    // Ctrl+Z outside a text box undoes too
    await admin.getByTestId('canvas-field-reason').locator('.fd-row-title').click();
    await admin.keyboard.press('Control+z');
    await expect.poll(() => canvasKeys(admin)).toEqual(before);
    await admin.keyboard.press('Control+Shift+z');
    await expect.poll(() => canvasKeys(admin)).toEqual(moved);

    // a rule on a field that does not exist is a problem; the list leads to the field, the fix clears it
    await admin.getByTestId('canvas-field-jiaqileixing').locator('.fd-row-title').click();
    await openJson(admin);
    await admin
      .getByTestId('prop-visible-when')
      .fill('{"op":"gte","left":{"field":"tianshu"},"right":{"value":3}}');
    await admin.getByTestId('prop-label-zh').focus();
    await expect.poll(() => admin.getByTestId('designer-problem-count').textContent()).toMatch(/1 个问题/);
    await admin.getByTestId('canvas-field-reason').locator('.fd-row-title').click();
    await admin.getByTestId('designer-problem-count').click();
    await admin.getByTestId('designer-problems').locator('button').first().click();
    await expect
      .poll(() => admin.getByTestId('canvas-field-jiaqileixing').getAttribute('data-selected'))
      .toBe('true');
    await openJson(admin);
    await admin
      .getByTestId('prop-visible-when')
      .fill('{"op":"gte","left":{"field":"qingjiatianshu"},"right":{"value":3}}');
    await admin.getByTestId('prop-label-zh').focus();
    await expect.poll(() => admin.getByTestId('designer-problem-count').textContent()).toMatch(/没有问题/);
    // the rule as the condition builder shows it, in rows and in words
    await admin.locator('details.fd-json-toggle').first().scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `${SCREENSHOTS}designer-condition-builder-1280.png` });

    await admin.getByTestId('canvas-field-qingjiatianshu').locator('.fd-row-title').click();
    await expect
      .poll(() => admin.getByTestId('designer-save').textContent(), { timeout: 10_000 })
      .toMatch(/已保存/);
    await shot(admin, 'designer-desktop-selected');

    // preview at phone width, with the real renderer, in a phone-sized window that opens the saved draft
    const phone = await as(browser, server.baseUrl, PHONE, 'admin');
    await phone.goto(`${server.baseUrl}/designer/forms/${saved.templateId}`);
    await phone.getByTestId('designer-preview').click();
    await phone.getByTestId('designer-preview-form').locator('#qingjiatianshu').waitFor();
    // the drawer slides in; the capture waits until it covers the screen
    await expect
      .poll(async () => (await phone.locator('.ant-drawer-content-wrapper').boundingBox())?.x ?? -1)
      .toBe(0);
    await phone.waitForTimeout(300);
    await shot(phone, 'designer-preview-phone');
    await phone.close();

    // publish: the newly required field is named as a breaking change
    await admin.getByTestId('designer-publish').click();
    await expect.poll(() => admin.getByTestId('publish-breaking').textContent()).toContain('请假天数');
    await admin.getByTestId('publish-confirm').click();
    await expect
      .poll(
        async () =>
          (await callApi<unknown[]>(admin, 'forms.versions', { templateId: saved.templateId }, 'query'))
            .length,
      )
      .toBe(2);

    const member = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await openForm(member, server.baseUrl, 'outing');
    await member.locator('#qingjiatianshu').waitFor();
    await member.locator('#jine').waitFor();
  });

  it('leads an admin from the sider to the designers’ list, where every seeded form is listed by folder', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await admin.getByTestId('nav-/designer').click();
    await admin.getByTestId('designer-templates').waitFor();
    expect(await admin.getByTestId('nav-/designer').getAttribute('aria-current')).toBe('page');
    await admin.getByTestId('designer-template-leave').waitFor();
    await admin.close();
  });

  it('opens a seeded form from the list editable, renames a label and publishes it as a new version', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    await admin.goto(`${server.baseUrl}/designer`);
    await admin.getByTestId('designer-template-leave').waitFor();
    await shot(admin, 'designer-templates-1280');
    // found by pinyin initials, as a Chinese officer types
    await admin.getByTestId('designer-templates-search').locator('input').fill('qj');
    await admin.getByTestId('design-leave').click();
    await admin.getByTestId('form-designer').waitFor();
    const versionsBefore = (
      await callApi<unknown[]>(admin, 'forms.versions', { templateId: templateIdOf(admin) }, 'query')
    ).length;

    await admin.getByTestId('canvas-field-reason').locator('.fd-row-title').click();
    await admin.getByTestId('prop-label-zh').fill('请假原因');
    await admin.getByTestId('prop-label-en').focus();
    await expect
      .poll(() => admin.getByTestId('designer-save').textContent(), { timeout: 10_000 })
      .toMatch(/已保存/);

    await admin.getByTestId('designer-publish').click();
    await admin.getByTestId('publish-confirm').click();
    const templateId = templateIdOf(admin);
    await expect
      .poll(async () => (await callApi<unknown[]>(admin, 'forms.versions', { templateId }, 'query')).length)
      .toBe(versionsBefore + 1);
    const published = await callApi<{ model: { fields: { key: string; label: { zh: string } }[] } }>(
      admin,
      'forms.get',
      { templateId },
      'query',
    );
    expect(published.model.fields.find((f) => f.key === 'reason')?.label.zh).toBe('请假原因');
    // the published form's types download is offered now
    expect(await admin.getByTestId('designer-download').isDisabled()).toBe(false);
    await admin.close();
  });
});

/** The template being designed, from the page's address. */
function templateIdOf(page: Page): string {
  const m = /\/designer\/forms\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not in the designer: ${page.url()}`);
  return decodeURIComponent(m[1]);
}
