import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { foreignAdmin, leaveId, loginAs, refusal, smallDesign } from '../test/template-admin-fixtures.js';

const OUTING = { zh: '请休假申请', en: 'Time off request' };

describe.each(testBackends())('templates.rename on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let leave = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await loginAs(h, 'admin');
    zhang = await loginAs(h, 'zhang.san');
    leave = await leaveId(admin);
  });
  afterAll(() => h.t.dispose());

  const renames = async () =>
    (await (await admin.api()).audit.list({ action: 'template.rename' })).filter(
      (r) => r.subject === `template:${leave}`,
    );

  it('renames a form published without a draft: lists and start page at once, the frozen version untouched', async () => {
    const api = await admin.api();
    expect(await api.templates.rename({ templateId: leave, title: OUTING })).toEqual({
      templateId: leave,
      title: OUTING,
    });
    expect((await api.templates.list()).templates.find((t) => t.templateId === leave)?.title).toEqual(OUTING);
    expect(
      (await (await zhang.api()).forms.listPublished()).find((f) => f.templateId === leave)?.title,
    ).toEqual(OUTING);
    // the designer opens a draft with the new title, so its next save does not bring the old one back
    const draft = await api.forms.draft({ templateId: leave });
    expect(draft).toMatchObject({ title: OUTING, basedOnVersion: 1, updatedBy: 'u-admin' });
    expect((draft.draft as { model: { title: unknown; fields: unknown[] } }).model).toMatchObject({
      title: OUTING,
      key: 'leave',
    });
    expect((draft.draft as { model: { fields: unknown[] } }).model.fields).toHaveLength(3);
    const v1 = await api.forms.version({ templateId: leave, version: 1 });
    expect((v1.draft as { model: { title: unknown } }).model.title).toEqual({
      zh: '请假申请',
      en: 'Leave request',
    });
    expect((await api.forms.versions({ templateId: leave })).map((v) => v.version)).toEqual([1]);
    expect((await renames()).map((r) => r.data)).toEqual([
      { from: { zh: '请假申请', en: 'Leave request' }, to: OUTING },
    ]);
  });

  it('renames the draft of a form with unsaved edits and keeps the edits; the next publish carries the title', async () => {
    const api = await admin.api();
    const design = smallDesign('expense');
    const { templateId } = await api.forms.saveDraft({
      key: 'expense',
      title: design.model.title,
      serialPrefix: 'BX',
      draft: design,
    });
    const title = { zh: '差旅报销', en: 'Travel claim' };
    await api.templates.rename({ templateId, title });
    const draft = (await api.forms.draft({ templateId })).draft as {
      model: { title: unknown; fields: { key: string }[] };
      flow: unknown;
    };
    expect(draft.model.title).toEqual(title);
    expect(draft.model.fields.map((f) => f.key)).toEqual(['amount']);
    expect(draft.flow).toEqual(design.flow);
    await api.forms.publish({ templateId });
    const v1 = await api.forms.version({ templateId, version: 1 });
    expect((v1.draft as { model: { title: unknown } }).model.title).toEqual(title);
  });

  it('an author may not rename; bad input and a repeat of the same title change nothing', async () => {
    expect(
      (
        await refusal(
          (await zhang.api()).templates.rename({ templateId: leave, title: { zh: '偷改', en: 'Sneaky' } }),
        )
      ).code,
    ).toBe('forbidden');
    const api = await admin.api();
    expect(
      (await refusal(api.templates.rename({ templateId: leave, title: { zh: '  ', en: 'Blank' } }))).code,
    ).toBe('bad_request');
    expect(
      (
        await refusal(
          api.templates.rename({ templateId: leave, title: { zh: '长'.repeat(101), en: 'Long' } }),
        )
      ).code,
    ).toBe('bad_request');
    await api.templates.rename({ templateId: leave, title: OUTING });
    expect((await api.templates.list()).templates.find((t) => t.templateId === leave)?.title).toEqual(OUTING);
    expect(await renames()).toHaveLength(1);
  });

  it('answers another tenant’s admin as if the form did not exist', async () => {
    const beta = await foreignAdmin(h);
    expect(
      (
        await refusal(
          (await beta.api()).templates.rename({ templateId: leave, title: { zh: '越权', en: 'Foreign' } }),
        )
      ).code,
    ).toBe('not_found');
    expect(
      (await (await admin.api()).templates.list()).templates.find((t) => t.templateId === leave)?.title,
    ).toEqual(OUTING);
  });
});
