import { leaveRouteExample, validateFlow, type FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import { buildBenchRoute } from './bench-route.js';
import { DEFAULT_NODE_SIZES, layoutRoute } from './layout-route.js';
import type { RouteLayout } from './route-layout-types.js';
import { catalogRoutes, sealRoute } from './test-catalog-routes.js';
import { accepted, idsFor, laneBranchRoute } from './test-routes.js';

const at = (layout: RouteLayout, id: string) => {
  const n = layout.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in the layout`);
  return n;
};
const centreX = (layout: RouteLayout, id: string) => at(layout, id).x + at(layout, id).width / 2;

describe('layoutRoute', () => {
  it('lays out every catalog route with no two nodes overlapping', async () => {
    const routes = catalogRoutes();
    expect(routes).toHaveLength(31);
    for (const route of routes) {
      const { nodes } = await layoutRoute(route);
      expect(nodes).toHaveLength(route.nodes.length);
      for (const a of nodes) {
        for (const b of nodes) {
          if (a === b) continue;
          const apart =
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${route.key}: ${a.id} and ${b.id} overlap`).toBe(true);
        }
      }
    }
  });

  it('places every node top to bottom at the sizes given, edges from a node’s bottom to the next one’s top', async () => {
    const layout = await layoutRoute(leaveRouteExample());
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([
      'days',
      'dept-head',
      'end',
      'filing',
      'leader',
      'start',
    ]);
    expect(at(layout, 'leader')).toMatchObject(DEFAULT_NODE_SIZES.approve);
    const order = ['start', 'dept-head', 'days', 'leader', 'filing', 'end'];
    order.slice(1).forEach((id, i) => expect(at(layout, id).y).toBeGreaterThan(at(layout, order[i] ?? '').y));
    const edge = layout.edges.find((e) => e.id === 'e-start');
    expect(edge?.points[0]?.y).toBe(at(layout, 'start').y + at(layout, 'start').height);
    expect(edge?.points.at(-1)?.y).toBe(at(layout, 'dept-head').y);
    for (const e of layout.edges) {
      // orthogonal: every segment is horizontal or vertical
      e.points.slice(1).forEach((p, i) => {
        const q = e.points[i];
        expect(p.x === q?.x || p.y === q?.y).toBe(true);
      });
    }
    for (const n of layout.nodes) {
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws a branch’s paths left to right in evaluation order, the default last, whatever the array order', async () => {
    let flow = leaveRouteExample();
    flow = accepted(applyRouteCommand(flow, { type: 'addPath', nodeId: 'days' }, idsFor(flow))).flow;
    const extra = flow.edges.find((e) => e.id === 'e1');
    flow = accepted(
      applyRouteCommand(flow, { type: 'insertNode', edgeId: 'e1', nodeType: 'approve' }, idsFor(flow)),
    ).flow;
    expect(extra).toBeDefined();
    const before = await layoutRoute(flow);
    expect(centreX(before, 'leader')).toBeLessThan(centreX(before, 'n1'));
    const swapped = accepted(
      applyRouteCommand(
        flow,
        { type: 'reorderConditions', nodeId: 'days', edgeIds: ['e1', 'e-long'] },
        idsFor(flow),
      ),
    ).flow;
    const after = await layoutRoute({
      ...swapped,
      nodes: [...swapped.nodes].reverse(),
      edges: [...swapped.edges].reverse(),
    });
    expect(centreX(after, 'n1')).toBeLessThan(centreX(after, 'leader'));
  });

  it('adds manual nudges to the automatic position and bends the nudged node’s edges to follow', async () => {
    const flow = leaveRouteExample();
    const plain = await layoutRoute(flow);
    const nudged = await layoutRoute({ ...flow, layout: { offsets: { leader: { x: 40, y: 10 } } } });
    expect(at(nudged, 'leader').x).toBe(at(plain, 'leader').x + 40);
    expect(at(nudged, 'leader').y).toBe(at(plain, 'leader').y + 10);
    expect(at(nudged, 'filing')).toEqual(at(plain, 'filing'));
    const into = nudged.edges.find((e) => e.id === 'e-long');
    expect(into?.points.at(-1)).toEqual({
      x: (plain.edges.find((e) => e.id === 'e-long')?.points.at(-1)?.x ?? 0) + 40,
      y: at(nudged, 'leader').y,
    });
  });

  it('is stable: a step inserted on the last edge moves nothing above it', async () => {
    for (const flow of [leaveRouteExample(), laneBranchRoute(), sealRoute(), buildBenchRoute(120)]) {
      const last = flow.edges.find((e) => e.to === 'end');
      if (!last) throw new Error('no edge into the end');
      const before = await layoutRoute(flow);
      const edited = accepted(
        applyRouteCommand(flow, { type: 'insertNode', edgeId: last.id, nodeType: 'approve' }, idsFor(flow)),
      ).flow;
      const after = await layoutRoute(edited);
      const added = at(after, 'n1');
      for (const n of before.nodes.filter((x) => x.id !== 'end')) {
        expect(n.y, `${flow.key}: ${n.id}`).toBeLessThan(added.y);
        expect({ id: n.id, x: at(after, n.id).x, y: at(after, n.id).y }).toEqual({
          id: n.id,
          x: n.x,
          y: n.y,
        });
      }
    }
  });

  it('draws a malformed route: edges to missing nodes, repeated ids and junk are left out', async () => {
    const flow = leaveRouteExample();
    const junk = {
      ...flow,
      nodes: [...flow.nodes, flow.nodes[1], 7, { id: 'odd', type: 'unknown' }],
      edges: [
        ...flow.edges,
        { id: 'e-ghost', from: 'leader', to: 'ghost' },
        { id: 'e-start', from: 'end', to: 'start' },
        null,
      ],
      layout: { offsets: { leader: 'far' } },
    } as unknown as FlowDefinition;
    const layout = await layoutRoute(junk);
    expect(layout.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['start', 'leader', 'odd']));
    expect(layout.nodes).toHaveLength(7);
    expect(layout.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['e-long']));
    expect(layout.edges.map((e) => e.id)).not.toContain('e-ghost');
    expect(at(layout, 'odd')).toMatchObject(DEFAULT_NODE_SIZES.approve);
    expect(await layoutRoute({ nodes: 'x' } as unknown as FlowDefinition)).toMatchObject({
      nodes: [],
      edges: [],
    });
  });

  it('lays out the benchmark route, which is a valid route of exactly the size asked', async () => {
    const route = buildBenchRoute(500);
    expect(route.nodes).toHaveLength(500);
    expect(validateFlow(route)).toEqual([]);
    expect(new Set(route.nodes.map((n) => n.type))).toEqual(
      new Set(['start', 'approve', 'branch', 'parallel', 'join', 'notify', 'handle', 'end']),
    );
    const layout = await layoutRoute(buildBenchRoute(60));
    expect(layout.nodes).toHaveLength(60);
  });
});
