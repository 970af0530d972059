import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '@signoff/db/testing';
import { toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';

const RANGE = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

describe.each(testBackends())('statistics and export on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  beforeAll(async () => {
    h = await createHarness(kind);
    const zhang = h.browser();
    await zhang.login('zhang.san');
    const li = h.browser();
    await li.login('li.si');
    const api = await zhang.api();
    const leave = (await api.forms.listPublished()).find((f) => f.key === 'leave');
    for (let i = 0; i < 4; i++)
      await api.instances.submit({
        templateId: leave?.templateId ?? '',
        data: { type: '事假', days: 1, reason: `事由 ${i}` },
      });
    const todo = await (await li.api()).inbox.search({ box: 'todo' });
    const [a, b, c] = todo.items;
    h.advance(3 * 3600_000);
    // three hours idle ends a session: log in again, as li.si would
    await li.login('li.si');
    admin = h.browser();
    await admin.login('admin');
    await (await li.api()).actions.approve({ taskId: a?.task?.id ?? '' });
    await (await li.api()).actions.approve({ taskId: b?.task?.id ?? '' });
    await (await li.api()).actions.reject({ taskId: c?.task?.id ?? '', reason: '人手不足' });
  });
  afterAll(() => h.t.dispose());

  it('counts requests per form, their mean duration and the first-pass rate', async () => {
    const { templates, steps, bottlenecks, months, days } = await (await admin.api()).stats.overview(RANGE);
    expect(templates).toEqual([
      expect.objectContaining({
        templateKey: 'leave',
        submitted: 4,
        finished: 3,
        approved: 2,
        rejected: 1,
        running: 1,
        firstPassRate: 0.667,
      }),
    ]);
    expect(templates[0]?.avgHours).toBeGreaterThanOrEqual(3);
    expect(templates[0]?.p90Hours).toBeGreaterThanOrEqual(templates[0]?.avgHours ?? 0);
    const head = steps.find((s) => s.nodeName.zh === '部门负责人审批');
    expect(head).toMatchObject({ tasks: 4, open: 1 });
    expect(head?.p90Hours).toBeGreaterThanOrEqual(head?.avgHours ?? 0);
    expect(days.map((d) => [d.templateKey, d.submitted])).toEqual([['leave', 4]]);
    expect(days[0]?.day).toMatch(/^2026-11-/);
    expect(bottlenecks[0]?.nodeName.zh).toBe('部门负责人审批');
    expect(months).toEqual([
      expect.objectContaining({
        month: '2026-11',
        submitted: 4,
        finished: 3,
        topTemplates: [{ templateKey: 'leave', submitted: 4 }],
      }),
    ]);
    expect(months[0]?.logins).toBeGreaterThanOrEqual(3);
  });

  it('lists every published template with its supervisors and its open and overdue work', async () => {
    const api = await admin.api();
    const leaveId = (await api.forms.listPublished()).find((f) => f.key === 'leave')?.templateId ?? '';
    await api.templates.setSupervisors({ templateId: leaveId, userIds: ['u-zhao'] });
    const rows = await api.stats.supervision();
    const leave = rows.find((r) => r.templateKey === 'leave');
    // the one request still waiting at its first step, three hours in: within its limit
    expect(leave).toMatchObject({ open: 1, overdue: 0, archived: false });
    expect(leave?.supervisors).toEqual([expect.objectContaining({ id: 'u-zhao', active: true })]);
    const member = h.browser();
    await member.login('zhang.san');
    const denied = await (await member.api()).stats.supervision().catch((e: unknown) => e);
    expect(toAppErrorData((denied as Error).cause).code).toBe('forbidden');
  });

  it('exports the requests of a form to Excel with the form labels as columns', async () => {
    const file = await (await admin.api()).stats.exportInstances({ templateKey: 'leave', ...RANGE });
    expect(file.rows).toBe(4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual([
      '单号',
      '申请人',
      '状态',
      '提交时间',
      '完成时间',
      '假期类型',
      '请假天数',
      '请假事由',
    ]);
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(2).getCell(2).value).toBe('张三');
  });

  it('exports every form at once, one sheet per form', async () => {
    const file = await (await admin.api()).stats.exportInstances({ ...RANGE });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['请假申请']);
    expect(file.rows).toBe(4);
  });

  it('is for admins only, and refuses a range the wrong way round', async () => {
    const member = h.browser();
    await member.login('zhang.san');
    const denied = await (await member.api()).stats.overview(RANGE).catch((e: unknown) => e);
    expect(toAppErrorData((denied as Error).cause).code).toBe('forbidden');
    const backwards = await (
      await admin.api()
    ).stats
      .overview({ from: RANGE.to, to: RANGE.from })
      .catch((e: unknown) => e);
    expect(toAppErrorData((backwards as Error).cause).fieldErrors?.[0]?.path).toBe('to');
  });
});
