import type { FlowDefinition, FlowEdge, FlowNode } from '@signoff/flow';

/**
 * The route as commands read it: nodes by id and edges by end, in array order. Edges whose ends
 * are missing (a pasted route may have them) are kept in the flow but left out of the graph, so
 * no walk follows them.
 */
export interface RouteGraph {
  flow: FlowDefinition;
  node: ReadonlyMap<string, FlowNode>;
  edge: ReadonlyMap<string, FlowEdge>;
  out: ReadonlyMap<string, readonly FlowEdge[]>;
  into: ReadonlyMap<string, readonly FlowEdge[]>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Something shaped like a FlowDefinition: an object with a list of nodes and a list of edges. */
export const isFlowShaped = (v: unknown): v is FlowDefinition =>
  isRecord(v) && Array.isArray(v.nodes) && Array.isArray(v.edges);

/**
 * The graph of a flow whose every node has an id and a type and every edge an id and two ends,
 * ids unique; undefined for anything less, which commands refuse rather than guess about.
 */
export function routeGraph(flow: unknown): RouteGraph | undefined {
  if (!isFlowShaped(flow)) return undefined;
  const nodes: unknown[] = flow.nodes;
  const edges: unknown[] = flow.edges;
  const node = new Map<string, FlowNode>();
  const edge = new Map<string, FlowEdge>();
  for (const n of nodes) {
    if (!isRecord(n) || !isText(n.id) || !isText(n.type) || node.has(n.id)) return undefined;
    node.set(n.id, n as unknown as FlowNode);
  }
  for (const e of edges) {
    if (!isRecord(e) || !isText(e.id) || !isText(e.from) || !isText(e.to)) return undefined;
    if (edge.has(e.id) || node.has(e.id)) return undefined;
    edge.set(e.id, e as unknown as FlowEdge);
  }
  const out = new Map<string, FlowEdge[]>();
  const into = new Map<string, FlowEdge[]>();
  for (const e of edge.values()) {
    if (!node.has(e.from) || !node.has(e.to)) continue;
    out.set(e.from, [...(out.get(e.from) ?? []), e]);
    into.set(e.to, [...(into.get(e.to) ?? []), e]);
  }
  return { flow, node, edge, out, into };
}

export const outOf = (g: RouteGraph, id: string): readonly FlowEdge[] => g.out.get(id) ?? [];
export const intoOf = (g: RouteGraph, id: string): readonly FlowEdge[] => g.into.get(id) ?? [];

/**
 * A branch's edges in evaluation order: conditional ones by `order` (ties keep array order), the
 * default last. Other nodes' edges in array order.
 */
export function orderedOut(g: RouteGraph, id: string): FlowEdge[] {
  const out = outOf(g, id);
  if (g.node.get(id)?.type !== 'branch') return [...out];
  const rank = (e: FlowEdge) =>
    typeof e.order === 'number' && Number.isFinite(e.order) ? e.order : Infinity;
  const conditional = out.filter((e) => e.isDefault !== true);
  const stable = conditional.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  return [...stable.map((s) => s.e), ...out.filter((e) => e.isDefault === true)];
}

/** Every node reachable from `from` without passing through a node in `stop` (`from` included unless stopped). */
export function reachable(g: RouteGraph, from: readonly string[], stop: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = from.filter((id) => !stop.has(id));
  for (const id of queue) seen.add(id);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const e of outOf(g, id)) {
      if (seen.has(e.to) || stop.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}
