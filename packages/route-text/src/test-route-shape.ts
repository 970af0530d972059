import type { FlowDefinition, FlowEdge } from '@signoff/flow';

/**
 * A route with ids, names and order numbers taken out: nodes numbered in the order a walk from the
 * start meets them (a branch's conditional edges by order, its default last). Two routes with the
 * same shape are the same route to the engine.
 */
export function routeShape(flow: FlowDefinition): unknown {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const outOf = (id: string): FlowEdge[] =>
    flow.edges
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.from === id)
      .sort(
        (a, b) =>
          Number(a.e.isDefault === true) - Number(b.e.isDefault === true) ||
          (a.e.order ?? 0) - (b.e.order ?? 0) ||
          a.i - b.i,
      )
      .map(({ e }) => e);
  const index = new Map<string, number>();
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  const visit = (id: string): number => {
    const seen = index.get(id);
    if (seen !== undefined) return seen;
    const n = byId.get(id);
    const at = nodes.length;
    index.set(id, at);
    nodes.push(
      n
        ? {
            type: n.type,
            ...('approvers' in n ? { approvers: n.approvers } : {}),
            ...(n.type === 'approve' ? { mode: n.mode } : {}),
          }
        : { missing: id },
    );
    for (const e of outOf(id)) {
      const to = visit(e.to);
      edges.push({
        from: at,
        to,
        ...(e.condition ? { condition: e.condition } : {}),
        ...(e.isDefault ? { isDefault: true } : {}),
      });
    }
    return at;
  };
  const start = flow.nodes.find((n) => n.type === 'start');
  if (start) visit(start.id);
  return { nodes, edges };
}
