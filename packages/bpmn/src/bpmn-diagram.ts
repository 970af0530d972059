import type { FlowDefinition, FlowNodeType } from '@signoff/flow';

export interface DiagramPoint {
  x: number;
  y: number;
}

/**
 * Where each node and edge is drawn: node boxes by their top-left corner, edges as polylines with
 * both ends included. Structurally the same as the designer's `RouteLayout`, so its `layoutRoute`
 * result can be passed as is, without this package depending on the designer.
 */
export interface BpmnDiagram {
  nodes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { id: string; points: DiagramPoint[] }[];
}

/** BPMN's customary shape sizes (what bpmn-js draws), used when this package lays a route out itself. */
export const BPMN_SHAPE_SIZES: Record<FlowNodeType, { width: number; height: number }> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  approve: { width: 120, height: 80 },
  handle: { width: 120, height: 80 },
  notify: { width: 120, height: 80 },
  branch: { width: 50, height: 50 },
  parallel: { width: 50, height: 50 },
  join: { width: 50, height: 50 },
};

const COLUMN = 180;
const ROW = 130;

/** Longest-path rank of each node from the sources; edges that close a cycle are ignored, so a broken route still gets a picture. */
function ranksOf(flow: FlowDefinition): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of flow.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const rank = new Map<string, number>();
  const state = new Map<string, 'open' | 'done'>();
  // depth-first post-order gives a topological order of the acyclic part
  const order: string[] = [];
  const visit = (id: string): void => {
    if (state.has(id)) return;
    state.set(id, 'open');
    for (const next of out.get(id) ?? []) if (state.get(next) !== 'open') visit(next);
    state.set(id, 'done');
    order.push(id);
  };
  const targets = new Set(flow.edges.map((e) => e.to));
  for (const n of flow.nodes) if (n.type === 'start' || !targets.has(n.id)) visit(n.id);
  for (const n of flow.nodes) visit(n.id);
  const position = new Map(order.map((id, i) => [id, i]));
  for (const id of order.reverse()) {
    const r = rank.get(id) ?? 0;
    rank.set(id, r);
    for (const next of out.get(id) ?? []) {
      // only forward edges in the topological order count (the rest closed a cycle)
      if ((position.get(next) ?? 0) < (position.get(id) ?? 0))
        rank.set(next, Math.max(rank.get(next) ?? 0, r + 1));
    }
  }
  return rank;
}

/**
 * A simple layered layout, top to bottom: rows by longest path from the start, each row in the
 * order of their parents' mean position, centred on one axis; edges leave a box at the bottom and
 * enter the next at the top with one horizontal elbow halfway.
 */
export function layeredDiagram(flow: FlowDefinition): BpmnDiagram {
  const rank = ranksOf(flow);
  const rows = new Map<number, string[]>();
  for (const n of flow.nodes) {
    const r = rank.get(n.id) ?? 0;
    rows.set(r, [...(rows.get(r) ?? []), n.id]);
  }
  const widest = Math.max(1, ...[...rows.values()].map((row) => row.length));
  const centre = new Map<string, DiagramPoint>();
  const firstEdge = new Map<string, number>();
  flow.edges.forEach((e, i) => firstEdge.set(e.to, Math.min(firstEdge.get(e.to) ?? i, i)));
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    // each row under the mean position of its parents, ties in edge order: few crossings, no solver
    const key = (id: string) => {
      const xs = flow.edges.filter((e) => e.to === id).flatMap((e) => centre.get(e.from)?.x ?? []);
      return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const row = [...(rows.get(r) ?? [])].sort(
      (a, b) => key(a) - key(b) || (firstEdge.get(a) ?? 0) - (firstEdge.get(b) ?? 0),
    );
    row.forEach((id, i) =>
      centre.set(id, { x: ((widest - row.length) / 2 + i) * COLUMN + COLUMN / 2, y: r * ROW + ROW / 2 }),
    );
  }
  const box = new Map(
    flow.nodes.map((n) => {
      const size = BPMN_SHAPE_SIZES[n.type];
      const c = centre.get(n.id) ?? { x: 0, y: 0 };
      return [
        n.id,
        {
          id: n.id,
          x: c.x - size.width / 2,
          y: c.y - size.height / 2,
          width: size.width,
          height: size.height,
        },
      ] as const;
    }),
  );
  const edges = flow.edges.map((e) => {
    const a = box.get(e.from);
    const b = box.get(e.to);
    if (!a || !b) return { id: e.id, points: [] };
    const start = { x: a.x + a.width / 2, y: a.y + a.height };
    const end = { x: b.x + b.width / 2, y: b.y };
    if (end.y <= start.y) {
      // an edge going back up (only in broken routes): out the right side and round
      const side = Math.max(a.x + a.width, b.x + b.width) + COLUMN / 4;
      const from = { x: a.x + a.width, y: a.y + a.height / 2 };
      const to = { x: b.x + b.width, y: b.y + b.height / 2 };
      return { id: e.id, points: [from, { x: side, y: from.y }, { x: side, y: to.y }, to] };
    }
    if (start.x === end.x) return { id: e.id, points: [start, end] };
    // the elbow sits in the gap just above the target row, which no box reaches into
    const mid = end.y - 20;
    return { id: e.id, points: [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end] };
  });
  return { nodes: [...box.values()], edges };
}
