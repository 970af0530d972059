import type { ConditionContext } from '@signoff/schema';
import { evaluateCondition } from '@signoff/schema';
import type { FlowDefinition, FlowEdge, FlowNode } from './flow-definition.js';
import { FlowError } from './flow-error.js';
import { nodeLabel } from './node-label.js';
import { parallelRegions, type ParallelRegions } from './parallel-regions.js';

/** A definition indexed for walking. The first of duplicate ids wins; validateFlow reports duplicates. */
export interface FlowGraph {
  nodes: ReadonlyMap<string, FlowNode>;
  /** each node's outgoing edges, in evaluation order */
  outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
  regions: ParallelRegions;
}

const rank = (e: FlowEdge) => (typeof e.order === 'number' && Number.isFinite(e.order) ? e.order : Number.POSITIVE_INFINITY);

export function indexFlow(def: FlowDefinition): FlowGraph {
  const nodes = new Map<string, FlowNode>();
  for (const n of def.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const outgoing = new Map<string, FlowEdge[]>();
  for (const e of def.edges) {
    const list = outgoing.get(e.from);
    if (list) list.push(e);
    else outgoing.set(e.from, [e]);
  }
  // Array.prototype.sort is stable, so equal orders keep the designer's array order.
  for (const list of outgoing.values()) list.sort((a, b) => rank(a) - rank(b));
  return { nodes, outgoing, regions: parallelRegions(nodes, def.edges) };
}

export function invalidFlow(zh: string, en: string): FlowError {
  return new FlowError('invalid_flow', { zh: `流程定义有误：${zh}`, en: `The route is invalid: ${en}` });
}

export function findStart(graph: FlowGraph): FlowNode {
  for (const n of graph.nodes.values()) if (n.type === 'start') return n;
  throw invalidFlow('没有开始节点', 'it has no start node');
}

/**
 * The edges the route takes out of `node`: every edge of a parallel split; for a branch, its
 * first conditional edge whose condition holds, else its default; for any other node its one edge.
 */
export function nextEdges(graph: FlowGraph, node: FlowNode, conditions: ConditionContext): FlowEdge[] {
  const edges = graph.outgoing.get(node.id) ?? [];
  const label = nodeLabel(node);
  if (node.type === 'parallel') {
    if (edges.length === 0) throw invalidFlow(`${label.zh}没有分支`, `${label.en} has no branches`);
    return [...edges];
  }
  if (node.type !== 'branch') {
    const edge = edges[0];
    if (!edge) throw invalidFlow(`${label.zh}没有出口`, `${label.en} has no way out`);
    return [edge];
  }
  const chosen =
    edges.find((e) => e.isDefault !== true && e.condition !== undefined && evaluateCondition(e.condition, conditions)) ??
    edges.find((e) => e.isDefault === true);
  if (!chosen) throw invalidFlow(`${label.zh}没有满足的条件，也没有默认分支`, `no condition of ${label.en} holds and it has no default`);
  return [chosen];
}

/** Every node reachable from `fromId`, itself included. */
export function reachableFrom(graph: FlowGraph, fromId: string): Set<string> {
  const seen = new Set([fromId]);
  const queue = [fromId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const e of graph.outgoing.get(id) ?? []) {
      if (!seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}
