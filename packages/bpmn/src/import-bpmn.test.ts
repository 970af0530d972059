import { readFileSync } from 'node:fs';
import { validateFlow } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { applyAssigneeMapping, BpmnImportError, importBpmn } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const L = (zh: string, en: string) => ({ zh, en });

const leaveFields: FormField[] = [
  { key: 'days', type: 'number', label: L('请假天数', 'Leave days') },
  { key: 'reason', type: 'textarea', label: L('事由', 'Reason') },
];

const expenseFields: FormField[] = [
  { key: 'amount', type: 'money', label: L('金额', 'Amount') },
  {
    key: 'type',
    type: 'select',
    label: L('费用类型', 'Type'),
    options: [
      { value: 'travel', label: L('差旅', 'Travel') },
      { value: 'office', label: L('办公', 'Office') },
    ],
  },
];

describe('importBpmn on a Camunda Modeler file', () => {
  it('reads tasks, the gateway and its JUEL condition, and lists the candidate groups and assignees to map', async () => {
    const imported = await importBpmn(fixture('camunda-leave.bpmn'), { fields: leaveFields });
    const { draft } = imported;
    expect(imported.processName).toBe('请假申请');
    expect(draft.key).toBe('leave_request');
    expect(draft.nodes.map((n) => [n.id, n.type])).toEqual([
      ['StartEvent_1', 'start'],
      ['Task_manager', 'approve'],
      ['Gateway_days', 'branch'],
      ['Task_chairman', 'approve'],
      ['Task_hr', 'approve'],
      ['EndEvent_1', 'end'],
    ]);
    // the merging gateway is not a node: both paths go straight on to 综合部备案
    const edge = (id: string) => draft.edges.find((e) => e.id === id);
    expect(edge('Flow_long')).toEqual({
      id: 'Flow_long',
      from: 'Gateway_days',
      to: 'Task_chairman',
      condition: { op: 'gt', left: { field: 'days' }, right: { value: 3 } },
      order: 1,
    });
    expect(edge('Flow_short')).toEqual({
      id: 'Flow_short',
      from: 'Gateway_days',
      to: 'Task_hr',
      isDefault: true,
    });
    expect(edge('Flow_chairman_merge')?.to).toBe('Task_hr');
    expect(edge('Flow_to_hr')).toBeUndefined();
    expect(imported.unplaced).toEqual([]);
    expect(imported.unsupported).toEqual([]);

    expect(imported.references.map((r) => [r.key, r.tasks.map((t) => t.nodeId)])).toEqual([
      ['group:部门经理', ['Task_manager', 'Task_hr']],
      ['user:boss', ['Task_chairman']],
      ['user:kermit', ['Task_hr']],
      ['group:hr', ['Task_hr']],
    ]);
    // a pool of candidates signs as 或签; one assignee alone
    const node = (id: string) => draft.nodes.find((n) => n.id === id);
    expect(node('Task_manager')).toMatchObject({ mode: 'any', name: { zh: '部门经理审批' } });
    expect(node('Task_chairman')).toMatchObject({ mode: 'single' });

    const mapped = applyAssigneeMapping(imported, {
      'group:部门经理': { kind: 'deptHead', level: 1 },
      'user:boss': { kind: 'position', name: '董事长' },
      'group:hr': { kind: 'departmentHead', name: '综合部' },
    });
    const approvers = (id: string) => {
      const n = mapped.nodes.find((x) => x.id === id);
      return n && 'approvers' in n ? n.approvers : undefined;
    };
    expect(approvers('Task_manager')).toEqual({ kind: 'deptHead', level: 1 });
    expect(approvers('Task_chairman')).toEqual({ kind: 'position', name: '董事长' });
    // kermit was not mapped: the placeholder names him as the file does, for the designer to flag
    expect(approvers('Task_hr')).toEqual({
      kind: 'union',
      of: [
        { kind: 'user', id: 'kermit' },
        { kind: 'departmentHead', name: '综合部' },
        { kind: 'deptHead', level: 1 },
      ],
    });
    // the import itself is untouched
    expect(node('Task_chairman')).toMatchObject({ approvers: { kind: 'user', id: 'boss' } });
    expect(validateFlow(mapped, { fields: leaveFields })).toEqual([]);
  });
});

describe('importBpmn on a Flowable file', () => {
  it('reads a parallel split and join, multi-instance, and places only the conditions the form can hold', async () => {
    const imported = await importBpmn(fixture('flowable-expense.bpmn20.xml'), { fields: expenseFields });
    const { draft } = imported;
    const type = (id: string) => draft.nodes.find((n) => n.id === id)?.type;
    expect(type('fork')).toBe('parallel');
    expect(type('joinGw')).toBe('join');
    expect(type('amountGateway')).toBe('branch');
    expect(draft.nodes.find((n) => n.id === 'gmApprove')).toMatchObject({ mode: 'sequential' });
    expect(draft.edges.find((e) => e.id === 'big')).toMatchObject({
      condition: {
        op: 'and',
        conditions: [
          { op: 'gt', left: { field: 'amount' }, right: { value: 5000 } },
          { op: 'eq', left: { field: 'type' }, right: { value: 'travel' } },
        ],
      },
      order: 1,
    });
    // no field "city": the edge stays, without a condition, and the expression is listed
    expect(draft.edges.find((e) => e.id === 'byCity')).toEqual({
      id: 'byCity',
      from: 'amountGateway',
      to: 'cashier',
      order: 2,
    });
    expect(imported.unplaced).toEqual([
      {
        edgeId: 'byCity',
        from: 'amountGateway',
        to: 'cashier',
        expression: "${city == '上海'}",
        reason: {
          code: 'unknownField',
          zh: '表单中没有名为「city」的字段',
          en: 'the form has no field named "city"',
        },
      },
    ]);
    // the flow without a condition is the gateway's fallback, as Flowable takes it
    expect(draft.edges.find((e) => e.id === 'small')).toMatchObject({ isDefault: true });
    expect(imported.references.map((r) => r.key)).toEqual([
      'expression:${applicantManager}',
      'group:finance',
      'user:gm',
      'user:deputy',
      'group:cashier',
    ]);
    const mapped = applyAssigneeMapping(imported, {
      'expression:${applicantManager}': { kind: 'deptHead', level: 1 },
      'group:finance': { kind: 'position', name: '财务经理' },
      'user:gm': { kind: 'position', name: '总经理' },
      'user:deputy': { kind: 'position', name: '总经理' },
      'group:cashier': { kind: 'position', name: '出纳' },
    });
    // two people mapped onto one position are one approver
    expect(mapped.nodes.find((n) => n.id === 'gmApprove')).toMatchObject({
      approvers: { kind: 'position', name: '总经理' },
    });
    expect(validateFlow(mapped, { fields: expenseFields }).map((p) => p.code)).toEqual([
      'edge_without_condition',
    ]);
  });

  it('turns a literal on the left round, reads option labels as their values, and refuses what does not type-check', async () => {
    const xml = fixture('flowable-expense.bpmn20.xml')
      .replace("${amount > 5000 && type == 'travel'}", "${5000 <= amount and type eq '差旅'}")
      .replace("${city == '上海'}", '${type > 3}');
    const imported = await importBpmn(xml, { fields: expenseFields });
    expect(imported.draft.edges.find((e) => e.id === 'big')?.condition).toEqual({
      op: 'and',
      conditions: [
        { op: 'gte', left: { field: 'amount' }, right: { value: 5000 } },
        { op: 'eq', left: { field: 'type' }, right: { value: 'travel' } },
      ],
    });
    expect(imported.unplaced.map((u) => [u.edgeId, u.reason.code])).toEqual([['byCity', 'fieldMismatch']]);
  });
});

describe('importBpmn on what the engine cannot run', () => {
  it('reports every such element by id and kind, and joins the flows around the ones left out', async () => {
    const imported = await importBpmn(fixture('camunda-unsupported.bpmn'));
    expect(imported.unsupported.map((u) => [u.elementId, u.kind, u.handling])).toEqual([
      ['approveTimeout', 'boundaryEvent:timer', 'dropped'],
      ['notifyErp', 'serviceTask', 'bridged'],
      ['waitInvoice', 'intermediateCatchEvent:message', 'bridged'],
      ['score', 'scriptTask', 'bridged'],
    ]);
    const timer = imported.unsupported[0];
    expect(timer?.reason.zh).toContain('附在「主管审批」上的定时边界事件不被支持');
    expect(timer?.reason.en).toContain('set a time limit in the step settings');
    // 主管审批 goes on to the end; the end event behind the timer stays, unreached, for the officer to remove
    expect(imported.draft.edges).toEqual([
      { id: 'f1', from: 'start', to: 'approve' },
      { id: 'f2', from: 'approve', to: 'end' },
    ]);
    expect(imported.draft.nodes.map((n) => n.id)).toEqual(['start', 'approve', 'end', 'escalated']);
  });

  it('reads conditions off a gateway that is not exclusive, saying so', async () => {
    const xml = fixture('flowable-expense.bpmn20.xml').replace(
      '<exclusiveGateway id="amountGateway" name="金额判断"></exclusiveGateway>',
      '<inclusiveGateway id="amountGateway" name="金额判断"></inclusiveGateway>',
    );
    const imported = await importBpmn(xml, { fields: expenseFields });
    expect(imported.draft.nodes.find((n) => n.id === 'amountGateway')?.type).toBe('branch');
    expect(imported.unsupported).toMatchObject([
      { elementId: 'amountGateway', kind: 'inclusiveGateway', handling: 'kept' },
    ]);
  });
});

describe('importBpmn refusals', () => {
  const refusal = async (xml: string) => {
    try {
      await importBpmn(xml);
    } catch (e) {
      if (e instanceof BpmnImportError) return e;
      throw e;
    }
    throw new Error('not refused');
  };

  it('gives malformed XML as a typed error with its line and column', async () => {
    const e = await refusal(
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <bpmn:process id="p">\n</bpmn:definitions>',
    );
    expect(e.code).toBe('malformedXml');
    expect(e.messageKey).toBe('bpmnImport.malformedXml');
    expect(e.details).toMatchObject([{ line: 3, column: 1 }]);
    expect(e.localized).toEqual({
      zh: 'XML 格式错误（第 3 行第 1 列）：结束标签与开始标签不匹配',
      en: 'The XML is malformed (line 3, column 1): a closing tag does not match its opening tag',
    });
  });

  it('refuses XML that is not BPMN, a file without a process, and an empty file', async () => {
    expect((await refusal('<route><node/></route>')).code).toBe('notBpmn');
    expect(
      (await refusal('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>'))
        .code,
    ).toBe('noProcess');
    expect((await refusal('  ')).code).toBe('empty');
  });
});
