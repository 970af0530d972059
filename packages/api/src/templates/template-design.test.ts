import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const model = (extraField = false) => ({
  modelVersion: 1,
  key: 'expense',
  title: { zh: '费用报销', en: 'Expense claim' },
  fields: [
    { key: 'amount', type: 'number', label: { zh: '报销金额', en: 'Amount' }, required: true, min: 0 },
    ...(extraField ? [{ key: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } }] : []),
  ],
});
const route = (broken = false) => ({
  key: 'expense',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Start' } },
    {
      id: 'head',
      type: 'approve',
      name: { zh: '部门负责人审批', en: 'Head' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
    },
    ...(broken
      ? [
          {
            id: 'orphan',
            type: 'approve',
            name: { zh: '孤立环节', en: 'Orphan' },
            approvers: { kind: 'deptHead', level: 2 },
            mode: 'single',
          },
        ]
      : []),
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'head' },
    { id: 'e2', from: 'head', to: 'end' },
  ],
});

describe.each(testBackends())('designing and publishing a form on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let templateId = '';
  beforeAll(async () => {
    h = await createHarness(kind);
    admin = h.browser();
    await admin.login('admin');
    zhang = h.browser();
    await zhang.login('zhang.san');
  });
  afterAll(() => h.t.dispose());

  const save = (m: unknown, r: unknown, id?: string) =>
    admin
      .api()
      .then((api) =>
        api.forms.saveDraft({
          ...(id ? { templateId: id } : {}),
          key: 'expense',
          title: { zh: '费用报销', en: 'Expense claim' },
          serialPrefix: 'BX',
          draft: { model: m as Record<string, unknown>, flow: r as Record<string, unknown> },
        }),
      );

  it('a draft reaches nobody until published; publishing freezes version 1', async () => {
    const saved = await save(model(), route());
    templateId = saved.templateId;
    expect(saved.problems).toEqual([]);
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.key)).not.toContain('expense');
    expect(await (await admin.api()).forms.publish({ templateId })).toMatchObject({ version: 1 });
    expect((await (await zhang.api()).forms.listPublished()).map((f) => f.key)).toContain('expense');
  });

  it('refuses to publish a draft with problems, names them, and keeps the current version', async () => {
    const saved = await save(model(true), route(true), templateId);
    expect(saved.problems.map((p) => p.path)).toContain('flow:orphan');
    const e = await (await admin.api()).forms.publish({ templateId }).catch((x: unknown) => x);
    const data = toAppErrorData((e as Error).cause);
    expect(data.code).toBe('validation_failed');
    expect(data.fieldErrors?.[0]?.message.zh).toContain('孤立环节');
    expect((await (await admin.api()).forms.versions({ templateId })).map((v) => v.version)).toEqual([1]);
  });

  it('a new version never touches a request already running on the old one', async () => {
    const api = await zhang.api();
    const { id } = await api.instances.submit({ templateId, data: { amount: 120 } });
    await save(model(true), route(), templateId);
    expect(await (await admin.api()).forms.publish({ templateId })).toMatchObject({ version: 2 });
    const detail = await api.instances.get({ id });
    expect(detail.uiSchema.order).toEqual(['amount']);
    expect((await api.forms.get({ templateId })).model.fields.map((f) => f.key)).toEqual(['amount', 'note']);
  });

  it('only admins and designers create forms; a taken key is refused', async () => {
    const e = await (
      await zhang.api()
    ).forms
      .saveDraft({
        key: 'mine',
        title: { zh: '我的', en: 'Mine' },
        serialPrefix: 'MY',
        draft: { model: model(), flow: route() },
      })
      .catch((x: unknown) => x);
    expect(toAppErrorData((e as Error).cause).code).toBe('forbidden');
    const taken = await save(model(), route()).catch((x: unknown) => x);
    expect(toAppErrorData((taken as Error).cause).code).toBe('conflict');
  });
});
