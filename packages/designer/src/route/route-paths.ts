import type { FlowEdge } from '@signoff/flow';
import type { RouteCommandResult, RouteOptions } from './route-command.js';
import { meetPoint, pathOnly } from './route-blocks.js';
import { routeChanges } from './route-changes.js';
import { withGraph } from './route-edit.js';
import { orderedOut, outOf, type RouteGraph } from './route-graph.js';
import { refuseRoute } from './route-refusals.js';

const orderOf = (e: FlowEdge): number =>
  typeof e.order === 'number' && Number.isFinite(e.order) ? e.order : 0;

/**
 * Another empty path from a branch (evaluated after the other conditions, before the default) or
 * another lane of a split, leading to where the block's paths meet.
 */
export function addPath(g: RouteGraph, nodeId: string, options: RouteOptions): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  if (node.type !== 'branch' && node.type !== 'parallel')
    return { ok: false, problem: refuseRoute.notABlock(node, nodeId) };
  const meet = meetPoint(g, nodeId);
  if (meet === undefined) return { ok: false, problem: refuseRoute.neverMeets(node, nodeId) };
  const out = outOf(g, nodeId);
  const id = options.newId('edge');
  const conditional = out.filter((e) => e.isDefault !== true);
  const edge: FlowEdge =
    node.type === 'branch'
      ? { id, from: nodeId, to: meet, order: Math.max(0, ...conditional.map(orderOf)) + 1 }
      : { id, from: nodeId, to: meet };
  // Placed after the block's last non-default edge so the JSON reads in evaluation order.
  const anchor = conditional.at(-1) ?? out.at(-1);
  const at = anchor ? g.flow.edges.indexOf(anchor) : -1;
  const edges =
    at < 0
      ? [...g.flow.edges, edge]
      : [...g.flow.edges.slice(0, at + 1), edge, ...g.flow.edges.slice(at + 1)];
  return {
    ok: true,
    flow: withGraph(g.flow, g.flow.nodes, edges),
    changed: routeChanges({ addedEdges: [id], select: { edgeId: id } }),
  };
}

/** Removes one path of a branch or lane of a split with the nodes that lie only on it. */
export function removePath(g: RouteGraph, edgeId: string): RouteCommandResult {
  const edge = g.edge.get(edgeId);
  if (!edge) return { ok: false, problem: refuseRoute.unknownEdge(edgeId) };
  const block = g.node.get(edge.from);
  if (!block || (block.type !== 'branch' && block.type !== 'parallel') || !g.node.has(edge.to)) {
    return { ok: false, problem: refuseRoute.notABlock(block, edge.from) };
  }
  const out = outOf(g, edge.from);
  if (block.type === 'branch' && edge.isDefault === true)
    return { ok: false, problem: refuseRoute.defaultPath(block, edge.from) };
  const left = block.type === 'branch' ? out.filter((e) => e.isDefault !== true).length - 1 : out.length - 1;
  if (left < (block.type === 'branch' ? 1 : 2))
    return { ok: false, problem: refuseRoute.lastPath(block, edge.from) };
  const meet = meetPoint(g, edge.from);
  if (meet === undefined) return { ok: false, problem: refuseRoute.neverMeets(block, edge.from) };
  const removed = pathOnly(g, edge.from, edgeId, meet);
  const removedEdges: string[] = [];
  const edges = g.flow.edges.filter((e) => {
    const keep = e !== edge && !removed.has(e.from) && !removed.has(e.to);
    if (!keep) removedEdges.push(e.id);
    return keep;
  });
  return {
    ok: true,
    flow: withGraph(
      g.flow,
      g.flow.nodes.filter((n) => !removed.has(n.id)),
      edges,
    ),
    changed: routeChanges({
      removedNodes: g.flow.nodes.filter((n) => removed.has(n.id)).map((n) => n.id),
      removedEdges,
      select: { nodeId: edge.from },
    }),
  };
}

/** The branch's conditions in a new evaluation order: `order` becomes 1, 2, 3… in the order given. */
export function reorderConditions(
  g: RouteGraph,
  nodeId: string,
  edgeIds: readonly string[],
): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  if (node.type !== 'branch') return { ok: false, problem: refuseRoute.notABlock(node, nodeId) };
  const conditional = orderedOut(g, nodeId).filter((e) => e.isDefault !== true);
  const ids = new Set(conditional.map((e) => e.id));
  const distinct = new Set(edgeIds);
  if (distinct.size !== edgeIds.length || edgeIds.length !== ids.size || edgeIds.some((id) => !ids.has(id))) {
    return { ok: false, problem: refuseRoute.badOrder(node, nodeId) };
  }
  const rank = new Map(edgeIds.map((id, i) => [id, i + 1]));
  const changedEdges: string[] = [];
  const edges = g.flow.edges.map((e) => {
    const order = e.from === nodeId ? rank.get(e.id) : undefined;
    if (order === undefined || e.order === order) return e;
    changedEdges.push(e.id);
    return { ...e, order };
  });
  return {
    ok: true,
    flow: withGraph(g.flow, g.flow.nodes, edges),
    changed: routeChanges({ changedEdges, select: { nodeId } }),
  };
}
