import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { foreignAdmin, leaveId, loginAs, refusal } from '../test/template-admin-fixtures.js';

const shortLeave = {
  name: '张三请2天',
  applicant: { userId: 'u-zhang' },
  formData: { days: 2, type: '事假', reason: '家中有事' },
  expected: [
    { nodeId: 'dept-head', userIds: ['u-li'] },
    { nodeId: 'filing', userIds: ['u-zhao'] },
  ],
};

describe.each(testBackends())('simulationCases on %s', (kind) => {
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

  const cases = async () => (await admin.api()).simulationCases.list({ templateId: leave });

  it('saves, lists and deletes a template’s cases for its designer, a hypothetical applicant too', async () => {
    const api = await admin.api();
    const saved = await api.simulationCases.save({ templateId: leave, ...shortLeave, name: '  张三请2天  ' });
    expect(saved).toMatchObject({
      name: '张三请2天',
      applicant: { userId: 'u-zhang' },
      formData: shortLeave.formData,
      expected: shortLeave.expected,
      createdBy: 'u-admin',
    });
    const hypothetical = await api.simulationCases.save({
      templateId: leave,
      name: '工程部职员请5天',
      applicant: { departmentId: 'd-eng', rankId: 'r-staff' },
      formData: { days: 5 },
      expected: [],
    });
    expect((await cases()).map((c) => [c.name, c.applicant])).toEqual([
      ['张三请2天', { userId: 'u-zhang' }],
      ['工程部职员请5天', { departmentId: 'd-eng', rankId: 'r-staff' }],
    ]);
    // saving again under its id replaces the case and keeps its place
    await api.simulationCases.save({
      templateId: leave,
      caseId: saved.id,
      ...shortLeave,
      name: '张三请2天（改）',
    });
    expect((await cases()).map((c) => c.name)).toEqual(['张三请2天（改）', '工程部职员请5天']);
    expect(await api.simulationCases.delete({ templateId: leave, caseId: hypothetical.id })).toEqual({
      ok: true,
    });
    expect((await cases()).map((c) => c.id)).toEqual([saved.id]);
    expect(
      (await refusal(api.simulationCases.delete({ templateId: leave, caseId: hypothetical.id }))).code,
    ).toBe('not_found');
  });

  it('refuses a member without design rights: no list, no save, no delete', async () => {
    const [existing] = await cases();
    const api = await zhang.api();
    expect((await refusal(api.simulationCases.list({ templateId: leave }))).code).toBe('forbidden');
    expect((await refusal(api.simulationCases.save({ templateId: leave, ...shortLeave }))).code).toBe(
      'forbidden',
    );
    expect(
      (await refusal(api.simulationCases.delete({ templateId: leave, caseId: existing?.id ?? '' }))).code,
    ).toBe('forbidden');
    expect(await cases()).toHaveLength(1);
  });

  it('keeps tenants apart: another tenant’s admin can neither list nor delete, nor save under the form', async () => {
    const [existing] = await cases();
    const beta = await (await foreignAdmin(h)).api();
    expect((await refusal(beta.simulationCases.list({ templateId: leave }))).code).toBe('not_found');
    expect(
      (await refusal(beta.simulationCases.delete({ templateId: leave, caseId: existing?.id ?? '' }))).code,
    ).toBe('not_found');
    expect((await refusal(beta.simulationCases.save({ templateId: leave, ...shortLeave }))).code).toBe(
      'not_found',
    );
    expect((await cases()).map((c) => c.id)).toEqual([existing?.id]);
  });

  it('refuses bad input with a message in both languages and stores nothing', async () => {
    const api = await admin.api();
    const before = await cases();
    const blank = await refusal(api.simulationCases.save({ templateId: leave, ...shortLeave, name: '   ' }));
    expect(blank.code).toBe('validation_failed');
    expect(blank.fieldErrors).toEqual([
      { path: 'name', message: { zh: '请填写用例名称', en: 'Give the test case a name' } },
    ]);
    const stranger = await refusal(
      api.simulationCases.save({ templateId: leave, ...shortLeave, applicant: { userId: 'u-nobody' } }),
    );
    expect(stranger.fieldErrors?.map((f) => f.message.zh)).toEqual(['申请人不在组织中']);
    const long = await refusal(
      api.simulationCases.save({ templateId: leave, ...shortLeave, name: '长'.repeat(81) }),
    );
    expect(long.fieldErrors?.[0]?.message.en).toBe('A test case name has at most 80 characters');
    const big = await refusal(
      api.simulationCases.save({
        templateId: leave,
        ...shortLeave,
        formData: { reason: 'x'.repeat(70_000) },
      }),
    );
    expect(big.fieldErrors?.[0]?.path).toBe('formData');
    // not even the shape: zod names the field
    const shape = await refusal(
      api.simulationCases.save({ templateId: leave, ...shortLeave, expected: 'all' as unknown as [] }),
    );
    expect(shape.code).toBe('bad_request');
    expect(shape.fieldErrors?.[0]?.path).toBe('expected');
    expect(
      (await refusal(api.simulationCases.save({ templateId: leave, ...shortLeave, caseId: 'not-a-case' })))
        .code,
    ).toBe('not_found');
    expect(await cases()).toEqual(before);
  });
});
