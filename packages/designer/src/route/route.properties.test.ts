import { validateFlow, type FlowDefinition } from '@signoff/flow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import { createRouteHistory, dispatchRoute, undoRoute, redoRoute } from './route-history.js';
import type { RouteHistory } from './route-command.js';
import { insertPlanArb, INSERTABLE, planArb, type RoutePlan } from './test-route-arbitraries.js';
import { catalogRoutes } from './test-catalog-routes.js';
import { idsFor, SHAPE_PROBLEMS, testRoutes } from './test-routes.js';

// the two test routes and the catalogs' 31 (用印审批 and 请假 with paths that join each other half-way)
const routes = [...testRoutes(), ...catalogRoutes()];
const routeArb = fc
  .constantFrom(...routes.map((_, i) => i))
  .map((i) => structuredClone(routes[i] as FlowDefinition));
const steps = fc.array(planArb, { minLength: 1, maxLength: 25 });
// ROUTE_RUNS=5000 for a longer hunt on a quiet machine
const RUNS = { numRuns: Number(process.env.ROUTE_RUNS ?? 200) };

/** Runs the plans through a history, checking each step; returns every history on the way. */
function run(flow: FlowDefinition, plans: readonly RoutePlan[]): RouteHistory[] {
  const seen = [createRouteHistory(flow)];
  for (const p of plans) {
    const h = seen.at(-1) as RouteHistory;
    const next = dispatchRoute(h, p.build(h.flow), idsFor(h.flow));
    if (next.last.kind === 'refused') {
      expect(next.flow).toBe(h.flow);
      expect(next.last.problem.message.zh).not.toBe('');
      expect(next.last.problem.message.en).not.toBe('');
    }
    expect(() => next.problems).not.toThrow();
    seen.push(next);
  }
  return seen;
}

describe('route command properties', () => {
  it('any sequence of commands never throws, never modifies its input, and validateFlow reads every result', () => {
    fc.assert(
      fc.property(routeArb, steps, (flow, plans) => {
        const text = JSON.stringify(flow);
        const seen = run(flow, plans);
        expect(JSON.stringify(flow)).toBe(text);
        for (const h of seen) expect(() => validateFlow(h.flow)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('undoing everything gives back the original flow itself; redoing everything the last one', () => {
    fc.assert(
      fc.property(routeArb, steps, (flow, plans) => {
        const text = JSON.stringify(flow);
        const final = run(flow, plans).at(-1) as RouteHistory;
        let h = final;
        while (h.undoCount > 0) h = undoRoute(h);
        expect(h.flow).toBe(flow);
        expect(JSON.stringify(h.flow)).toBe(text);
        while (h.redoCount > 0) h = redoRoute(h);
        expect(h.flow).toBe(final.flow);
      }),
      RUNS,
    );
  });

  it('inserting a node and removing it again gives back an equal flow', () => {
    fc.assert(
      fc.property(routeArb, steps, fc.nat(), fc.constantFrom(...INSERTABLE), (flow, plans, n, nodeType) => {
        const start = (run(flow, plans).at(-1) as RouteHistory).flow;
        const edges = Array.isArray(start.edges) ? start.edges : [];
        const edge = edges[n % Math.max(1, edges.length)];
        if (!edge) return;
        const inserted = applyRouteCommand(
          start,
          { type: 'insertNode', edgeId: edge.id, nodeType },
          idsFor(start),
        );
        if (!inserted.ok) return;
        const nodeId = inserted.changed.addedNodes[0] ?? '';
        const removed = applyRouteCommand(
          inserted.flow,
          { type: 'removeNode', nodeId },
          idsFor(inserted.flow),
        );
        expect(removed.ok).toBe(true);
        if (removed.ok) expect(removed.flow).toEqual(start);
      }),
      RUNS,
    );
  });

  it('inserting nodes and paths on a valid route never breaks its shape; only missing conditions appear', () => {
    const valid = fc.oneof(
      { weight: 4, arbitrary: insertPlanArb },
      {
        weight: 1,
        arbitrary: fc.nat().map((n): RoutePlan => ({
          build: (f) => {
            const blocks = f.nodes.filter((x) => x.type === 'branch' || x.type === 'parallel');
            return { type: 'addPath', nodeId: blocks[n % Math.max(1, blocks.length)]?.id ?? 'none' };
          },
        })),
      },
    );
    fc.assert(
      fc.property(routeArb, fc.array(valid, { minLength: 1, maxLength: 30 }), (flow, plans) => {
        expect(validateFlow(flow)).toEqual([]);
        let current = flow;
        for (const p of plans) {
          const r = applyRouteCommand(current, p.build(current), idsFor(current));
          if (!r.ok) {
            // only an id that does not exist may be refused
            expect(['unknown_edge', 'unknown_node']).toContain(r.problem.code);
            continue;
          }
          current = r.flow;
          const problems = validateFlow(current);
          expect(problems.filter((x) => SHAPE_PROBLEMS.includes(x.code))).toEqual([]);
          expect(problems.every((x) => x.code === 'edge_without_condition')).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
