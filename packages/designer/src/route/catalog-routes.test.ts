import { validateFlow, type FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { applyRouteCommand } from './apply-route-command.js';
import { INSERTABLE } from './test-route-arbitraries.js';
import { catalogRoutes } from './test-catalog-routes.js';
import { idsFor, SHAPE_PROBLEMS } from './test-routes.js';

const shapeProblems = (flow: FlowDefinition) =>
  validateFlow(flow)
    .filter((p) => SHAPE_PROBLEMS.includes(p.code))
    .map((p) => `${flow.key}: ${p.code} ${p.nodeId ?? p.edgeId ?? ''}`);

describe('the catalogs’ 31 routes in the designer', () => {
  it('take every kind of node on every edge and stay well-shaped', () => {
    for (const route of catalogRoutes()) {
      for (const edge of route.edges) {
        for (const nodeType of INSERTABLE) {
          const r = applyRouteCommand(
            route,
            { type: 'insertNode', edgeId: edge.id, nodeType },
            idsFor(route),
          );
          if (!r.ok) throw new Error(`${route.key}: ${edge.id} ${nodeType} refused: ${r.problem.message.en}`);
          expect(shapeProblems(r.flow)).toEqual([]);
        }
      }
    }
  });

  it('let every node but start and end be removed, leaving a well-shaped route', () => {
    for (const route of catalogRoutes()) {
      for (const node of route.nodes) {
        const r = applyRouteCommand(route, { type: 'removeNode', nodeId: node.id }, idsFor(route));
        if (node.type === 'start' || node.type === 'end') {
          expect(r.ok).toBe(false);
          continue;
        }
        if (!r.ok) throw new Error(`${route.key}: removing ${node.id} refused: ${r.problem.message.en}`);
        expect(shapeProblems(r.flow)).toEqual([]);
      }
    }
  });

  it('let every branch gain a path and lose a conditional one', () => {
    for (const route of catalogRoutes()) {
      for (const branch of route.nodes.filter((n) => n.type === 'branch')) {
        const added = applyRouteCommand(route, { type: 'addPath', nodeId: branch.id }, idsFor(route));
        if (!added.ok)
          throw new Error(`${route.key}: addPath ${branch.id} refused: ${added.problem.message.en}`);
        expect(shapeProblems(added.flow)).toEqual([]);
        const path = route.edges.find((e) => e.from === branch.id && e.isDefault !== true);
        const removed = applyRouteCommand(
          added.flow,
          { type: 'removePath', edgeId: path?.id ?? '' },
          idsFor(added.flow),
        );
        if (!removed.ok) throw new Error(`${route.key}: removePath refused: ${removed.problem.message.en}`);
        expect(shapeProblems(removed.flow)).toEqual([]);
      }
    }
  });
});
