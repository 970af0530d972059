import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantByCode, verifyAudit, withAppRole, withTenant } from '@signoff/db';
import { testBackends } from '@signoff/db/testing';
import { AppError, toAppErrorData } from '../trpc/app-error.js';
import { createHarness, type Harness, type TestBrowser } from '../test/api-harness.js';
import { importHistoryAs } from './history-import.js';
import { historyWorkbook, type HistoryWorkbookCell as Cell } from './history-workbook-writer.js';

const HEADER = [
  '编号',
  '申请人',
  '提交时间',
  '完成时间',
  '结果',
  '假期类型',
  '请假天数',
  '请假事由',
  '审批记录',
];
/** Excel shows a date cell's UTC fields: 09:00 here is 09:00 China time. */
const shown = (s: string) => new Date(`${s}Z`);

const GOOD: Record<string, Cell[][]> = {
  请假申请: [
    HEADER,
    [
      'OA-2024-0001',
      'zhang.san',
      shown('2024-03-01T09:00:00'),
      shown('2024-03-01T15:00:00'),
      '同意',
      '病假',
      2,
      '感冒发烧',
      '李四 同意 2024-03-01 10:00; 王五 同意 2024-03-01 15:00 注意休息',
    ],
    // English option label, days as text, no outcome or finish: both from the chain, whose step names a node of the route
    [
      'OA-2024-0002',
      'zhang.san',
      '2024-03-05 08:30',
      null,
      null,
      'Personal',
      '1.5',
      '家中有事',
      '部门负责人审批：li.si 驳回 2024-03-05 11:00 人手不足',
    ],
  ],
};

const MARCH = { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' };

describe.each(testBackends())('history import from Excel on %s', (kind) => {
  let h: Harness;
  let admin: TestBrowser;
  let zhang: TestBrowser;
  let li: TestBrowser;
  let demo = '';
  const count = (sql: string) =>
    withTenant(
      h.deps.db,
      demo,
      async (tx) => (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`))[0]?.n ?? 0,
    );
  const written = async () => ({
    instances: await count('instances'),
    tasks: await count('tasks'),
    audit: await count('audit_log'),
    imports: await count('history_imports'),
  });

  beforeAll(async () => {
    h = await createHarness(kind);
    demo = (await withAppRole(h.deps.db, (tx) => findTenantByCode(tx, 'demo')))?.id ?? '';
    admin = h.browser();
    zhang = h.browser();
    li = h.browser();
    await admin.login('admin');
    await zhang.login('zhang.san');
    await li.login('li.si');
  });
  afterAll(() => h.t.dispose());

  it('refuses a workbook with two bad rows whole, naming both by sheet and line, and writes nothing, dry run or not', async () => {
    const before = await written();
    const contentBase64 = await historyWorkbook({
      请假申请: [
        HEADER,
        [
          'OA-2023-0001',
          'zhang.san',
          '2023-05-01 09:00',
          '2023-05-01 12:00',
          '同意',
          '事假',
          1,
          '办事',
          '李四 同意 2023-05-01 12:00',
        ],
        [
          'OA-2023-0002',
          'zhang.san',
          '2023-05-02 09:00',
          '2023-05-02 12:00',
          '同意',
          '事假',
          1,
          '办事',
          '钱七 同意 2023-05-02 12:00',
        ],
        [
          'OA-2023-0003',
          'zhang.san',
          '2023-05-03 09:00',
          '2023-05-03 12:00',
          '同意',
          '婚假',
          1,
          '办事',
          '李四 同意 2023-05-03 12:00',
        ],
      ],
    });
    for (const dryRun of [true, false]) {
      const error = await (
        await admin.api()
      ).history
        .import({ fileName: 'old-oa.xlsx', contentBase64, dryRun })
        .catch((e: unknown) => e);
      const data = toAppErrorData((error as Error).cause);
      expect(data.code).toBe('validation_failed');
      expect(data.messageKey).toBe('errors.historyImportRefused');
      expect(data.message.zh).toContain('2 处问题');
      expect(data.message.en).toContain('nothing was written');
      expect(data.fieldErrors?.map((f) => [f.path, f.message.zh])).toEqual([
        ['请假申请:3', '第 3 行：审批记录：「钱七」不是本企业组织中的人员（按姓名或账号查找）'],
        ['请假申请:4', '第 4 行：「假期类型」没有选项「婚假」（可选：事假、病假、年休假、调休）'],
      ]);
      expect(data.fieldErrors?.[0]?.message.en).toBe(
        "line 3: approval chain: 钱七 is nobody in the company's org (by name or login)",
      );
    }
    expect(await written()).toEqual(before);
  });

  it('imports a good workbook as finished, read-only requests marked imported, with an audit entry each; the chain still verifies', async () => {
    const before = await written();
    const contentBase64 = await historyWorkbook(GOOD);
    const dry = await (
      await admin.api()
    ).history.import({ fileName: 'old-oa.xlsx', contentBase64, dryRun: true });
    expect(dry).toMatchObject({
      dryRun: true,
      imported: 2,
      unchanged: 0,
      previousImport: null,
      sheets: [{ sheet: '请假申请', templateKey: 'leave', rows: 2, imported: 2, unchanged: 0 }],
    });
    expect(await written()).toEqual(before);

    const done = await (
      await admin.api()
    ).history.import({ fileName: 'old-oa.xlsx', contentBase64, dryRun: false });
    expect(done).toMatchObject({ dryRun: false, imported: 2, unchanged: 0 });
    expect(done.message.zh).toBe('已导入 2 条已完成的申请。');
    expect(await written()).toEqual({
      instances: before.instances + 2,
      tasks: before.tasks + 3,
      audit: before.audit + 3,
      imports: before.imports + 1,
    });

    const audit = await withTenant(h.deps.db, demo, (tx) =>
      tx.query<{ action: string; actor_id: string; data: Record<string, unknown> }>(
        "SELECT action, actor_id, data FROM audit_log WHERE action IN ('instance.import', 'history.import') ORDER BY seq",
      ),
    );
    expect(audit.map((a) => [a.action, a.actor_id, a.data.serialNo ?? a.data.imported])).toEqual([
      ['instance.import', 'u-admin', 'OA-2024-0001'],
      ['instance.import', 'u-admin', 'OA-2024-0002'],
      ['history.import', 'u-admin', 2],
    ]);
    expect(audit[0]?.data).toMatchObject({
      file: 'old-oa.xlsx',
      sheet: '请假申请',
      row: 2,
      status: 'approved',
      submittedAt: '2024-03-01T01:00:00.000Z',
    });
    expect(await withTenant(h.deps.db, demo, (tx) => verifyAudit(tx, demo))).toMatchObject({ ok: true });
  });

  it('shows them in the approval centre: the applicant finds them under 我发起的, the approver under 已办, with the imported mark', async () => {
    const started = await (await zhang.api()).inbox.search({ box: 'started', q: 'OA-2024' });
    expect(started.total).toBe(2);
    expect(started.items.map((i) => [i.serialNo, i.status, i.imported, i.createdAt])).toEqual([
      ['OA-2024-0002', 'rejected', true, '2024-03-05T00:30:00.000Z'],
      ['OA-2024-0001', 'approved', true, '2024-03-01T01:00:00.000Z'],
    ]);
    const rejected = await (
      await zhang.api()
    ).inbox.search({ box: 'started', status: 'rejected', templateKey: 'leave' });
    expect(rejected.items.map((i) => i.serialNo)).toEqual(['OA-2024-0002']);
    const liDone = await (await li.api()).inbox.search({ box: 'done', q: 'OA-2024' });
    expect(liDone.items.map((i) => [i.serialNo, i.task?.status, i.task?.nodeName.zh])).toEqual([
      ['OA-2024-0002', 'rejected', '部门负责人审批'],
      ['OA-2024-0001', 'approved', '审批（导入）'],
    ]);
    const filed = await (await zhang.api()).inbox.search({ box: 'started' });
    expect(filed.items.filter((i) => !i.serialNo.startsWith('OA-')).every((i) => !i.imported)).toBe(true);
  });

  it('opens one as the request page shows it: its form data, the chain as its timeline, no action, and refuses any action', async () => {
    const [item] = (await (await zhang.api()).inbox.search({ box: 'started', q: 'OA-2024-0001' })).items;
    const detail = await (await admin.api()).instances.get({ id: item?.instanceId ?? '' });
    expect(detail).toMatchObject({
      serialNo: 'OA-2024-0001',
      status: 'approved',
      importedFrom: { file: 'old-oa.xlsx', sheet: '请假申请', row: 2 },
      data: { type: '病假', days: 2, reason: '感冒发烧' },
      availableActions: [],
      finishedAt: '2024-03-01T07:00:00.000Z',
    });
    // the route it took in the other system, not the template's route of today
    expect(detail.route.map((s) => [s.name.zh, s.status, s.assignees.map((p) => p.name)])).toEqual([
      ['发起申请', 'done', ['张三']],
      ['审批（导入）', 'done', ['李四']],
      ['审批（导入）', 'done', ['王五']],
      ['结束', 'done', []],
    ]);
    expect(detail.timeline.map((e) => e.nodeName?.zh ?? null)).toEqual([
      null,
      '审批（导入）',
      '审批（导入）',
      null,
    ]);
    expect(detail.timeline.map((e) => [e.type, e.actor?.name ?? null, e.at, e.comment])).toEqual([
      ['submitted', '张三', '2024-03-01T01:00:00.000Z', null],
      ['approved', '李四', '2024-03-01T02:00:00.000Z', null],
      ['approved', '王五', '2024-03-01T07:00:00.000Z', '注意休息'],
      ['finished', null, '2024-03-01T07:00:00.000Z', null],
    ]);
    const refused = await (
      await zhang.api()
    ).actions
      .comment({ instanceId: item?.instanceId ?? '', text: '补充' })
      .catch((e: unknown) => e);
    expect(toAppErrorData((refused as Error).cause)).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.importedReadOnly',
    });
    const attach = await (
      await zhang.api()
    ).attachments
      .attach({ instanceId: item?.instanceId ?? '', attachmentIds: ['f-1'] })
      .catch((e: unknown) => e);
    expect(toAppErrorData((attach as Error).cause)).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.importedReadOnly',
    });
  });

  it('counts them in the statistics of their month: volume, outcome, duration, first-pass rate and steps', async () => {
    const { templates, steps, months } = await (await admin.api()).stats.overview(MARCH);
    expect(templates).toEqual([
      expect.objectContaining({
        templateKey: 'leave',
        submitted: 2,
        finished: 2,
        approved: 1,
        rejected: 1,
        running: 0,
        avgHours: 4.25,
        firstPassRate: 0.5,
      }),
    ]);
    expect(steps.map((s) => [s.nodeName.zh, s.tasks, s.avgHours]).sort()).toEqual([
      ['审批（导入）', 2, 3],
      ['部门负责人审批', 1, 2.5],
    ]);
    expect(months).toEqual([
      expect.objectContaining({
        month: '2024-03',
        submitted: 2,
        finished: 2,
        topTemplates: [{ templateKey: 'leave', submitted: 2 }],
      }),
    ]);
  });

  it('exports them to Excel with the other requests of their form', async () => {
    const file = await (await admin.api()).stats.exportInstances({ templateKey: 'leave', ...MARCH });
    expect(file.rows).toBe(2);
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const before = await written();
    const again = await (
      await admin.api()
    ).history.import({
      fileName: 'old-oa (copy).xlsx',
      contentBase64: await historyWorkbook(GOOD),
      dryRun: false,
    });
    expect(again).toMatchObject({
      imported: 0,
      unchanged: 2,
      sheets: [{ sheet: '请假申请', imported: 0, unchanged: 2 }],
    });
    expect(again.message).toEqual({
      zh: '没有需要导入的申请：这 2 条都已导入过，什么也没有改变。',
      en: 'Nothing to import: all 2 requests were imported before; nothing changed.',
    });
    expect(await written()).toEqual(before);
  });

  it('refuses a serial number a request filed in Signoff already has, and is for admins only', async () => {
    const { serialNo: serial } = await (
      await zhang.api()
    ).instances.submit({
      templateId: await leaveTemplateId(zhang),
      data: { type: '事假', days: 1, reason: '办事' },
    });
    const contentBase64 = await historyWorkbook({
      leave: [
        HEADER,
        [serial, 'zhang.san', '2024-02-01 09:00', '2024-02-01 10:00', '同意', '事假', 1, '办事', null],
      ],
    });
    const e = await importHistoryAs(
      h.deps,
      { tenantId: demo, userId: null },
      { fileName: 'x.xlsx', contentBase64, dryRun: true },
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).fieldErrors).toEqual([
      {
        path: 'leave:2',
        message: {
          zh: `第 2 行：编号「${serial}」已被本企业的另一份申请使用`,
          en: `line 2: the serial number ${serial} is already used by another request of the company`,
        },
      },
    ]);

    const denied = await (
      await zhang.api()
    ).history
      .import({ fileName: 'x.xlsx', contentBase64, dryRun: true })
      .catch((x: unknown) => x);
    expect(toAppErrorData((denied as Error).cause).code).toBe('forbidden');
    const junk = await (
      await admin.api()
    ).history
      .import({ fileName: 'x.xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') })
      .catch((x: unknown) => x);
    expect(toAppErrorData((junk as Error).cause)).toMatchObject({
      code: 'bad_request',
      messageKey: 'errors.importUnreadable',
    });
  });
});

async function leaveTemplateId(b: TestBrowser): Promise<string> {
  return (await (await b.api()).forms.listPublished()).find((f) => f.key === 'leave')?.templateId ?? '';
}
