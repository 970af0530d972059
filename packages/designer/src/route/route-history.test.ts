import { leaveRouteExample, type FlowDefinition } from '@signoff/flow';
import type { FormField } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { createRouteHistory, dispatchRoute, redoRoute, undoRoute } from './route-history.js';
import { routeIdSource } from './route-ids.js';
import { idsFor } from './test-routes.js';

describe('route history', () => {
  it('undo gives back the earlier flow object itself, redo the later one', () => {
    const flow = leaveRouteExample();
    const h0 = createRouteHistory(flow);
    const h1 = dispatchRoute(
      h0,
      { type: 'insertNode', edgeId: 'e-start', nodeType: 'approve' },
      idsFor(flow),
    );
    const h2 = dispatchRoute(h1, { type: 'removeNode', nodeId: 'leader' }, idsFor(h1.flow));
    expect([h2.undoCount, h2.redoCount]).toEqual([2, 0]);
    const u1 = undoRoute(h2);
    expect(u1.flow).toBe(h1.flow);
    expect(u1.last).toMatchObject({
      kind: 'undone',
      changed: { addedNodes: ['leader'], select: { nodeId: 'leader' } },
    });
    const u2 = undoRoute(u1);
    expect(u2.flow).toBe(flow);
    expect([u2.undoCount, u2.redoCount]).toEqual([0, 2]);
    expect(undoRoute(u2)).toBe(u2);
    const r = redoRoute(redoRoute(u2));
    expect(r.flow).toBe(h2.flow);
    expect(r.last.kind).toBe('redone');
    expect(redoRoute(r)).toBe(r);
  });

  it('a refused command leaves flow and stacks unchanged and says why', () => {
    const flow = leaveRouteExample();
    const h1 = dispatchRoute(
      createRouteHistory(flow),
      { type: 'renameNode', nodeId: 'leader', name: { zh: 'a', en: 'a' } },
      idsFor(flow),
    );
    const undone = undoRoute(h1);
    const refused = dispatchRoute(undone, { type: 'removeNode', nodeId: 'start' }, idsFor(flow));
    expect(refused.flow).toBe(undone.flow);
    expect([refused.undoCount, refused.redoCount]).toEqual([0, 1]);
    expect(refused.last).toMatchObject({ kind: 'refused', problem: { code: 'not_removable' } });
    expect(redoRoute(refused).flow).toBe(h1.flow);
  });

  it('a new change after an undo drops the redo stack', () => {
    const flow = leaveRouteExample();
    const h = undoRoute(
      dispatchRoute(createRouteHistory(flow), { type: 'removeNode', nodeId: 'leader' }, idsFor(flow)),
    );
    const next = dispatchRoute(h, { type: 'removeNode', nodeId: 'filing' }, idsFor(flow));
    expect([next.undoCount, next.redoCount]).toEqual([1, 0]);
  });

  it('reports validateFlow problems of the current flow, checked against the form’s fields', () => {
    const fields: FormField[] = [{ key: 'days', type: 'text', label: { zh: '天数', en: 'Days' } }];
    const h = createRouteHistory(leaveRouteExample(), { fields });
    // comparing a text field with a number is a publish error once the form is known
    expect(h.problems.length).toBeGreaterThan(0);
    expect(h.problems).toBe(h.problems);
    expect(createRouteHistory(leaveRouteExample()).problems).toEqual([]);
    const branch = dispatchRoute(
      createRouteHistory(leaveRouteExample()),
      { type: 'insertNode', edgeId: 'e-filing', nodeType: 'branch' },
      idsFor(leaveRouteExample()),
    );
    expect(branch.problems.map((p) => p.code)).toEqual(['edge_without_condition']);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let h = createRouteHistory(leaveRouteExample(), { limit: 2 });
    for (const x of [1, 2, 3])
      h = dispatchRoute(h, { type: 'nudgeNode', nodeId: 'leader', offset: { x, y: 0 } }, idsFor(h.flow));
    expect(h.undoCount).toBe(2);
  });
});

describe('routeIdSource', () => {
  it('hands out node and edge ids no node or edge uses, never the same twice', () => {
    const flow: FlowDefinition = {
      ...leaveRouteExample(),
      nodes: [...leaveRouteExample().nodes, { id: 'n1', type: 'join', name: { zh: 'j', en: 'j' } }],
    };
    flow.edges.push({ id: 'e2', from: 'n1', to: 'end' }, { id: 'n2', from: 'n1', to: 'end' });
    const next = routeIdSource(flow);
    expect([next('node'), next('node'), next('edge'), next('edge'), next('node')]).toEqual([
      'n3',
      'n4',
      'e1',
      'e3',
      'n5',
    ]);
    expect(routeIdSource({ nodes: 'junk' } as unknown as FlowDefinition)('node')).toBe('n1');
  });
});
