import type { FlowEdge, FlowNode } from '@signoff/flow';

/** The parts of a flow the layout can draw: nodes with an id (first of a repeated id wins), edges between them. */
export interface DrawableRoute {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function drawable(flow: unknown): DrawableRoute {
  const raw = isRecord(flow) ? flow : {};
  const nodes: FlowNode[] = [];
  const ids = new Set<string>();
  for (const n of Array.isArray(raw.nodes) ? (raw.nodes as unknown[]) : []) {
    if (!isRecord(n) || typeof n.id !== 'string' || ids.has(n.id)) continue;
    ids.add(n.id);
    nodes.push(n as unknown as FlowNode);
  }
  const edges: FlowEdge[] = [];
  const edgeIds = new Set<string>();
  for (const e of Array.isArray(raw.edges) ? (raw.edges as unknown[]) : []) {
    if (!isRecord(e) || typeof e.id !== 'string' || edgeIds.has(e.id)) continue;
    if (typeof e.from !== 'string' || typeof e.to !== 'string' || !ids.has(e.from) || !ids.has(e.to))
      continue;
    edgeIds.add(e.id);
    edges.push(e as unknown as FlowEdge);
  }
  return { nodes, edges };
}

const rank = (e: FlowEdge): number =>
  e.isDefault === true
    ? Infinity
    : typeof e.order === 'number' && Number.isFinite(e.order)
      ? e.order
      : Number.MAX_SAFE_INTEGER;

/**
 * Nodes and edges in the order the picture should read, which elkjs keeps within each layer: from
 * the start down, a branch's paths in evaluation order (the default last) and other nodes' edges in
 * array order. So the first condition is drawn leftmost, and where a node sits in the JSON array
 * never moves it on the canvas.
 */
export function layoutOrder(route: DrawableRoute): DrawableRoute {
  const out = new Map<string, FlowEdge[]>();
  route.edges.forEach((e) => out.set(e.from, [...(out.get(e.from) ?? []), e]));
  const byId = new Map(route.nodes.map((n) => [n.id, n]));
  for (const [id, list] of out) {
    if (byId.get(id)?.type !== 'branch') continue;
    const indexed = list.map((e, i) => ({ e, i }));
    indexed.sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
    out.set(
      id,
      indexed.map((x) => x.e),
    );
  }
  // Reverse postorder of a walk that takes a node's edges last to first: an order where every node
  // comes after everything leading to it, and a block's paths come in evaluation order before the
  // node where they meet.
  const seen = new Set<string>();
  const nodes: FlowNode[] = [];
  const visit = (root: FlowNode) => {
    if (seen.has(root.id)) return;
    const finished: FlowNode[] = [];
    // an explicit stack: a 500-node route is deeper than is comfortable for recursion
    const stack: { node: FlowNode; next: FlowEdge[] }[] = [
      { node: root, next: [...(out.get(root.id) ?? [])] },
    ];
    seen.add(root.id);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const e = top.next.pop();
      if (e === undefined) {
        finished.push(top.node);
        stack.pop();
        continue;
      }
      const to = byId.get(e.to);
      if (!to || seen.has(to.id)) continue;
      seen.add(to.id);
      stack.push({ node: to, next: [...(out.get(to.id) ?? [])] });
    }
    nodes.push(...finished.reverse());
  };
  route.nodes.filter((n) => n.type === 'start').forEach(visit);
  route.nodes.forEach(visit);
  const edges = nodes.flatMap((n) => out.get(n.id) ?? []);
  return { nodes, edges };
}
