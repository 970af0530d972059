import type { RouteFlowEdge, RouteFlowNode } from './route-canvas-types';

export type DragPositions = Readonly<Record<string, { x: number; y: number }>>;

/**
 * The edges while the nodes in `dragged` move: those touching a moving node lose the layout's line
 * (it no longer meets the node) and fall back to a plain step line; the others are the same objects.
 * Depends only on which nodes move, not where, so a drag builds these once, not once a frame.
 */
export function draggedEdges(edges: RouteFlowEdge[], moving: ReadonlySet<string>): RouteFlowEdge[] {
  if (moving.size === 0) return edges;
  return edges.map((e) => {
    if (!e.data?.points || (!moving.has(e.source) && !moving.has(e.target))) return e;
    const { points: _points, ...data } = e.data;
    return { ...e, data };
  });
}

/**
 * The nodes with the dragged ones where the pointer has them; every other node is the same object,
 * so a drag frame costs React Flow one node, not five hundred re-checked cards.
 */
export function draggedNodes(nodes: RouteFlowNode[], dragged: DragPositions): RouteFlowNode[] {
  let changed = false;
  const out = nodes.map((n) => {
    const at = dragged[n.id];
    if (!at || (at.x === n.position.x && at.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: at };
  });
  return changed ? out : nodes;
}
