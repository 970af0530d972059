import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { hiddenFields } from '@signoff/schema';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { purchaseTemplate } from '../test/purchase-template.js';

const errorOf = (e: unknown) => toAppErrorData(e instanceof Error && e.cause ? e.cause : e);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => errorOf(e),
  );

/** The purchase form with a budget code asked only of applicants ranked 主管级 or above. */
const withBudgetRule = {
  model: {
    ...purchaseTemplate.model,
    key: 'budgeted',
    fields: [
      ...purchaseTemplate.model.fields,
      {
        key: 'budgetCode',
        type: 'text',
        label: { zh: '预算编号', en: 'Budget code' },
        required: true,
        visibleWhen: { op: 'gte', left: { applicant: 'rank' }, right: { value: '主管级' } },
      },
    ],
  },
  flow: { ...purchaseTemplate.flow, key: 'budgeted' },
};

describe.each(testBackends())('forms.get on %s', (kind) => {
  let h: Harness;
  let templateId = '';
  const as = async (login: string): Promise<TestBrowser> => {
    const b = h.browser();
    await b.login(login);
    return b;
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    const admin = await (await as('admin')).api();
    const saved = await admin.forms.saveDraft({
      key: 'budgeted',
      title: purchaseTemplate.model.title,
      serialPrefix: 'YS',
      draft: withBudgetRule,
    });
    await admin.forms.publish({ templateId: saved.templateId });
    templateId = saved.templateId;
  });
  afterAll(() => h.t.dispose());

  it("gives the caller's applicant facts and the tenant's ranks, lowest first", async () => {
    const zhang = await (await as('zhang.san')).api();
    expect((await zhang.forms.get({ templateId })).applicantContext).toEqual({
      applicant: { department: '工程部', departments: ['工程部'], rank: '职员', positions: [] },
      ranks: ['职员', '主管级', '副总经理以上'],
    });
    const li = await (await as('li.si')).api();
    expect((await li.forms.get({ templateId })).applicantContext.applicant).toEqual({
      department: '工程部',
      departments: ['工程部'],
      rank: '主管级',
      positions: ['工程部经理'],
    });
  });

  it('lets the browser decide a rank rule exactly as the submission check does', async () => {
    for (const [login, shown] of [
      ['zhang.san', false],
      ['li.si', true],
    ] as const) {
      const api = await (await as(login)).api();
      const form = await api.forms.get({ templateId });
      const hidden = hiddenFields(form.model, { item: '显示器', amount: 1200 }, form.applicantContext);
      expect(hidden.includes('budgetCode')).toBe(!shown);
      const submitted = refusal(api.instances.submit({ templateId, data: { item: '显示器', amount: 1200 } }));
      // the field the browser hides is not asked for; the one it shows is required by the server too
      if (shown) expect((await submitted)?.fieldErrors?.map((e) => e.path)).toEqual(['budgetCode']);
      else expect(await submitted).toBeNull();
    }
  });
});
