import { leaveRouteExample, validateFlow } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import { accepted, idsFor, laneBranchRoute, refusal, SHAPE_PROBLEMS } from './test-routes.js';

const shape = (flow: Parameters<typeof validateFlow>[0]) =>
  validateFlow(flow).filter((p) => SHAPE_PROBLEMS.includes(p.code));

describe('insertNode', () => {
  it('puts an approve step on the edge, going to the applicant’s department head', () => {
    const flow = leaveRouteExample();
    const r = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-start', nodeType: 'approve' }, idsFor(flow)),
    );
    const node = r.flow.nodes.find((n) => n.id === 'n1');
    expect(node).toEqual({
      id: 'n1',
      type: 'approve',
      name: { zh: '审批人', en: 'Approver' },
      approvers: { kind: 'deptHead', level: 1 },
      mode: 'single',
    });
    expect(r.flow.edges.find((e) => e.id === 'e-start')).toEqual({ id: 'e-start', from: 'start', to: 'n1' });
    expect(r.flow.edges.find((e) => e.id === 'e1')).toEqual({ id: 'e1', from: 'n1', to: 'dept-head' });
    expect(r.changed).toMatchObject({
      addedNodes: ['n1'],
      addedEdges: ['e1'],
      changedEdges: ['e-start'],
      select: { nodeId: 'n1' },
    });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('gives notify and handle steps their default names and approvers, and takes a given name', () => {
    const flow = leaveRouteExample();
    const cc = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-filing', nodeType: 'notify' }, idsFor(flow)),
    );
    expect(cc.flow.nodes.find((n) => n.id === 'n1')).toMatchObject({
      type: 'notify',
      name: { zh: '抄送人', en: 'CC' },
      approvers: { kind: 'deptHead', level: 1 },
    });
    const name = { zh: '盖章', en: 'Stamp' };
    const stamp = accepted(
      applyRouteCommand(
        flow,
        { type: 'insertNode', edgeId: 'e-filing', nodeType: 'handle', name },
        idsFor(flow),
      ),
    );
    expect(stamp.flow.nodes.find((n) => n.id === 'n1')).toMatchObject({
      type: 'handle',
      name,
      approvers: { kind: 'deptHead', level: 1 },
    });
    const plain = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-filing', nodeType: 'handle' }, idsFor(flow)),
    );
    expect(plain.flow.nodes.find((n) => n.id === 'n1')?.name).toEqual({ zh: '办理人', en: 'Handler' });
  });

  it('keeps a branch path’s condition on the edge that now leads to the new node', () => {
    const flow = leaveRouteExample();
    const r = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-long', nodeType: 'approve' }, idsFor(flow)),
    );
    expect(r.flow.edges.find((e) => e.id === 'e-long')).toMatchObject({
      from: 'days',
      to: 'n1',
      order: 1,
      condition: { op: 'gte' },
    });
    expect(r.flow.edges.find((e) => e.id === 'e1')).toEqual({ id: 'e1', from: 'n1', to: 'leader' });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('inserts a branch whose conditional path still needs its condition, and a default path', () => {
    const flow = leaveRouteExample();
    const r = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-filing', nodeType: 'branch' }, idsFor(flow)),
    );
    expect(r.flow.nodes.find((n) => n.id === 'n1')).toEqual({
      id: 'n1',
      type: 'branch',
      name: { zh: '条件分支', en: 'Branch' },
    });
    expect(r.flow.edges.filter((e) => e.from === 'n1')).toEqual([
      { id: 'e1', from: 'n1', to: 'end', order: 1 },
      { id: 'e2', from: 'n1', to: 'end', isDefault: true },
    ]);
    expect(validateFlow(r.flow).map((p) => [p.code, p.edgeId])).toEqual([['edge_without_condition', 'e1']]);
  });

  it('inserts a parallel split and its join with two lanes', () => {
    const flow = leaveRouteExample();
    const r = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-head', nodeType: 'parallel' }, idsFor(flow)),
    );
    expect(r.flow.nodes.filter((n) => n.id === 'n1' || n.id === 'n2')).toEqual([
      { id: 'n1', type: 'parallel', name: { zh: '并行分支', en: 'Parallel' } },
      { id: 'n2', type: 'join', name: { zh: '汇合', en: 'Join' } },
    ]);
    expect(
      r.flow.edges.filter((e) => e.from === 'n1' || e.from === 'n2').map((e) => `${e.from}>${e.to}`),
    ).toEqual(['n1>n2', 'n1>n2', 'n2>days']);
    expect(validateFlow(r.flow)).toEqual([]);
    // a step in a lane keeps the route valid
    const lane = r.flow.edges.find((e) => e.from === 'n1')?.id ?? '';
    const more = accepted(
      applyRouteCommand(r.flow, { type: 'insertNode', edgeId: lane, nodeType: 'approve' }, idsFor(r.flow)),
    );
    expect(shape(more.flow)).toEqual([]);
  });

  it('leaves the given flow and every untouched node as they were', () => {
    const flow = laneBranchRoute();
    const text = JSON.stringify(flow);
    const r = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e-c', nodeType: 'branch' }, idsFor(flow)),
    );
    expect(JSON.stringify(flow)).toBe(text);
    flow.nodes.forEach((n) => expect(r.flow.nodes).toContain(n));
  });

  it('refuses an unknown edge, an unknown node type and an edge to a missing node', () => {
    const flow = leaveRouteExample();
    expect(
      refusal(
        applyRouteCommand(flow, { type: 'insertNode', edgeId: 'nope', nodeType: 'approve' }, idsFor(flow)),
      ),
    ).toBe('unknown_edge');
    const bad = { type: 'insertNode', edgeId: 'e-start', nodeType: 'end' } as unknown as Parameters<
      typeof applyRouteCommand
    >[1];
    expect(refusal(applyRouteCommand(flow, bad, idsFor(flow)))).toBe('invalid_command');
    const dangling = { ...flow, edges: [...flow.edges, { id: 'e-x', from: 'end', to: 'ghost' }] };
    const r = applyRouteCommand(
      dangling,
      { type: 'insertNode', edgeId: 'e-x', nodeType: 'approve' },
      idsFor(dangling),
    );
    expect(refusal(r)).toBe('unknown_edge');
    expect(r.ok || r.problem.message.zh).toContain('不存在');
  });
});
