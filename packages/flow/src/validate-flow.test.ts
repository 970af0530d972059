import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from './flow-definition.js';
import type { FlowProblem } from './flow-problem.js';
import { leaveRouteExample } from './leave-route-example.js';
import { leaveFields } from './test-fixtures.js';
import { validateFlow } from './validate-flow.js';

const withEdits = (edit: (def: FlowDefinition) => void): FlowDefinition => {
  const def = leaveRouteExample();
  edit(def);
  return def;
};

const node = (def: FlowDefinition, id: string): FlowNode => {
  const n = def.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

const edge = (def: FlowDefinition, id: string) => {
  const e = def.edges.find((x) => x.id === id);
  if (!e) throw new Error(`no edge ${id}`);
  return e;
};

/** The one problem of `code` whose message names the node in both languages. */
function problemNaming(problems: FlowProblem[], code: string, zh: string, en: string): FlowProblem {
  const found = problems.filter((p) => p.code === code && p.message.zh.includes(zh) && p.message.en.includes(en));
  expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return found[0] as FlowProblem;
}

describe('validateFlow', () => {
  it('accepts the leave route against the leave form', () => {
    expect(validateFlow(leaveRouteExample(), { fields: leaveFields() })).toEqual([]);
    expect(validateFlow(leaveRouteExample())).toEqual([]);
  });

  it('reports a second start node, naming it', () => {
    const def = withEdits((d) => {
      d.nodes.push({ id: 'start2', type: 'start', name: { zh: '再次发起', en: 'Submit again' } });
      d.edges.push({ id: 'e-start2', from: 'start2', to: 'dept-head' });
    });
    const p = problemNaming(validateFlow(def), 'multiple_starts', '再次发起', 'Submit again');
    expect(p.nodeId).toBe('start2');
    expect(p.message.zh).toContain('发起申请');
  });

  it('reports a missing start and a missing end', () => {
    const def = withEdits((d) => {
      d.nodes = d.nodes.filter((n) => n.type !== 'start' && n.type !== 'end');
      d.edges = d.edges.filter((e) => e.from !== 'start' && e.to !== 'end');
    });
    const codes = validateFlow(def).map((p) => p.code);
    expect(codes).toContain('no_start');
    expect(codes).toContain('no_end');
  });

  it('reports a node that cannot be reached from the start', () => {
    const def = withEdits((d) => {
      d.nodes.push({ id: 'orphan', type: 'approve', name: { zh: '孤立审批', en: 'Orphan step' }, approvers: { kind: 'role', name: '财务' }, mode: 'single' });
      d.edges.push({ id: 'e-orphan', from: 'orphan', to: 'end' });
    });
    const p = problemNaming(validateFlow(def), 'unreachable', '孤立审批', 'Orphan step');
    expect(p).toMatchObject({ nodeId: 'orphan', path: 'nodes[6]' });
  });

  it('reports a dead end', () => {
    const def = withEdits((d) => {
      d.edges = d.edges.filter((e) => e.id !== 'e-filing');
    });
    const problems = validateFlow(def);
    expect(problemNaming(problems, 'dead_end', '综管部备案', 'Filed with administration').nodeId).toBe('filing');
    expect(problemNaming(problems, 'unreachable', '结束', 'End').nodeId).toBe('end');
  });

  it('reports a node whose paths never reach an end', () => {
    const def = withEdits((d) => {
      d.nodes.push({ id: 'limbo', type: 'approve', name: { zh: '无尽审批', en: 'Limbo' }, approvers: { kind: 'role', name: '财务' }, mode: 'single' });
      d.edges.push({ id: 'e-limbo', from: 'limbo', to: 'limbo' });
      edge(d, 'e-leader').to = 'limbo';
    });
    const problems = validateFlow(def);
    expect(problemNaming(problems, 'cannot_reach_end', '无尽审批', 'Limbo').nodeId).toBe('limbo');
    expect(problemNaming(problems, 'cannot_reach_end', '分管领导审批', 'Supervising leader').nodeId).toBe('leader');
    expect(problemNaming(problems, 'cycle', '无尽审批', 'Limbo').message.en).toBe('The route loops: "Limbo" → "Limbo"');
  });

  it('reports a cycle, naming the nodes on it in order', () => {
    const def = withEdits((d) => {
      edge(d, 'e-leader').to = 'dept-head';
    });
    const p = problemNaming(validateFlow(def), 'cycle', '「部门负责人审批」→「天数判断」→「分管领导审批」→「部门负责人审批」', '"Department head" → "Days?" → "Supervising leader"');
    expect(p.nodeId).toBe('dept-head');
  });

  it('reports a branch without a default edge', () => {
    const def = withEdits((d) => {
      delete edge(d, 'e-short').isDefault;
    });
    const problems = validateFlow(def);
    expect(problemNaming(problems, 'branch_without_default', '天数判断', 'Days?').nodeId).toBe('days');
    expect(problemNaming(problems, 'edge_without_condition', '天数判断', 'Days?').edgeId).toBe('e-short');
  });

  it('reports a branch with only a default edge, or two defaults', () => {
    const onlyDefault = withEdits((d) => {
      d.edges = d.edges.filter((e) => e.id !== 'e-long');
    });
    expect(problemNaming(validateFlow(onlyDefault), 'branch_without_condition', '天数判断', 'Days?').nodeId).toBe('days');
    const twoDefaults = withEdits((d) => {
      edge(d, 'e-long').isDefault = true;
    });
    problemNaming(validateFlow(twoDefaults), 'branch_multiple_defaults', '天数判断', 'Days?');
  });

  it('reports a condition on an unknown field, with its path, only when the fields are known', () => {
    const def = withEdits((d) => {
      edge(d, 'e-long').condition = { op: 'gte', left: { field: 'dayz' }, right: { value: 3 } };
    });
    const p = problemNaming(validateFlow(def, { fields: leaveFields() }), 'unknown_field', '天数判断', 'Days?');
    expect(p).toMatchObject({ nodeId: 'days', edgeId: 'e-long', path: 'edges[2].condition.left' });
    expect(p.message.en).toContain('"dayz"');
    expect(validateFlow(def)).toEqual([]);
  });

  it('reports a condition that compares a number field with text', () => {
    const def = withEdits((d) => {
      edge(d, 'e-long').condition = { op: 'gte', left: { field: 'days' }, right: { value: '3' } };
    });
    const p = problemNaming(validateFlow(def, { fields: leaveFields() }), 'type_mismatch', '天数判断', 'Days?');
    expect(p.path).toBe('edges[2].condition.right');
  });

  it('reports malformed approver expressions, naming the node', () => {
    const def = withEdits((d) => {
      const head = node(d, 'dept-head');
      if (head.type === 'approve') head.approvers = { kind: 'deptHead', level: 0 };
      const leader = node(d, 'leader');
      if (leader.type === 'approve') leader.approvers = { kind: 'union', of: [{ kind: 'role', name: ' ' }, { kind: 'boss' } as never] };
      const filing = node(d, 'filing');
      if (filing.type === 'notify') filing.approvers = { kind: 'union', of: [] };
    });
    const problems = validateFlow(def).filter((p) => p.code === 'invalid_approver');
    expect(problems.map((p) => [p.nodeId, p.path])).toEqual([
      ['dept-head', 'nodes[1].approvers.level'],
      ['leader', 'nodes[3].approvers.of[0].name'],
      ['leader', 'nodes[3].approvers.of[1].kind'],
      ['filing', 'nodes[4].approvers.of'],
    ]);
    expect(problems[0]?.message.zh).toContain('部门负责人审批');
    expect(problems[2]?.message.en).toContain('"Supervising leader"');
    expect(problems[2]?.message.en).toContain('"boss"');
  });

  it('reports a form user field the form does not have', () => {
    const def = withEdits((d) => {
      const head = node(d, 'dept-head');
      if (head.type === 'approve') head.approvers = { kind: 'formUser', field: 'deputy' };
    });
    const p = problemNaming(validateFlow(def, { fields: leaveFields() }), 'unknown_field', '部门负责人审批', 'Department head');
    expect(p.path).toBe('nodes[1].approvers.field');
    expect(validateFlow(def)).toEqual([]);
  });

  it('reports duplicate ids, unknown edge ends and edges into the start or out of the end', () => {
    const def = withEdits((d) => {
      d.nodes.push({ id: 'days', type: 'end', name: { zh: '重复', en: 'Twin' } });
      d.edges.push({ id: 'e-ghost', from: 'filing', to: 'nowhere' });
      d.edges.push({ id: 'e-back', from: 'end', to: 'start' });
    });
    const problems = validateFlow(def);
    expect(problemNaming(problems, 'duplicate_id', '重复', 'Twin').nodeId).toBe('days');
    expect(problemNaming(problems, 'unknown_node', 'nowhere', 'nowhere')).toMatchObject({ edgeId: 'e-ghost', path: 'edges[6].to' });
    problemNaming(problems, 'start_has_incoming', '发起申请', 'Submit');
    problemNaming(problems, 'end_has_outgoing', '结束', 'End');
  });

  it('reports a plain node with two ways out, and conditions outside branches', () => {
    const def = withEdits((d) => {
      d.edges.push({ id: 'e-skip', from: 'dept-head', to: 'filing', condition: { op: 'empty', operand: { field: 'reason' } } });
    });
    const problems = validateFlow(def);
    problemNaming(problems, 'multiple_outgoing', '部门负责人审批', 'Department head');
    expect(problemNaming(problems, 'condition_outside_branch', '部门负责人审批', 'Department head').edgeId).toBe('e-skip');
  });

  it('reports a bad mode and time limit', () => {
    const def = withEdits((d) => {
      const head = node(d, 'dept-head');
      if (head.type === 'approve') Object.assign(head, { mode: 'majority', timeLimitHours: -1 });
    });
    const problems = validateFlow(def);
    problemNaming(problems, 'invalid_mode', '部门负责人审批', 'Department head');
    problemNaming(problems, 'invalid_time_limit', '部门负责人审批', 'Department head');
  });

  it('answers malformed JSON with problems instead of throwing', () => {
    expect(validateFlow(null as unknown as FlowDefinition).map((p) => p.code)).toEqual(['invalid_definition']);
    const junk = { key: 'x', nodes: [null, { id: 'a', type: 'teleport', name: 'A' }], edges: [7] } as unknown as FlowDefinition;
    const codes = validateFlow(junk).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid_node', 'invalid_edge', 'no_start', 'no_end']));
  });
});
