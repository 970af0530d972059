import type { RouteChanges } from './route-command.js';

export const NO_ROUTE_CHANGES: RouteChanges = {
  addedNodes: [],
  removedNodes: [],
  changedNodes: [],
  addedEdges: [],
  removedEdges: [],
  changedEdges: [],
};

export const routeChanges = (partial: Partial<RouteChanges>): RouteChanges => ({
  ...NO_ROUTE_CHANGES,
  ...partial,
});

/** What undoing a command changes: the same nodes and edges, added and removed swapped. */
export function invertRouteChanges(c: RouteChanges): RouteChanges {
  const select =
    c.removedNodes[0] !== undefined
      ? { nodeId: c.removedNodes[0] }
      : c.changedNodes[0] !== undefined
        ? { nodeId: c.changedNodes[0] }
        : c.changedEdges[0] !== undefined
          ? { edgeId: c.changedEdges[0] }
          : null;
  return {
    addedNodes: c.removedNodes,
    removedNodes: c.addedNodes,
    changedNodes: c.changedNodes,
    addedEdges: c.removedEdges,
    removedEdges: c.addedEdges,
    changedEdges: c.changedEdges,
    select,
  };
}
