import type { FlowDefinition, FlowEdge, FlowNodeType } from '@signoff/flow';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk.bundled.js';
import { offsetsOf } from './route-edit.js';
import { drawable, layoutOrder } from './route-layout-order.js';
import type { LaidOutEdge, LaidOutNode, NodeSizes, RouteLayout } from './route-layout-types.js';

/** Cards for the steps people act on, small pills and diamonds for the rest, as DingTalk draws them. */
export const DEFAULT_NODE_SIZES: NodeSizes = {
  start: { width: 120, height: 40 },
  end: { width: 96, height: 36 },
  approve: { width: 220, height: 72 },
  notify: { width: 220, height: 72 },
  handle: { width: 220, height: 72 },
  branch: { width: 140, height: 40 },
  parallel: { width: 140, height: 40 },
  join: { width: 56, height: 28 },
};

const FALLBACK_SIZE = DEFAULT_NODE_SIZES.approve;

const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Model order: the walk of layoutOrder, so a small edit does not reshuffle the picture and paths
  // read left to right in evaluation order. With the node order forced the sweeps only place long
  // edges; one pass (thoroughness 1) drew 用印审批 with the crossings of the default seven.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.spacing.nodeNode': '48',
  // room between two rows for a branch path's condition and its "+", which crowded at 56
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

let engine: InstanceType<typeof ELK> | undefined;

type Point = { x: number; y: number };

/** An edge whose ends moved by different nudges: redrawn as a simple down-across-down line. */
function reroute(from: Point, to: Point): Point[] {
  const mid = (from.y + to.y) / 2;
  return from.x === to.x ? [from, to] : [from, { x: from.x, y: mid }, { x: to.x, y: mid }, to];
}

// whole pixels: crisp on the canvas, and comparable between two layouts without float noise
const shift = (p: Point, d: Point): Point => ({ x: Math.round(p.x + d.x), y: Math.round(p.y + d.y) });

/**
 * Positions for every node and a polyline for every edge of the route: elkjs's layered layout,
 * top to bottom, orthogonal edges, then the officer's manual nudges added. Node positions are the
 * top-left corners (React Flow's convention). Edges to missing nodes and repeated ids are left
 * out rather than failing, so a route pasted into the JSON view still draws.
 */
export async function layoutRoute(
  flow: FlowDefinition,
  opts: { sizes?: NodeSizes } = {},
): Promise<RouteLayout> {
  const sizes = opts.sizes ?? DEFAULT_NODE_SIZES;
  const { nodes, edges } = layoutOrder(drawable(flow));
  const sizeOf = (type: FlowNodeType) =>
    (Object.hasOwn(sizes, type) ? sizes[type] : undefined) ?? FALLBACK_SIZE;
  // elk gets its own ids: route ids may collide between nodes and edges in a pasted route
  const graph: ElkNode = {
    id: 'route',
    layoutOptions: LAYOUT_OPTIONS,
    children: nodes.map((n, i) => ({ id: `n${i}`, ...sizeOf(n.type) })),
    edges: edges.map((e, i): ElkExtendedEdge => ({
      id: `e${i}`,
      sources: [`n${nodes.findIndex((n) => n.id === e.from)}`],
      targets: [`n${nodes.findIndex((n) => n.id === e.to)}`],
    })),
  };
  engine ??= new ELK();
  const laid = await engine.layout(graph);

  const offsets = offsetsOf(flow);
  const none = { x: 0, y: 0 };
  const laidOut: LaidOutNode[] = nodes.map((n, i) => {
    const box = laid.children?.[i];
    const d = offsets[n.id] ?? none;
    const size = sizeOf(n.type);
    const at = shift({ x: box?.x ?? 0, y: box?.y ?? 0 }, d);
    return {
      id: n.id,
      type: n.type,
      ...at,
      width: box?.width ?? size.width,
      height: box?.height ?? size.height,
    };
  });
  const byId = new Map(laidOut.map((n) => [n.id, n]));
  const lines: LaidOutEdge[] = edges.map((e: FlowEdge, i) => {
    const section = laid.edges?.[i]?.sections?.[0];
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    const df = offsets[e.from] ?? none;
    const dt = offsets[e.to] ?? none;
    const centre = (n: LaidOutNode | undefined, bottom: boolean) => ({
      x: (n?.x ?? 0) + (n?.width ?? 0) / 2,
      y: (n?.y ?? 0) + (bottom ? (n?.height ?? 0) : 0),
    });
    if (!section)
      return { id: e.id, from: e.from, to: e.to, points: [centre(from, true), centre(to, false)] };
    const raw = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    const points =
      df.x === dt.x && df.y === dt.y
        ? raw.map((p) => shift(p, df))
        : reroute(shift(section.startPoint, df), shift(section.endPoint, dt));
    return { id: e.id, from: e.from, to: e.to, points };
  });

  const xs = [...laidOut.map((n) => n.x + n.width), ...lines.flatMap((l) => l.points.map((p) => p.x))];
  const ys = [...laidOut.map((n) => n.y + n.height), ...lines.flatMap((l) => l.points.map((p) => p.y))];
  return {
    nodes: laidOut,
    edges: lines,
    width: Math.max(laid.width ?? 0, ...xs),
    height: Math.max(laid.height ?? 0, ...ys),
  };
}
