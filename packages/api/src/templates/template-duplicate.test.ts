import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import {
  foreignAdmin,
  leaveId,
  loginAs,
  refusal,
  setRoles,
  smallDesign,
} from '../test/template-admin-fixtures.js';

type DraftShape = {
  model: { key: string; title: unknown; fields: { key: string }[] };
  flow: { key: string; nodes: unknown[] };
};

describe.each(testBackends())('templates.duplicate on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let leave = '';
  let folderId = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = await loginAs(h, 'admin');
    zhang = await loginAs(h, 'zhang.san');
    leave = await leaveId(admin);
    const api = await admin.api();
    folderId = (await api.templates.saveFolder({ name: '人事', parentId: null })).id;
    await api.templates.move({ templateId: leave, folderId });
  });
  afterAll(() => h.t.dispose());

  const templates = async () => (await (await admin.api()).templates.list()).templates;

  it('copies a published form into an unpublished one in the same folder, named as a copy, and audits it', async () => {
    const api = await admin.api();
    const copy = await api.templates.duplicate({ templateId: leave });
    expect(copy).toMatchObject({
      key: 'leave_copy',
      title: { zh: '请假申请（副本）', en: 'Leave request (copy)' },
      problems: [],
    });
    expect((await templates()).find((t) => t.templateId === copy.templateId)).toMatchObject({
      folderId,
      publishedVersion: null,
      archived: false,
      draftUpdatedBy: { id: 'u-admin', name: '管理员' },
    });
    const draft = await api.forms.draft({ templateId: copy.templateId });
    expect(draft).toMatchObject({ key: 'leave_copy', serialPrefix: 'QJ', basedOnVersion: null });
    const d = draft.draft as DraftShape;
    expect(d.model).toMatchObject({ key: 'leave_copy', title: copy.title });
    expect(d.model.fields.map((f) => f.key)).toEqual(['type', 'days', 'reason']);
    expect(d.flow.key).toBe('leave_copy');
    // not offered to anyone until it is published
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.key)).not.toContain('leave_copy');
    const lines = await api.audit.list({ action: 'template.duplicate' });
    expect(lines).toMatchObject([
      {
        actorId: 'u-admin',
        subject: `template:${copy.templateId}`,
        data: { source: leave, key: 'leave_copy' },
      },
    ]);
  });

  it('steps to _copy2 when _copy is taken, takes a given key and title, and refuses a taken key with nothing made', async () => {
    const api = await admin.api();
    expect((await api.templates.duplicate({ templateId: leave })).key).toBe('leave_copy2');
    const named = await api.templates.duplicate({
      templateId: leave,
      key: 'sick-leave',
      title: { zh: '病假申请', en: 'Sick leave' },
    });
    expect(named).toMatchObject({ key: 'sick-leave', title: { zh: '病假申请', en: 'Sick leave' } });
    const before = (await templates()).length;
    const taken = await refusal(api.templates.duplicate({ templateId: leave, key: 'sick-leave' }));
    expect(taken).toMatchObject({ code: 'conflict', messageKey: 'errors.templateKeyTaken' });
    expect(taken.message.zh).toContain('sick-leave');
    expect((await refusal(api.templates.duplicate({ templateId: leave, key: 'Bad Key' }))).code).toBe(
      'bad_request',
    );
    expect((await templates()).length).toBe(before);
  });

  it('copies the draft with its unpublished edits, not the published version', async () => {
    const api = await admin.api();
    const design = smallDesign('expense');
    const { templateId } = await api.forms.saveDraft({
      key: 'expense',
      title: design.model.title,
      serialPrefix: 'BX',
      draft: design,
    });
    await api.forms.publish({ templateId });
    const edited = smallDesign('expense');
    edited.model.fields.push({
      key: 'note',
      type: 'textarea',
      label: { zh: '备注', en: 'Note' },
      required: false,
      min: 0,
    });
    await api.forms.saveDraft({
      templateId,
      key: 'expense',
      title: design.model.title,
      serialPrefix: 'BX',
      draft: edited,
    });
    const copy = await api.templates.duplicate({ templateId });
    const d = (await api.forms.draft({ templateId: copy.templateId })).draft as DraftShape;
    expect(d.model.fields.map((f) => f.key)).toEqual(['amount', 'note']);
  });

  it('reaches the same people as the source and makes a designer who copies it its manager', async () => {
    const api = await admin.api();
    // the leave form is for 综合管理部 only; 赵六 (there, a designer) may edit it
    await api.templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'department',
      principalId: 'd-admin',
      level: 'author',
    });
    await api.templates.grant({
      targetType: 'template',
      targetId: leave,
      principalType: 'user',
      principalId: 'u-zhao',
      level: 'editor',
    });
    await setRoles(h, 'zhao.liu', ['designer']);
    const zhao = await loginAs(h, 'zhao.liu');
    const copy = await (await zhao.api()).templates.duplicate({ templateId: leave });
    expect(
      (await (await zhao.api()).templates.list()).templates.find((t) => t.templateId === copy.templateId)
        ?.level,
    ).toBe('manager');
    const grants = (await api.templates.access()).grants.filter((g) => g.targetId === copy.templateId);
    expect(grants.map((g) => `${g.principalType}:${g.principalId}:${g.level}`).sort()).toEqual([
      'department:d-admin:author',
      'user:u-zhao:editor',
      'user:u-zhao:manager',
    ]);
    await (await zhao.api()).forms.publish({ templateId: copy.templateId });
    // 张三 (工程部) could not submit the source, and cannot submit the copy either
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.key)).not.toContain(copy.key);
  });

  it('refuses an author, a designer who may not edit the source, and another tenant', async () => {
    const design = smallDesign('open-form');
    const { templateId } = await (
      await admin.api()
    ).forms.saveDraft({ key: 'open-form', title: design.model.title, serialPrefix: 'OF', draft: design });
    const before = (await templates()).length;
    expect((await refusal((await zhang.api()).templates.duplicate({ templateId }))).code).toBe('forbidden');
    // editor of a form, but not allowed to create forms
    await (
      await admin.api()
    ).templates.grant({
      targetType: 'template',
      targetId: templateId,
      principalType: 'user',
      principalId: 'u-li',
      level: 'editor',
    });
    const li = await loginAs(h, 'li.si');
    expect((await refusal((await li.api()).templates.duplicate({ templateId }))).code).toBe('forbidden');
    await setRoles(h, 'wang.wu', ['designer']);
    const wang = await loginAs(h, 'wang.wu');
    expect((await refusal((await wang.api()).templates.duplicate({ templateId: leave }))).code).toBe(
      'forbidden',
    );
    const beta = await foreignAdmin(h);
    expect((await refusal((await beta.api()).templates.duplicate({ templateId: leave }))).code).toBe(
      'not_found',
    );
    expect((await (await beta.api()).templates.list()).templates).toEqual([]);
    expect((await templates()).length).toBe(before);
  });
});
