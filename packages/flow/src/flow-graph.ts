import type { ConditionContext } from '@signoff/schema';
import { evaluateCondition } from '@signoff/schema';
import type { FlowDefinition, FlowEdge, FlowNode } from './flow-definition.js';
import { FlowError } from './flow-error.js';
import { nodeLabel } from './node-label.js';

/** A definition indexed for walking. The first of duplicate ids wins; validateFlow reports duplicates. */
export interface FlowGraph {
  nodes: ReadonlyMap<string, FlowNode>;
  /** each node's outgoing edges, in evaluation order */
  outgoing: ReadonlyMap<string, readonly FlowEdge[]>;
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
  return { nodes, outgoing };
}

export function invalidFlow(zh: string, en: string): FlowError {
  return new FlowError('invalid_flow', { zh: `流程定义有误：${zh}`, en: `The route is invalid: ${en}` });
}

export function findStart(graph: FlowGraph): FlowNode {
  for (const n of graph.nodes.values()) if (n.type === 'start') return n;
  throw invalidFlow('没有开始节点', 'it has no start node');
}

/**
 * The edge the route takes out of `node`. A branch takes its first conditional edge whose
 * condition holds, else its default; any other node takes its one edge.
 */
export function nextEdge(graph: FlowGraph, node: FlowNode, conditions: ConditionContext): FlowEdge {
  const edges = graph.outgoing.get(node.id) ?? [];
  const label = nodeLabel(node);
  if (node.type !== 'branch') {
    const edge = edges[0];
    if (!edge) throw invalidFlow(`${label.zh}没有出口`, `${label.en} has no way out`);
    return edge;
  }
  const chosen =
    edges.find((e) => e.isDefault !== true && e.condition !== undefined && evaluateCondition(e.condition, conditions)) ??
    edges.find((e) => e.isDefault === true);
  if (!chosen) throw invalidFlow(`${label.zh}没有满足的条件，也没有默认分支`, `no condition of ${label.en} holds and it has no default`);
  return chosen;
}

/**
 * Walks the route onwards from `fromId`, a node already dealt with, calling `enter` on each node
 * reached until it answers 'wait' or an end node has been entered. A node met twice in one walk
 * means a cycle: refusing it is what keeps a bad definition from spinning forever.
 */
export function walkRoute(
  graph: FlowGraph,
  fromId: string,
  conditions: ConditionContext,
  enter: (node: FlowNode) => 'wait' | 'continue',
): void {
  let current = graph.nodes.get(fromId);
  if (!current) throw invalidFlow(`没有节点「${fromId}」`, `there is no node "${fromId}"`);
  const seen = new Set<string>([current.id]);
  for (;;) {
    const edge = nextEdge(graph, current, conditions);
    const next = graph.nodes.get(edge.to);
    if (!next) throw invalidFlow(`连线指向不存在的节点「${edge.to}」`, `an edge leads to the missing node "${edge.to}"`);
    if (seen.has(next.id)) {
      const label = nodeLabel(next);
      throw invalidFlow(`流程在${label.zh}处形成循环`, `the route loops back to ${label.en}`);
    }
    seen.add(next.id);
    if (enter(next) === 'wait' || next.type === 'end') return;
    current = next;
  }
}
