import { describe, expect, it } from 'vitest';
import { draggedEdges, draggedNodes } from './dragged-elements';
import type { RouteFlowEdge, RouteFlowNode } from './route-canvas-types';

const node = (id: string, x: number, y: number): RouteFlowNode => ({
  id,
  type: 'approve',
  position: { x, y },
  data: { kind: 'approve', title: id, problems: [], lit: 'none', width: 200, height: 80 },
});
const edge = (id: string, source: string, target: string): RouteFlowEdge => ({
  id,
  type: 'route',
  source,
  target,
  data: {
    points: [
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    ],
    problems: [],
    lit: 'none',
    dropTarget: false,
  },
});

describe('the elements during a drag', () => {
  const nodes = [node('a', 0, 0), node('b', 0, 150), node('c', 0, 300)];
  const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];

  it('moves only the dragged node and keeps every other node the same object', () => {
    const out = draggedNodes(nodes, { b: { x: 40, y: 170 } });
    expect(out[1]?.position).toEqual({ x: 40, y: 170 });
    expect(out[0]).toBe(nodes[0]);
    expect(out[2]).toBe(nodes[2]);
    expect(nodes[1]?.position).toEqual({ x: 0, y: 150 });
  });

  it('returns the same list when nothing moved', () => {
    expect(draggedNodes(nodes, {})).toBe(nodes);
    expect(draggedNodes(nodes, { b: { x: 0, y: 150 } })).toBe(nodes);
    expect(draggedEdges(edges, new Set())).toBe(edges);
  });

  it("drops the layout's line from the edges of a moving node only", () => {
    const out = draggedEdges([...edges, edge('xy', 'x', 'y')], new Set(['a']));
    expect(out[0]?.data?.points).toBeUndefined();
    expect(out[0]?.data?.lit).toBe('none');
    expect(out[1]).toBe(edges[1]);
    expect(out[2]?.data?.points).toHaveLength(2);
  });
});
