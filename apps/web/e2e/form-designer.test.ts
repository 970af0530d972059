import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, SCREENSHOTS, shot } from './browser';
import { canvasKeys, keyboardDrag, mouseDrag, newRouteFlow, openJson, templateIdOf } from './designer-steps';
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
const tripFlow = newRouteFlow('outing');

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
  it('renames, duplicates and archives a form from the designers’ list; an archived form leaves the start page', async () => {
    const admin = await as(browser, server.baseUrl, DESKTOP, 'admin');
    const model = { ...tripModel, key: 'errand', title: { zh: '外勤登记', en: 'Field errand' } };
    const saved = await callApi<{ templateId: string }>(admin, 'forms.saveDraft', {
      key: 'errand',
      title: model.title,
      serialPrefix: 'WQ',
      draft: { model, flow: { ...tripFlow, key: 'errand' } },
    });
    await callApi(admin, 'forms.publish', { templateId: saved.templateId });
    await admin.goto(`${server.baseUrl}/designer`);
    await admin.getByTestId('designer-template-errand').waitFor();

    // rename through the row's menu: the list and the start page show the new name
    await admin.getByTestId('template-actions-errand').click();
    await admin.getByTestId('template-rename-errand').click();
    await admin.getByTestId('rename-template-zh').fill('外勤打卡');
    await admin.getByTestId('rename-template-en').fill('Field check-in');
    await admin.getByTestId('rename-template-ok').click();
    await expect
      .poll(() => admin.getByTestId('designer-template-errand').textContent())
      .toContain('外勤打卡');

    // a duplicate opens in the designer as an unpublished copy with the same fields
    await admin.getByTestId('template-actions-errand').click();
    await admin.getByTestId('template-duplicate-errand').click();
    await admin.getByTestId('form-designer').waitFor();
    expect(templateIdOf(admin)).not.toBe(saved.templateId);
    expect(await canvasKeys(admin)).toEqual(['reason', 'note']);
    expect(
      await callApi<unknown[]>(admin, 'forms.versions', { templateId: templateIdOf(admin) }, 'query'),
    ).toEqual([]);

    // archived: gone from a member's start page, listed again with "show archived", and restorable
    await admin.goto(`${server.baseUrl}/designer`);
    await admin.getByTestId('template-actions-errand').click();
    await admin.getByTestId('template-archive-errand').click();
    await admin.getByTestId('archive-template-ok').click();
    await expect.poll(() => admin.getByTestId('designer-template-errand').count()).toBe(0);
    const member = await as(browser, server.baseUrl, DESKTOP, 'zhang.san');
    await member.getByTestId('form-card-leave').waitFor();
    expect(await member.getByTestId('form-card-errand').count()).toBe(0);
    await admin.getByTestId('designer-templates-show-archived').click();
    await admin.getByTestId('template-actions-errand').click();
    await admin.getByTestId('template-restore-errand').click();
    await admin.getByTestId('archive-template-ok').click();
    await member.reload();
    await member.getByTestId('form-card-errand').waitFor();
    expect(await member.getByTestId('form-card-errand').textContent()).toContain('外勤打卡');
    await admin.close();
    await member.close();
  });
});
