import { leaveRouteExample, validateFlow, type FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import type { RouteCommand } from './route-command.js';
import { accepted, idsFor, laneBranchRoute, refusal } from './test-routes.js';

const run = (flow: FlowDefinition, cmd: RouteCommand) => applyRouteCommand(flow, cmd, idsFor(flow));

describe('addPath', () => {
  it('adds an empty conditional path after the others, before the default, to where the paths meet', () => {
    const r = accepted(run(leaveRouteExample(), { type: 'addPath', nodeId: 'days' }));
    expect(r.flow.edges.find((e) => e.id === 'e1')).toEqual({
      id: 'e1',
      from: 'days',
      to: 'filing',
      order: 2,
    });
    expect(r.flow.edges.filter((e) => e.from === 'days').map((e) => e.id)).toEqual([
      'e-long',
      'e1',
      'e-short',
    ]);
    expect(r.changed).toMatchObject({ addedEdges: ['e1'], select: { edgeId: 'e1' } });
    expect(validateFlow(r.flow).map((p) => p.code)).toEqual(['edge_without_condition']);
  });

  it('adds a lane to a parallel split, ending at its join', () => {
    const r = accepted(run(laneBranchRoute(), { type: 'addPath', nodeId: 'P' }));
    expect(r.flow.edges.find((e) => e.id === 'e1')).toEqual({ id: 'e1', from: 'P', to: 'J' });
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('refuses nodes that are not blocks', () => {
    expect(refusal(run(leaveRouteExample(), { type: 'addPath', nodeId: 'leader' }))).toBe('not_a_block');
    expect(refusal(run(leaveRouteExample(), { type: 'addPath', nodeId: 'nope' }))).toBe('unknown_node');
  });
});

describe('removePath', () => {
  it('removes a branch path with the steps only on it', () => {
    const flow = accepted(run(leaveRouteExample(), { type: 'addPath', nodeId: 'days' })).flow;
    const r = accepted(run(flow, { type: 'removePath', edgeId: 'e-long' }));
    expect(r.flow.nodes.map((n) => n.id)).not.toContain('leader');
    expect(r.flow.edges.map((e) => e.id)).toEqual(['e-start', 'e-head', 'e1', 'e-short', 'e-filing']);
    expect(r.changed.removedNodes).toEqual(['leader']);
  });

  it('keeps the steps another path also reaches', () => {
    const flow = laneBranchRoute();
    const r = accepted(
      run(accepted(run(flow, { type: 'addPath', nodeId: 'P' })).flow, {
        type: 'removePath',
        edgeId: 'e-P-b',
      }),
    );
    expect(r.flow.nodes.map((n) => n.id)).toEqual(['start', 'a', 'P', 'f', 'J', 'e', 'end']);
    expect(validateFlow(r.flow)).toEqual([]);
  });

  it('refuses the default path, the last conditional path, the last two lanes and plain edges', () => {
    expect(refusal(run(leaveRouteExample(), { type: 'removePath', edgeId: 'e-short' }))).toBe('default_path');
    expect(refusal(run(leaveRouteExample(), { type: 'removePath', edgeId: 'e-long' }))).toBe('last_path');
    expect(refusal(run(laneBranchRoute(), { type: 'removePath', edgeId: 'e-P-f' }))).toBe('last_path');
    expect(refusal(run(leaveRouteExample(), { type: 'removePath', edgeId: 'e-head' }))).toBe('not_a_block');
    expect(refusal(run(leaveRouteExample(), { type: 'removePath', edgeId: 'x' }))).toBe('unknown_edge');
  });
});

describe('reorderConditions', () => {
  const threeWay = () => {
    let flow = leaveRouteExample();
    flow = accepted(run(flow, { type: 'addPath', nodeId: 'days' })).flow;
    return accepted(run(flow, { type: 'addPath', nodeId: 'days' })).flow;
  };

  it('numbers the conditions in the order given, the default staying last', () => {
    const r = accepted(
      run(threeWay(), { type: 'reorderConditions', nodeId: 'days', edgeIds: ['e2', 'e-long', 'e1'] }),
    );
    const out = r.flow.edges.filter((e) => e.from === 'days');
    expect(Object.fromEntries(out.map((e) => [e.id, e.order]))).toEqual({
      e2: 1,
      'e-long': 2,
      e1: 3,
      'e-short': undefined,
    });
    expect(out.find((e) => e.id === 'e-short')?.isDefault).toBe(true);
    expect(r.changed.changedEdges.sort()).toEqual(['e-long', 'e1', 'e2']);
  });

  it('refuses a list that misses, repeats or adds an edge, or names the default', () => {
    const flow = threeWay();
    for (const edgeIds of [
      ['e1', 'e2'],
      ['e1', 'e1', 'e2'],
      ['e1', 'e2', 'e-long', 'e-short'],
      ['e1', 'e2', 'e-short'],
    ]) {
      expect(refusal(run(flow, { type: 'reorderConditions', nodeId: 'days', edgeIds }))).toBe('bad_order');
    }
    expect(refusal(run(flow, { type: 'reorderConditions', nodeId: 'leader', edgeIds: [] }))).toBe(
      'not_a_block',
    );
  });
});
