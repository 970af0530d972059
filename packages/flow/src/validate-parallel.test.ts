import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from './flow-definition.js';
import type { FlowProblem } from './flow-problem.js';
import { leaveFields } from './test-fixtures.js';
import { contractRoute, edges, join, nestedRoute, route, split, step } from './test-routes.js';
import { validateFlow } from './validate-flow.js';

/** The problems of `code`, checking each names a node in both languages. */
function problems(
  def: FlowDefinition,
  code: string,
  fields = undefined as Parameters<typeof validateFlow>[1],
): FlowProblem[] {
  const found = validateFlow(def, fields).filter((p) => p.code === code);
  for (const p of found) {
    expect(p.nodeId).toBeDefined();
    expect(p.message.zh).toMatch(/「.+」/);
    expect(p.message.en).toMatch(/".+"/);
  }
  return found;
}

describe('validateFlow on parallel regions', () => {
  it('accepts a parallel region and nested regions', () => {
    expect(validateFlow(contractRoute())).toEqual([]);
    expect(validateFlow(nestedRoute())).toEqual([]);
  });

  it('accepts an exclusive branch inside a parallel branch, one path going straight to the join', () => {
    const def = route(
      [
        split('P'),
        { id: 'X', type: 'branch', name: { zh: '金额', en: 'Amount' } },
        step('big'),
        step('b'),
        join('J'),
      ],
      [
        ...edges('start>P', 'P>X', 'big>J', 'P>b', 'b>J', 'J>end'),
        {
          id: 'x-big',
          from: 'X',
          to: 'big',
          order: 1,
          condition: { op: 'gte', left: { field: 'x' }, right: { value: 5 } },
        },
        { id: 'x-default', from: 'X', to: 'J', isDefault: true },
      ],
    );
    expect(validateFlow(def)).toEqual([]);
  });

  it('reports a split with a single branch', () => {
    const def = route([split('P'), step('a'), join('J')], edges('start>P', 'P>a', 'a>J', 'J>end'));
    expect(problems(def, 'parallel_too_few_branches').map((p) => p.nodeId)).toEqual(['P']);
  });

  it('reports a join that closes no split', () => {
    const def = route([step('a'), join('J')], edges('start>a', 'a>J', 'J>end'));
    expect(problems(def, 'join_without_split').map((p) => p.nodeId)).toEqual(['J']);
  });

  it('reports branches that never meet, each reaching the end on its own', () => {
    const def = route([split('P'), step('a'), step('b')], edges('start>P', 'P>a', 'P>b', 'a>end', 'b>end'));
    expect(problems(def, 'split_without_join').map((p) => p.nodeId)).toEqual(['P']);
    expect(problems(def, 'parallel_jump').map((p) => p.nodeId)).toEqual(['end']);
  });

  it('reports a branch that jumps past its join, naming where it lands', () => {
    const def = contractRoute();
    def.nodes.push({ id: 'X', type: 'branch', name: { zh: '跳过', en: 'Shortcut' } });
    def.edges = def.edges.filter((e) => !(e.from === 'fin' && e.to === 'finhead'));
    def.edges.push(
      { id: 'fin-x', from: 'fin', to: 'X' },
      { id: 'x-gm', from: 'X', to: 'gm', order: 1, condition: { op: 'empty', operand: { field: 'x' } } },
      { id: 'x-finhead', from: 'X', to: 'finhead', isDefault: true },
    );
    const found = problems(def, 'parallel_jump');
    expect(found.map((p) => p.nodeId)).toEqual(['gm']);
    expect(found[0]?.message.zh).toContain('节点gm');
  });

  it('reports a branch that crosses into another branch', () => {
    const def = contractRoute();
    def.nodes.push({ id: 'X', type: 'branch', name: { zh: '跨越', en: 'Cross' } });
    def.edges = def.edges.filter((e) => !(e.from === 'fin' && e.to === 'finhead'));
    def.edges.push(
      { id: 'fin-x', from: 'fin', to: 'X' },
      { id: 'x-eng', from: 'X', to: 'eng', order: 1, condition: { op: 'empty', operand: { field: 'x' } } },
      { id: 'x-finhead', from: 'X', to: 'finhead', isDefault: true },
    );
    expect(problems(def, 'parallel_jump').map((p) => p.nodeId)).toEqual(['eng']);
  });

  it('reports an edge jumping into the middle of a branch from outside', () => {
    const def = contractRoute();
    def.nodes.push({ id: 'X', type: 'branch', name: { zh: '直达', en: 'Direct' } });
    def.edges = def.edges.filter((e) => !(e.from === 'legal' && e.to === 'P'));
    def.edges.push(
      { id: 'legal-x', from: 'legal', to: 'X' },
      {
        id: 'x-finhead',
        from: 'X',
        to: 'finhead',
        order: 1,
        condition: { op: 'empty', operand: { field: 'x' } },
      },
      { id: 'x-p', from: 'X', to: 'P', isDefault: true },
    );
    expect(problems(def, 'parallel_jump').map((p) => p.nodeId)).toEqual(['finhead']);
  });

  it('reports branches of one split meeting at two joins', () => {
    const def = route(
      [split('P'), step('a'), step('b'), step('c'), join('J1'), join('J2')],
      edges('start>P', 'P>a', 'P>b', 'P>c', 'a>J1', 'b>J1', 'c>J2', 'J1>end', 'J2>end'),
    );
    const found = problems(def, 'join_mismatch');
    expect(found.map((p) => p.nodeId)).toEqual(expect.arrayContaining(['J2']));
    expect(found.some((p) => p.message.en.includes('"Node J1"') && p.message.en.includes('"Node J2"'))).toBe(
      true,
    );
  });

  it('reports regions that overlap instead of nesting', () => {
    // J1 closes P2's branch b and P1's branch a at once
    const def = route(
      [split('P1'), split('P2'), step('a'), step('b'), step('c'), join('J1'), join('J2')],
      edges('start>P1', 'P1>a', 'P1>P2', 'P2>b', 'P2>c', 'a>J1', 'b>J1', 'J1>J2', 'c>J2', 'J2>end'),
    );
    expect(problems(def, 'join_mismatch').map((p) => p.nodeId)).toContain('J1');
  });

  it('lets a split have more than one way out, but not a join', () => {
    const def = contractRoute();
    def.edges.push({ id: 'j-extra', from: 'J', to: 'end' });
    expect(
      validateFlow(def)
        .filter((p) => p.code === 'multiple_outgoing')
        .map((p) => p.nodeId),
    ).toEqual(['J']);
    expect(validateFlow(contractRoute()).some((p) => p.code === 'multiple_outgoing')).toBe(false);
  });
});

describe('validateFlow on step options', () => {
  const withOptions = (
    options: Record<string, unknown>,
    type: 'approve' | 'handle' = 'approve',
  ): FlowDefinition => {
    const node = {
      id: 'a',
      type,
      name: { zh: '审批A', en: 'Step A' },
      approvers: { kind: 'role', name: 'x' },
      ...(type === 'approve' ? { mode: 'single' } : {}),
      ...options,
    };
    return route([node as FlowNode], edges('start>a', 'a>end'));
  };
  const codesOf = (def: FlowDefinition) =>
    validateFlow(def, { fields: leaveFields() }).map((p) => [p.code, p.path]);

  it('accepts every option set sensibly', () => {
    const def = withOptions({
      timeLimit: { workingDays: 2 },
      reminder: { afterHours: 24, repeatHours: 12 },
      allowedActions: ['approve', 'reject', 'return'],
      signatureRequired: true,
      fieldPermissions: { days: 'read', reason: 'edit', type: 'hidden' },
      skipApprovedOnResubmit: true,
      skipApplicant: false,
      skipPrevious: false,
      acknowledgeAllowed: false,
    });
    expect(codesOf(def)).toEqual([]);
  });

  it('reports time limits that are not one positive amount', () => {
    expect(codesOf(withOptions({ timeLimit: { hours: 0 } }))).toEqual([
      ['invalid_time_limit', 'nodes[1].timeLimit'],
    ]);
    expect(codesOf(withOptions({ timeLimit: { hours: 4, workingDays: 1 } }))).toEqual([
      ['invalid_time_limit', 'nodes[1].timeLimit'],
    ]);
    expect(codesOf(withOptions({ timeLimit: { workingDays: 1.5 } }))).toEqual([
      ['invalid_time_limit', 'nodes[1].timeLimit'],
    ]);
    expect(codesOf(withOptions({ timeLimit: {} }))).toEqual([['invalid_time_limit', 'nodes[1].timeLimit']]);
  });

  it('reports reminders that would never come or come too often', () => {
    expect(codesOf(withOptions({ reminder: { afterHours: -1 } }))).toEqual([
      ['invalid_reminder', 'nodes[1].reminder'],
    ]);
    expect(codesOf(withOptions({ reminder: { afterHours: 2, repeatHours: 0.1 } }))).toEqual([
      ['invalid_reminder', 'nodes[1].reminder'],
    ]);
  });

  it('reports allowed actions that are unknown or leave the step unable to complete', () => {
    expect(codesOf(withOptions({ allowedActions: ['approve', 'sign'] }))).toEqual([
      ['invalid_allowed_actions', 'nodes[1].allowedActions'],
    ]);
    const p = validateFlow(withOptions({ allowedActions: ['reject'] }));
    expect(p.map((x) => x.code)).toEqual(['invalid_allowed_actions']);
    expect(p[0]?.message.zh).toContain('审批A');
    expect(codesOf(withOptions({ allowedActions: ['approve'] }, 'handle'))).toEqual([
      ['invalid_allowed_actions', 'nodes[1].allowedActions'],
    ]);
  });

  it('reports field permissions with unknown values or fields the form lacks', () => {
    expect(codesOf(withOptions({ fieldPermissions: { days: 'write', salary: 'hidden' } }))).toEqual([
      ['invalid_field_permissions', 'nodes[1].fieldPermissions.days'],
      ['unknown_field', 'nodes[1].fieldPermissions.salary'],
    ]);
  });

  it('reports flags that are not booleans, and 已阅 on a handle step', () => {
    expect(codesOf(withOptions({ signatureRequired: 'yes' }))).toEqual([
      ['invalid_node', 'nodes[1].signatureRequired'],
    ]);
    expect(codesOf(withOptions({ acknowledgeAllowed: true }, 'handle'))).toEqual([
      ['invalid_node', 'nodes[1].acknowledgeAllowed'],
    ]);
    expect(codesOf(withOptions({ skipApplicant: 'no', skipPrevious: 0 }))).toEqual([
      ['invalid_node', 'nodes[1].skipApplicant'],
      ['invalid_node', 'nodes[1].skipPrevious'],
    ]);
    expect(validateFlow(withOptions({ skipPrevious: 'off' }))[0]?.message).toEqual({
      zh: '「审批A」的「跳过上一步的审批人」须为是或否',
      en: '"Step A": "skip the previous approver" must be true or false',
    });
  });
});
