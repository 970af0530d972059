import { leaveRouteExample, validateFlow, type FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import { catalogRoute, sealRoute } from './test-catalog-routes.js';
import { accepted, idsFor, laneBranchRoute, refusal } from './test-routes.js';

const remove = (flow: FlowDefinition, nodeId: string) =>
  applyRouteCommand(flow, { type: 'removeNode', nodeId }, idsFor(flow));
const arrows = (flow: FlowDefinition) => flow.edges.map((e) => `${e.from}>${e.to}`);

describe('removeNode', () => {
  it('heals the route: the edge in now leads where the edge out went', () => {
    const r = accepted(remove(leaveRouteExample(), 'dept-head'));
    expect(r.flow.nodes.map((n) => n.id)).not.toContain('dept-head');
    expect(r.flow.edges.find((e) => e.id === 'e-start')).toEqual({
      id: 'e-start',
      from: 'start',
      to: 'days',
    });
    expect(r.flow.edges.map((e) => e.id)).not.toContain('e-head');
    expect(r.changed).toMatchObject({
      removedNodes: ['dept-head'],
      removedEdges: ['e-head'],
      changedEdges: ['e-start'],
      select: { nodeId: 'days' },
    });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('keeps the condition of a branch path whose only step is removed', () => {
    const r = accepted(remove(leaveRouteExample(), 'leader'));
    expect(r.flow.edges.find((e) => e.id === 'e-long')).toMatchObject({
      from: 'days',
      to: 'filing',
      order: 1,
      condition: { op: 'gte' },
    });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('joins every edge in when several paths meet at the removed step', () => {
    const r = accepted(remove(laneBranchRoute(), 'd'));
    expect(r.flow.edges.find((e) => e.id === 'e-c')?.to).toBe('J');
    expect(r.flow.edges.find((e) => e.id === 'e-small')).toMatchObject({ to: 'J', isDefault: true });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('removes a branch with every node up to where its paths meet', () => {
    const r = accepted(remove(leaveRouteExample(), 'days'));
    expect(r.flow.nodes.map((n) => n.id)).toEqual(['start', 'dept-head', 'filing', 'end']);
    expect(arrows(r.flow)).toEqual(['start>dept-head', 'dept-head>filing', 'filing>end']);
    expect(r.changed.removedNodes).toEqual(['days', 'leader']);
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('removes a parallel block with a branch nested in a lane, and its join', () => {
    const r = accepted(remove(laneBranchRoute(), 'P'));
    expect(r.flow.nodes.map((n) => n.id)).toEqual(['start', 'a', 'e', 'end']);
    expect(arrows(r.flow)).toEqual(['start>a', 'a>e', 'e>end']);
    expect(r.flow.edges.find((e) => e.id === 'e-a')?.to).toBe('e');
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('removing a join removes the parallel block it closes', () => {
    expect(accepted(remove(laneBranchRoute(), 'J')).flow).toEqual(
      accepted(remove(laneBranchRoute(), 'P')).flow,
    );
  });

  it('removes a branch nested in a lane without touching the other lane', () => {
    const r = accepted(remove(laneBranchRoute(), 'Br'));
    expect(arrows(r.flow)).toEqual(['start>a', 'a>P', 'P>b', 'b>d', 'd>J', 'P>f', 'f>J', 'J>e', 'e>end']);
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('removes the 用印审批 department branch, nested branches and a path that joins another half-way included', () => {
    const seal = sealRoute();
    expect(validateFlow(seal)).toEqual([]);
    const inner = accepted(remove(seal, 'eng-money'));
    expect(inner.flow.edges.find((e) => e.id === 'eng-summary-eng-money')?.to).toBe('vp-eng');
    expect(inner.changed.removedNodes).toEqual(['eng-money', 'eng-finance']);
    expect(validateFlow(inner.flow)).toEqual([]);
    const all = accepted(remove(seal, 'dept'));
    expect(all.flow.nodes.map((n) => n.id)).toEqual(
      ['start', 'chairman', 'seal', 'end'].filter((id) => seal.nodes.some((n) => n.id === id)),
    );
    expect(arrows(all.flow)).toEqual(['start>chairman', 'chairman>seal', 'seal>end']);
    expect(validateFlow(all.flow)).toEqual([]);
  });

  it('keeps a step that another branch also leads to when a block goes (sc_leave’s 备案)', () => {
    const leave = catalogRoute('sc_leave');
    const r = accepted(remove(leave, 'type'));
    expect(r.changed.removedNodes).toEqual(['type', 'general', 'chairman-annual', 'chairman']);
    expect(r.flow.edges.find((e) => e.id === 'top-chairman-filing')).toMatchObject({
      from: 'top-chairman',
      to: 'filing',
    });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('drops the manual offsets of removed nodes, and the layout when none are left', () => {
    const flow: FlowDefinition = { ...leaveRouteExample(), layout: { offsets: { leader: { x: 5, y: 0 } } } };
    expect(accepted(remove(flow, 'days')).flow.layout).toBeUndefined();
    const kept: FlowDefinition = {
      ...flow,
      layout: { offsets: { leader: { x: 5, y: 0 }, filing: { x: 1, y: 2 } } },
    };
    expect(accepted(remove(kept, 'leader')).flow.layout).toEqual({ offsets: { filing: { x: 1, y: 2 } } });
  });

  it('refuses start, end and unknown nodes', () => {
    const flow = leaveRouteExample();
    expect(refusal(remove(flow, 'start'))).toBe('not_removable');
    expect(refusal(remove(flow, 'end'))).toBe('not_removable');
    expect(refusal(remove(flow, 'ghost'))).toBe('unknown_node');
  });

  it('refuses a branch whose paths end at different ends, since no block can be cut out', () => {
    const flow = leaveRouteExample();
    const split: FlowDefinition = {
      ...flow,
      nodes: [...flow.nodes, { id: 'end2', type: 'end', name: { zh: '结束2', en: 'End 2' } }],
      edges: flow.edges.map((e) => (e.id === 'e-leader' ? { ...e, to: 'end2' } : e)),
    };
    expect(refusal(remove(split, 'days'))).toBe('not_a_block');
  });

  it('removes a stray node that leads nowhere with its edges', () => {
    const flow = leaveRouteExample();
    const stray: FlowDefinition = {
      ...flow,
      nodes: [
        ...flow.nodes,
        {
          id: 'x',
          type: 'approve',
          name: { zh: 'x', en: 'x' },
          approvers: { kind: 'role', name: 'x' },
          mode: 'single',
        },
      ],
      edges: [...flow.edges, { id: 'e-x', from: 'x', to: 'x-missing' }],
    };
    expect(accepted(remove(stray, 'x')).flow).toEqual(flow);
  });
});
