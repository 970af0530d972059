import { describe, expect, it } from 'vitest';
import { leaveRouteExample } from '@signoff/flow';
import type { OrgSnapshot } from '@signoff/org';
import { compileForm, type FormModel } from '@signoff/schema';
import { parseChain } from './history-chain.js';
import { planHistoryImport, type HistoryPlanContext, type HistoryTemplate } from './plan-history-import.js';
import type { HistoryCell, HistorySheet } from './history-workbook.js';

const model: FormModel = {
  modelVersion: 1,
  key: 'purchase',
  title: { zh: '采购申请', en: 'Purchase request' },
  fields: [
    { key: 'item', type: 'text', label: { zh: '物品', en: 'Item' }, required: true },
    { key: 'amount', type: 'money', label: { zh: '金额', en: 'Amount' }, required: true },
    { key: 'needed', type: 'date', label: { zh: '需要日期', en: 'Needed by' } },
    { key: 'trip', type: 'dateRange', label: { zh: '出差日期', en: 'Trip' } },
    { key: 'at', type: 'time', label: { zh: '时间', en: 'Time' } },
    {
      key: 'kinds',
      type: 'multiSelect',
      label: { zh: '类别', en: 'Kinds' },
      options: [
        { value: 'it', label: { zh: '电脑', en: 'IT' } },
        { value: 'desk', label: { zh: '家具', en: 'Furniture' } },
      ],
    },
    { key: 'buyer', type: 'user', label: { zh: '采购人', en: 'Buyer' } },
    { key: 'dept', type: 'department', label: { zh: '使用部门', en: 'Using department' } },
    { key: 'files', type: 'attachment', label: { zh: '附件', en: 'Files' } },
  ],
};

const org: OrgSnapshot = {
  departments: [{ id: 'd-1', name: '工程部', parentId: null, order: 0 }],
  positions: [],
  ranks: [],
  users: [
    {
      id: 'u-1',
      name: '张三',
      departmentId: 'd-1',
      secondaryDepartmentIds: [],
      rankId: null,
      positionIds: [],
      roles: [],
      active: true,
    },
    {
      id: 'u-2',
      name: '李四',
      departmentId: 'd-1',
      secondaryDepartmentIds: [],
      rankId: null,
      positionIds: [],
      roles: [],
      active: false,
    },
    {
      id: 'u-3',
      name: '王五',
      departmentId: 'd-1',
      secondaryDepartmentIds: [],
      rankId: null,
      positionIds: [],
      roles: [],
      active: true,
    },
    {
      id: 'u-4',
      name: '王五',
      departmentId: 'd-1',
      secondaryDepartmentIds: [],
      rankId: null,
      positionIds: [],
      roles: [],
      active: true,
    },
  ],
  supervisions: [],
  delegations: [],
  adminUserIds: [],
};

const template: HistoryTemplate = {
  templateId: 't-1',
  versionId: 'v-1',
  key: 'purchase',
  version: 3,
  title: model.title,
  serialPrefix: 'CG',
  hasSerialPattern: false,
  model,
  schema: compileForm(model).schema,
  flow: leaveRouteExample(),
};

function context(over: Partial<HistoryPlanContext> = {}): HistoryPlanContext {
  let n = 0;
  return {
    fileName: 'old.xlsx',
    importId: 'imp-1',
    templates: [template],
    org,
    logins: { 'u-1': 'zhang.san', 'u-2': 'li.si', 'u-3': 'wang.wu', 'u-4': 'wang.wu2' },
    taken: new Map(),
    now: '2026-11-26T00:00:00.000Z',
    newId: () => `id-${++n}`,
    ...over,
  };
}

const HEAD = ['编号', '申请人', '提交时间', '审批记录', '物品', '金额'];
function sheet(rows: (HistoryCell | undefined)[][], headers = HEAD, name = '采购申请'): HistorySheet {
  return {
    name,
    headers,
    rows: rows.map((r, i) => ({
      line: i + 2,
      cells: Object.fromEntries(headers.flatMap((h, c) => (r[c] === undefined ? [] : [[h, r[c]]]))),
    })),
  };
}

const messages = (p: ReturnType<typeof planHistoryImport>) =>
  p.problems.map((x) => `${x.sheet}:${x.line} ${x.message.zh}`);

describe('reading an approval chain', () => {
  it('reads names with or without a space, steps, comments, 不同意 before 同意, and English words', () => {
    const r = parseChain(
      '部门经理审批：李四同意 2024-03-01 10:00；王五 不同意 2024/3/2 9:05 预算 不足\nLi Si approved 2024年3月3日',
    );
    expect(r).toEqual({
      ok: true,
      entries: [
        {
          step: '部门经理审批',
          who: '李四',
          verdict: 'approved',
          at: '2024-03-01T02:00:00.000Z',
          comment: null,
        },
        {
          step: null,
          who: '王五',
          verdict: 'rejected',
          at: '2024-03-02T01:05:00.000Z',
          comment: '预算 不足',
        },
        { step: null, who: 'Li Si', verdict: 'approved', at: '2024-03-02T16:00:00.000Z', comment: null },
      ],
    });
  });

  it('explains an entry it cannot read, and a day that does not exist', () => {
    expect(parseChain('李四 2024-03-01')).toMatchObject({
      ok: false,
      message: { zh: expect.stringContaining('看不懂') as unknown },
    });
    expect(parseChain('李四 同意 2024-02-30')).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('does not exist') as unknown },
    });
  });
});

describe('planning a history import', () => {
  it('converts cells by field type: Excel dates and day counts, money as text, options by label, people and departments by name', () => {
    const headers = [
      'serial number',
      'Applicant',
      'Submitted',
      'Finished',
      'Outcome',
      'Item',
      'Amount',
      'Needed by',
      '出差日期',
      '时间',
      '类别',
      '采购人',
      '使用部门',
    ];
    const plan = planHistoryImport(
      [
        sheet(
          [
            [
              'CG-202403-0007',
              'zhang.san',
              new Date('2024-03-01T09:00:00Z'),
              45352.5,
              'approved',
              '电脑',
              '¥1,280.50',
              45366,
              '2024-03-10 ~ 2024-03-12',
              0.375,
              '电脑、Furniture',
              '李四',
              '工程部',
            ],
          ],
          headers,
          'purchase',
        ),
      ],
      context(),
    );
    expect(messages(plan)).toEqual([]);
    const [i] = plan.instances;
    expect(i?.data).toEqual({
      item: '电脑',
      amount: 1280.5,
      needed: '2024-03-15',
      trip: ['2024-03-10', '2024-03-12'],
      at: '09:00',
      kinds: ['it', 'desk'],
      buyer: 'u-2',
      dept: 'd-1',
    });
    expect(i).toMatchObject({
      createdAt: '2024-03-01T01:00:00.000Z',
      finishedAt: '2024-03-01T04:00:00.000Z',
      status: 'approved',
      applicantId: 'u-1',
      version: 3,
    });
    expect(i?.importedFrom).toEqual({ importId: 'imp-1', file: 'old.xlsx', sheet: 'purchase', row: 2 });
    // the classic numbering of March 2024 continues after the imported 0007
    expect(plan.counters).toEqual([{ templateId: 't-1', period: '202403', value: 7 }]);
  });

  it('lists every problem of every row with its sheet and line, and plans nothing to write', () => {
    const plan = planHistoryImport(
      [
        sheet([
          ['A-1', 'zhang.san', '2024-03-01 09:00', '王五 同意 2024-03-01 10:00', '纸', 10],
          ['A-1', 'zhang.san', '2024-03-01 09:00', '李四 同意 2024-03-01 10:00', '纸', 10],
          ['A-2', 'nobody', '2030-01-01 09:00', '李四 同意 2024-03-01 10:00', '纸', 'ten'],
          ['A-3', 'zhang.san', '2024-03-02 09:00', '李四 同意 2024-03-01 10:00', undefined, 5],
        ]),
        sheet(
          [['B-1', 'zhang.san', '2024-03-01', undefined, '纸', 1, 'x.pdf']],
          [...HEAD, '附件', '备注'],
          'purchase',
        ),
        sheet([['C-1']], ['编号'], '报销单'),
      ],
      context(),
    );
    expect(plan.ok).toBe(false);
    expect(plan.instances).toEqual([]);
    expect(messages(plan)).toEqual([
      '采购申请:2 第 2 行：审批记录：有 2 人叫「王五」，请写账号',
      '采购申请:3 第 3 行：编号「A-1」与工作表「采购申请」第 2 行重复',
      '采购申请:4 第 4 行：申请人：「nobody」不是本企业组织中的人员（按姓名或账号查找）',
      '采购申请:4 第 4 行：提交时间在将来',
      '采购申请:4 第 4 行：完成时间早于提交时间',
      '采购申请:4 第 4 行：审批记录中 李四 的时间不在提交与完成之间，或早于上一条',
      '采购申请:4 第 4 行：「金额」不是数字：ten',
      '采购申请:5 第 5 行：完成时间早于提交时间',
      '采购申请:5 第 5 行：审批记录中 李四 的时间不在提交与完成之间，或早于上一条',
      'purchase:1 第 1 行：「备注」列不是表单「采购申请」的字段',
      'purchase:2 第 2 行：完成时间为空，审批记录也没有时间',
      'purchase:2 第 2 行：结果为空，也没有审批记录',
      'purchase:2 第 2 行：「附件」是attachment字段，不能从表格导入',
      '报销单:0 工作表「报销单」不是已发布的表单（工作表名应为表单名称或标识）',
    ]);
    expect(plan.problems[3]).toMatchObject({ column: '提交时间', code: 'time_future' });
  });

  it("checks the form against its schema once the cells convert: a missing required field is the row's problem", () => {
    const plan = planHistoryImport(
      [sheet([['A-1', 'zhang.san', '2024-03-01 09:00', '李四 同意 2024-03-01 10:00', undefined, 10]])],
      context(),
    );
    expect(plan.problems).toEqual([
      {
        sheet: '采购申请',
        line: 2,
        column: '物品',
        code: 'form_invalid',
        message: {
          zh: expect.stringContaining('物品') as unknown,
          en: expect.stringContaining('Item') as unknown,
        },
      },
    ]);
  });

  it('leaves rows the same template imported before as they are, and refuses a number another request holds', () => {
    const rows = [
      ['A-1', 'zhang.san', '2024-03-01 09:00', '李四 同意 2024-03-01 10:00', '纸', 10],
      ['A-2', 'zhang.san', '2024-03-01 09:00', '李四 驳回 2024-03-01 10:00 太贵', '纸', 10],
    ];
    const again = planHistoryImport(
      [sheet(rows)],
      context({ taken: new Map([['A-1', { templateId: 't-1', imported: true }]]) }),
    );
    expect(again.ok).toBe(true);
    expect(again.sheets).toEqual([
      { sheet: '采购申请', templateKey: 'purchase', rows: 2, imported: 1, unchanged: 1 },
    ]);
    expect(again.instances.map((i) => [i.serialNo, i.status])).toEqual([['A-2', 'rejected']]);

    const clash = planHistoryImport(
      [sheet(rows)],
      context({ taken: new Map([['A-1', { templateId: 't-1', imported: false }]]) }),
    );
    expect(messages(clash)).toEqual(['采购申请:2 第 2 行：编号「A-1」已被本企业的另一份申请使用']);
  });

  it('refuses an outcome the chain contradicts, and a sheet without its required columns', () => {
    const withOutcome = ['编号', '申请人', '提交时间', '结果', '审批记录', '物品', '金额'];
    const plan = planHistoryImport(
      [
        sheet(
          [
            ['A-1', 'zhang.san', '2024-03-01 09:00', '同意', '李四 驳回 2024-03-01 10:00', '纸', 1],
            ['A-2', 'zhang.san', '2024-03-01 09:00', '作废', undefined, '纸', 1],
          ],
          withOutcome,
        ),
        sheet([['B-1', '纸']], ['编号', '物品'], 'purchase'),
      ],
      context(),
    );
    expect(messages(plan)).toEqual([
      '采购申请:2 第 2 行：结果为同意，但审批记录的最后一条是驳回',
      '采购申请:3 第 3 行：完成时间为空，审批记录也没有时间',
      '采购申请:3 第 3 行：结果「作废」应为 同意/通过 或 驳回/拒绝',
      'purchase:1 第 1 行：缺少「申请人」列',
      'purchase:1 第 1 行：缺少「提交时间」列',
    ]);
  });

  it('builds a finished state whose timeline is the chain: steps named in the chain are the route’s nodes', () => {
    const plan = planHistoryImport(
      [
        sheet([
          [
            'A-1',
            'zhang.san',
            '2024-03-01 09:00',
            '部门负责人审批：li.si 同意 2024-03-01 10:00; wang.wu 同意 2024-03-01 11:00 好',
            '纸',
            1,
          ],
        ]),
      ],
      context(),
    );
    const state = plan.instances[0]?.state as {
      status: string;
      tasks: { nodeId: string; status: string; createdAt: string }[];
      events: { type: string; nodeId?: string; comment?: string }[];
    };
    expect(state.status).toBe('approved');
    expect(state.tasks.map((t) => [t.nodeId, t.status, t.createdAt])).toEqual([
      ['dept-head', 'approved', '2024-03-01T01:00:00.000Z'],
      ['imported', 'approved', '2024-03-01T02:00:00.000Z'],
    ]);
    expect(state.events.map((e) => [e.type, e.nodeId ?? null, e.comment ?? null])).toEqual([
      ['submitted', null, null],
      ['approved', 'dept-head', null],
      ['approved', 'imported', '好'],
      ['finished', null, null],
    ]);
    expect(plan.instances[0]?.tasks.map((t) => t.nodeName.zh)).toEqual(['部门负责人审批', '审批（导入）']);
  });
});
