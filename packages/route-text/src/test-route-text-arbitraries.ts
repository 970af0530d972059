/**
 * fast-check routes of the shapes the route designer draws and the printer writes: a line of steps,
 * some taken only under a condition, the 部门经理 pair, and an exclusive branch at the end whose
 * ways are lines of their own (mirrors packages/designer/src/route/test-route-arbitraries.ts, which
 * plans designer commands; here the routes are built directly so no designer state is needed).
 */
import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/flow';
import type { ApproverExpression, OrgSnapshot } from '@signoff/org';
import type { Condition } from '@signoff/schema';
import fc from 'fast-check';

type Kind = 'approve' | 'notify' | 'handle';
interface StepPlan {
  kind: Kind;
  approvers: ApproverExpression;
  headCheck: boolean;
  guard?: Condition;
}
export interface RoutePlan {
  steps: StepPlan[];
  /** the default way first */
  branch?: { field: string; ways: { value?: string; steps: StepPlan[] }[] };
}

const GUARDS: Condition[] = [
  { op: 'gt', left: { field: 'amountInvolved' }, right: { value: 0 } },
  { op: 'gte', left: { field: 'days' }, right: { value: 7 } },
  { op: 'lt', left: { field: 'days' }, right: { value: 3 } },
  { op: 'eq', left: { field: 'leaveType' }, right: { value: '调休' } },
];

export function routePlanArb(org: OrgSnapshot): fc.Arbitrary<RoutePlan> {
  const approverArb = fc.oneof(
    fc.constantFrom(...org.positions.map((p): ApproverExpression => ({ kind: 'position', name: p.name }))),
    fc.constantFrom(
      ...org.departments.map((d): ApproverExpression => ({ kind: 'departmentHead', name: d.name })),
    ),
    fc.constant<ApproverExpression>({ kind: 'supervisingLeader', by: 'department' }),
    // by category only where the org supervises by category (the real-estate one: 工程类 / 日常)
    fc.constant<ApproverExpression>(
      org.supervisions.some((s) => s.categories.length > 0)
        ? { kind: 'supervisingLeader', by: 'category', field: 'purchaseCategory' }
        : { kind: 'supervisingLeader', by: 'department' },
    ),
    fc.constant<ApproverExpression>({ kind: 'deptHead', level: 1 }),
  );
  const stepArb: fc.Arbitrary<StepPlan> = fc
    .record({
      kind: fc.constantFrom<Kind>('approve', 'notify', 'handle'),
      approvers: approverArb,
      headCheck: fc.boolean(),
      guard: fc.option(fc.constantFrom(...GUARDS), { nil: undefined }),
    })
    .map((s) => {
      // the pair exists only for an approve step of the applicant's head, and carries no other condition
      const headCheck = s.headCheck && s.kind === 'approve' && s.approvers.kind === 'deptHead';
      return {
        kind: s.kind,
        approvers: s.approvers,
        headCheck,
        ...(s.guard && !headCheck ? { guard: s.guard } : {}),
      };
    });
  const line = (max: number) => fc.array(stepArb, { maxLength: max });
  const branchArb = fc
    .tuple(
      fc.constantFrom(
        { field: 'scope', values: ['市内', '市外'] },
        { field: 'leaveType', values: ['事假', '年休假', '调休'] },
      ),
      fc.array(line(3), { minLength: 2, maxLength: 3 }),
    )
    .map(([f, lines]) => ({
      field: f.field,
      ways: lines.slice(0, f.values.length).map((steps, i) => ({
        ...(i === 0 ? {} : { value: f.values[i] }),
        steps: steps.length > 0 ? steps : [],
      })),
    }))
    .filter((b) => b.ways.length >= 2);
  return fc
    .record({ steps: line(6), branch: fc.option(branchArb, { nil: undefined }) })
    .map((p) => (p.branch ? p : { steps: p.steps }));
}

/** The plan as a route, with its own ids (n…, x…) so nothing is shared with the parser's builder. */
export function planRoute(plan: RoutePlan, org: OrgSnapshot): FlowDefinition {
  const nodes: FlowNode[] = [
    { id: 'n0', type: 'start', name: { zh: '开始', en: 'Start' } },
    { id: 'n-end', type: 'end', name: { zh: '结束', en: 'End' } },
  ];
  const edges: FlowEdge[] = [];
  const heads = org.positions.filter((p) => p.isHead).map((p) => p.name);
  let n = 0;
  const name = () => ({ zh: `节点${n}`, en: `Node ${n}` });
  const step = (s: StepPlan): string => {
    const id = `n${++n}`;
    nodes.push(
      s.kind === 'approve'
        ? { id, name: name(), type: 'approve', approvers: s.approvers, mode: 'single' }
        : { id, name: name(), type: s.kind, approvers: s.approvers },
    );
    return id;
  };
  const branch = (): string => {
    const id = `n${++n}`;
    nodes.push({ id, name: name(), type: 'branch' });
    return id;
  };
  const link = (from: string, to: string, extra: Partial<FlowEdge> = {}) =>
    edges.push({ id: `x${edges.length + 1}`, from, to, ...extra });
  const lineOf = (steps: StepPlan[], end: string): string => {
    let to = end;
    for (const s of [...steps].reverse()) {
      const id = step(s);
      link(id, to);
      let entry = id;
      if (s.guard) {
        const b = branch();
        link(b, id, { condition: s.guard, order: 1 });
        link(b, to, { isDefault: true });
        entry = b;
      }
      if (s.headCheck) {
        const b = branch();
        link(b, to, { condition: { op: 'in', left: { applicant: 'positions' }, values: heads }, order: 1 });
        link(b, entry, { isDefault: true });
        entry = b;
      }
      to = entry;
    }
    return to;
  };
  let tail = 'n-end';
  if (plan.branch) {
    const b = branch();
    const field = plan.branch.field;
    plan.branch.ways.forEach((w, i) => {
      const entry = lineOf(w.steps, 'n-end');
      if (w.value === undefined) link(b, entry, { isDefault: true });
      else link(b, entry, { condition: { op: 'eq', left: { field }, right: { value: w.value } }, order: i });
    });
    tail = b;
  }
  link('n0', lineOf(plan.steps, tail));
  return { key: 'drawn', nodes, edges };
}

/** Text from vocabulary, punctuation, numbers and noise: the parser's random input. */
export function routeTextArb(org: OrgSnapshot): fc.Arbitrary<string> {
  const words = [
    ...org.positions.map((p) => p.name),
    ...org.departments.flatMap((d) => [d.name, d.code ?? d.name]),
    ...[
      '部门经理',
      '分管领导',
      '董事长',
      '总经理',
      '审核',
      '审批',
      '签字',
      '备案',
      '办理',
      '汇总',
      '加盖印章',
      '出纳支付',
      '司机出车',
      '相关人员填写',
      '执行审批文件',
    ],
    ...[
      '→',
      '->',
      '>',
      ' ',
      '、',
      '：',
      ':',
      ';',
      '/',
      '(',
      ')',
      '（',
      '）',
      '(涉及金额)',
      '(7天以上)',
      '市内:',
      '市外:',
      '1、',
      '2、',
      '一、',
      '二、',
      '2天(含)-7天',
      '3天内',
      '职员',
      '主管级以上',
      'Δ',
      '。',
    ],
  ];
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
  );
  return fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
}
