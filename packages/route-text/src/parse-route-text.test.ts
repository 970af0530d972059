import { validateFlow, type FlowDefinition } from '@signoff/flow';
import { type ApproverExpression } from '@signoff/org';
import { realEstateDemoOrg, smallCompanyDemoOrg } from '@signoff/org/demo';
import { describe, expect, it } from 'vitest';
import { parseRouteText } from './parse-route-text.js';
import { routingForm } from './test-forms.js';
import { routeShape } from './test-route-shape.js';

const org = realEstateDemoOrg();
const form = routingForm();
const approvers = (flow: FlowDefinition): [string, ApproverExpression][] =>
  flow.nodes.flatMap((n) =>
    'approvers' in n ? [[n.type, n.approvers] as [string, ApproverExpression]] : [],
  );
const valid = (flow: FlowDefinition) =>
  validateFlow(flow, { fields: form.fields, ranks: org.ranks.map((r) => r.name) });

describe('parseRouteText', () => {
  it("reads seed 000's example line into virtual positions, in order", () => {
    const r = parseRouteText('相关人员填写部门经理审核财务部审核分管领导审核董事长审批财务出纳', { org });
    expect(r.steps).toEqual([
      { kind: 'approve', positions: ['部门负责人'], name: '部门经理审核' },
      { kind: 'approve', positions: ['财务部经理'], name: '财务部审核' },
      { kind: 'approve', positions: ['分管领导'], name: '分管领导审核' },
      { kind: 'approve', positions: ['董事长'], name: '董事长审批' },
      { kind: 'handle', positions: ['出纳'], name: '财务出纳' },
    ]);
    expect(approvers(r.flow).map(([, a]) => a)).toEqual([
      { kind: 'deptHead', level: 1 },
      { kind: 'departmentHead', name: '财务部' },
      { kind: 'supervisingLeader', by: 'department' },
      { kind: 'position', name: '董事长' },
      { kind: 'position', name: '出纳' },
    ]);
    expect(r.unplaced).toEqual([]);
    expect(valid(r.flow)).toEqual([]);
  });

  it('passes 部门经理 over for an applicant who holds a head seat, as the catalogs do', () => {
    const r = parseRouteText('部门经理审核董事长审批', { org });
    const check = r.flow.edges.find((e) => e.condition?.op === 'in');
    expect(check?.condition).toEqual({
      op: 'in',
      left: { applicant: 'positions' },
      values: org.positions.filter((p) => p.isHead).map((p) => p.name),
    });
  });

  it('reads the same route with arrows, spaces or nothing between the steps', () => {
    const shapes = [
      '部门经理审核财务部审核董事长审批',
      '部门经理审核→财务部审核→董事长审批',
      '部门经理审核 -> 财务部审核 -> 董事长审批',
      '部门经理审核>财务部审核>董事长审批',
      '部门经理审核 财务部审核 董事长审批',
    ].map((t) => routeShape(parseRouteText(t, { org }).flow));
    for (const s of shapes) expect(s).toEqual(shapes[0]);
  });

  it('knows verbs: 审核 审批 签字 批示 汇总 approve, 备案 copies, 办理 handles', () => {
    const r = parseRouteText(
      '财务部审核→财务部审批→财务部签字→董事长批示→综管部汇总→综管部备案→档案管理员办理',
      { org },
    );
    expect(r.steps.map((s) => s.kind)).toEqual([
      'approve',
      'approve',
      'approve',
      'approve',
      'approve',
      'notify',
      'handle',
    ]);
  });

  it("reads short forms and handler words with the org's own positions", () => {
    const r = parseRouteText('销售经理审核综管部审核法务审核加盖印章司机出车采购执行出纳支付', { org });
    expect(r.steps.map((s) => `${s.kind}:${s.positions.join('+')}`)).toEqual([
      'approve:销售部经理',
      'approve:综合管理部经理',
      'approve:法务专员',
      'handle:印章管理员',
      'handle:司机',
      'handle:采购专员',
      'handle:出纳',
    ]);
  });

  it('gives the seal to the administration head where the company has no seal keeper', () => {
    const r = parseRouteText('董事长审批加盖印章', { org: smallCompanyDemoOrg() });
    expect(r.steps[1]).toEqual({ kind: 'handle', positions: ['综合部经理'], name: '加盖印章' });
  });

  it('answers an unknown position and an unknown word as unplaced, in zh and en, and keeps the rest', () => {
    const r = parseRouteText('部门经理审核总经理审批张三签字董事长审批', { org });
    expect(r.steps.map((s) => s.positions[0])).toEqual(['部门负责人', '董事长']);
    expect(r.unplaced.map((u) => [u.text, u.reason.code])).toEqual([
      ['总经理审批', 'unknown_position'],
      ['张三签字', 'unknown_word'],
    ]);
    expect(r.unplaced[0]?.reason).toMatchObject({
      zh: '本企业组织中没有岗位「总经理」',
      en: 'This company\'s org has no position "总经理"',
    });
  });

  it('turns a condition in brackets into a branch on the form field, passing the step over by default', () => {
    const r = parseRouteText('财务部审核(涉及金额)董事长审批(7天以上)', { org, form });
    const conditional = r.flow.edges.filter((e) => e.condition);
    expect(conditional.map((e) => e.condition)).toEqual([
      { op: 'gt', left: { field: 'amountInvolved' }, right: { value: 0 } },
      { op: 'gte', left: { field: 'days' }, right: { value: 7 } },
    ]);
    expect(r.steps.map((s) => s.when)).toEqual(['涉及金额', '7天以上']);
    expect(r.flow.edges.filter((e) => e.isDefault)).toHaveLength(2);
    expect(valid(r.flow)).toEqual([]);
  });

  it('reads an amount with its bound and unit: 1万以上, 5000元以下, 3千元及以上, 2万元以内, 超过5000元', () => {
    const when = (line: string) =>
      parseRouteText(line, { org, form }).flow.edges.find((e) => e.condition)?.condition;
    const amount = (op: string, value: number) => ({
      op,
      left: { field: 'amountInvolved' },
      right: { value },
    });
    expect(when('董事长审批(金额1万以上)')).toEqual(amount('gte', 10_000));
    expect(when('董事长审批(金额5000元以下)')).toEqual(amount('lte', 5000));
    expect(when('董事长审批(金额3千元及以上)')).toEqual(amount('gte', 3000));
    expect(when('董事长审批(金额2万元以内)')).toEqual(amount('lt', 20_000));
    expect(when('董事长审批(金额超过5000元)')).toEqual(amount('gt', 5000));
    expect(when('董事长审批(涉及金额)')).toEqual(amount('gt', 0));
  });

  it('leaves a condition unplaced, with the reason, when the form has no field for it, and keeps the step', () => {
    const r = parseRouteText('财务部审核(涉及金额)董事长审批', { org });
    expect(r.steps.map((s) => s.positions[0])).toEqual(['财务部经理', '董事长']);
    expect(r.unplaced.map((u) => [u.text, u.reason.code])).toEqual([
      ['(涉及金额)', 'condition_without_field'],
    ]);
    expect(r.unplaced[0]?.reason.en).toContain('needs an amount field');
  });

  it('reads 市内：…市外：… as an exclusive branch on the choice field, the first way the default', () => {
    const r = parseRouteText('市内:综合管理部审核司机出车 市外:综合管理部审核分管领导审批司机出车', {
      org,
      form,
    });
    expect(r.steps).toEqual([]);
    expect(r.branches).toHaveLength(1);
    expect(
      r.branches[0]?.paths.map((p) => [p.when, p.isDefault, p.steps.map((s) => s.positions[0])]),
    ).toEqual([
      ['市内', true, ['综合管理部经理', '司机']],
      ['市外', false, ['综合管理部经理', '分管领导', '司机']],
    ]);
    expect(r.flow.edges.find((e) => e.condition)?.condition).toEqual({
      op: 'eq',
      left: { field: 'scope' },
      right: { value: '市外' },
    });
    expect(valid(r.flow)).toEqual([]);
  });

  it('sends departments a per-department text does not name to their own head, then the common ending', () => {
    const r = parseRouteText(
      '销售部:销售部经理审核董事长审批加盖印章 工程部:工程部经理审核工程副总审核董事长审批加盖印章',
      { org },
    );
    const paths = r.branches[0]?.paths.map((p) => [p.when, p.isDefault, p.steps.map((s) => s.positions[0])]);
    expect(paths).toEqual([
      ['其他部门', true, ['部门负责人', '董事长', '印章管理员']],
      ['销售部', false, ['销售部经理', '董事长', '印章管理员']],
      ['工程部', false, ['工程部经理', '工程副总', '董事长', '印章管理员']],
    ]);
    expect(valid(r.flow)).toEqual([]);
  });

  it('reads numbered day ranges as conditions on the days field', () => {
    const r = parseRouteText(
      '1、2天内:部门经理审批 2、2天(含)-7天:部门经理审核→分管领导审批 3、7天(含)以上:部门经理审核→分管领导审核→董事长审批',
      { org, form },
    );
    expect(
      r.flow.edges.filter((e) => e.condition && e.condition.op !== 'in').map((e) => e.condition),
    ).toEqual([
      { op: 'gte', left: { field: 'days' }, right: { value: 7 } },
      {
        op: 'and',
        conditions: [
          { op: 'gte', left: { field: 'days' }, right: { value: 2 } },
          { op: 'lt', left: { field: 'days' }, right: { value: 7 } },
        ],
      },
    ]);
    expect(valid(r.flow)).toEqual([]);
  });

  it('follows a supervision category named in brackets, and reports the people named there', () => {
    const r = parseRouteText('分管领导审核(工程类欧先林/日常林光举)', { org, form });
    expect(approvers(r.flow)[0]?.[1]).toEqual({
      kind: 'supervisingLeader',
      by: 'category',
      field: 'purchaseCategory',
    });
    expect(r.unplaced.map((u) => [u.text, u.reason.code])).toEqual([
      ['欧先林', 'person_name'],
      ['林光举', 'person_name'],
    ]);
  });

  it('reports a verb with no approver before it', () => {
    const r = parseRouteText('审核→董事长审批', { org });
    expect(r.unplaced.map((u) => [u.text, u.reason.code])).toEqual([['审核', 'verb_without_approver']]);
  });

  it('gives an empty route for empty text and never throws on odd input', () => {
    const r = parseRouteText('', { org });
    expect(r.flow.nodes.map((n) => n.type)).toEqual(['start', 'end']);
    expect(valid(r.flow)).toEqual([]);
    expect(r.segments).toEqual([]);
    expect(() => parseRouteText('((（]】：:1、一、→→', { org, form })).not.toThrow();
  });

  it('makes the first way by who applies the default even when it names a role (部门经理…；分管领导…)', () => {
    // found by the property test with seed -1519402645: the branch had a condition on every way
    const small = smallCompanyDemoOrg();
    const r = parseRouteText('部门经理董事长;分管领导董事长', { org: small, form });
    const branch = r.flow.nodes.find((n) => n.type === 'branch');
    const ways = r.flow.edges.filter((e) => e.from === branch?.id);
    expect(ways.filter((e) => e.isDefault)).toHaveLength(1);
    expect(ways.filter((e) => e.condition)).toHaveLength(ways.length - 1);
    expect(validateFlow(r.flow, { fields: form.fields, ranks: small.ranks.map((x) => x.name) })).toEqual([]);
  });
});
