import type { FlowEdge } from '@signoff/flow';
import type { RouteCommandResult } from './route-command.js';
import { blockInterior, meetPoint, splitOfJoin } from './route-blocks.js';
import { routeChanges } from './route-changes.js';
import { withGraph } from './route-edit.js';
import { intoOf, outOf, type RouteGraph } from './route-graph.js';
import { refuseRoute } from './route-refusals.js';

/**
 * Takes `removed` out of the route: the edges coming in from outside now lead to `target`
 * (keeping their ids, conditions and order, so a branch path stays that path), every other edge
 * touching a removed node goes.
 */
function cutOut(
  g: RouteGraph,
  removed: ReadonlySet<string>,
  entry: string,
  target: string,
): RouteCommandResult {
  const healed = new Set(intoOf(g, entry).filter((e) => !removed.has(e.from)));
  const removedEdges: string[] = [];
  const edges = g.flow.edges.flatMap((e): FlowEdge[] => {
    if (healed.has(e)) return [{ ...e, to: target }];
    if (removed.has(e.from) || removed.has(e.to)) {
      removedEdges.push(e.id);
      return [];
    }
    return [e];
  });
  const nodes = g.flow.nodes.filter((n) => !removed.has(n.id));
  return {
    ok: true,
    flow: withGraph(g.flow, nodes, edges),
    changed: routeChanges({
      removedNodes: g.flow.nodes.filter((n) => removed.has(n.id)).map((n) => n.id),
      removedEdges,
      changedEdges: [...healed].map((e) => e.id),
      select: { nodeId: target },
    }),
  };
}

/** Removes a branch or a split with everything up to where its paths meet; a split's join goes too. */
function removeBlock(g: RouteGraph, blockId: string): RouteCommandResult {
  const block = g.node.get(blockId);
  if (!block) return { ok: false, problem: refuseRoute.unknownNode(blockId) };
  const meet = meetPoint(g, blockId);
  if (meet === undefined) return { ok: false, problem: refuseRoute.neverMeets(block, blockId) };
  const removed = new Set([blockId, ...blockInterior(g, blockId, meet)]);
  const join = g.node.get(meet);
  if (block.type !== 'parallel' || join?.type !== 'join') return cutOut(g, removed, blockId, meet);
  removed.add(meet);
  const after = outOf(g, meet);
  const target = after[0]?.to;
  if (after.length !== 1 || target === undefined || removed.has(target)) {
    return { ok: false, problem: refuseRoute.joinHasNoWayOut(join, meet) };
  }
  return cutOut(g, removed, blockId, target);
}

/** Removes a step and joins the edges in to the one edge out; a node without exactly one way out just goes. */
function removeStep(g: RouteGraph, nodeId: string): RouteCommandResult {
  const out = outOf(g, nodeId);
  const target = out[0]?.to;
  const removed = new Set([nodeId]);
  if (out.length === 1 && target !== undefined && target !== nodeId)
    return cutOut(g, removed, nodeId, target);
  const edges = g.flow.edges.filter((e) => e.from !== nodeId && e.to !== nodeId);
  return {
    ok: true,
    flow: withGraph(
      g.flow,
      g.flow.nodes.filter((n) => n.id !== nodeId),
      edges,
    ),
    changed: routeChanges({
      removedNodes: [nodeId],
      removedEdges: g.flow.edges.filter((e) => e.from === nodeId || e.to === nodeId).map((e) => e.id),
      select: null,
    }),
  };
}

export function removeNode(g: RouteGraph, nodeId: string): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  if (node.type === 'start' || node.type === 'end')
    return { ok: false, problem: refuseRoute.endsFixed(node, nodeId) };
  if (node.type === 'branch' || node.type === 'parallel') return removeBlock(g, nodeId);
  if (node.type === 'join') {
    // A join on its own is meaningless; removing it means removing the parallel block it closes.
    const split = splitOfJoin(g, nodeId);
    if (split !== undefined) return removeBlock(g, split);
  }
  return removeStep(g, nodeId);
}
