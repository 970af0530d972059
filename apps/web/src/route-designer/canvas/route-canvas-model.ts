import { Position, type NodeHandle } from '@xyflow/react';
import type { RouteLayout } from '@signoff/designer';
import { labelLines, labelWidths, LABEL_MAX_WIDTH, withoutCommonSubject } from './branch-labels';
import { toolAnchor } from './edge-geometry';
import type {
  EdgeLabel,
  EdgeLabelTone,
  Flow,
  FlowEdge,
  FlowNode,
  FlowProblem,
  LitRoute,
  LitState,
  RouteEdgeData,
  RouteFlowEdge,
  RouteFlowNode,
  RouteSelection,
} from './route-canvas-types';

/** The words the cards and edges show, worked out by the canvas in the page's language. */
export interface CanvasWords {
  pick: (text: { zh: string; en: string } | undefined) => string;
  kind: (type: FlowNode['type']) => string;
  mode: (node: FlowNode) => string | undefined;
  who: (node: FlowNode) => { text: string; fragile: boolean } | undefined;
  condition: (edge: FlowEdge) => { text: string; tone: EdgeLabelTone } | undefined;
  addPath: (node: FlowNode) => string | undefined;
}

export interface CanvasModelInput {
  flow: Flow;
  layout: RouteLayout | null;
  problems: readonly FlowProblem[];
  selected: RouteSelection;
  lit: LitRoute | null;
  words: CanvasWords;
  dropEdgeId: string | null;
  /** where nodes are while the user drags them, before the nudge is dispatched */
  dragged: Readonly<Record<string, { x: number; y: number }>>;
}

const handlesOf = (width: number, height: number): NodeHandle[] => [
  { type: 'target', position: Position.Top, x: width / 2 - 0.5, y: 0, width: 1, height: 1 },
  { type: 'source', position: Position.Bottom, x: width / 2 - 0.5, y: height - 1, width: 1, height: 1 },
];

function problemsBy(problems: readonly FlowProblem[], words: CanvasWords) {
  const nodes = new Map<string, string[]>();
  const edges = new Map<string, string[]>();
  for (const p of problems) {
    const into = p.nodeId !== undefined ? nodes : p.edgeId !== undefined ? edges : undefined;
    const id = p.nodeId ?? p.edgeId;
    if (!into || id === undefined) continue;
    into.set(id, [...(into.get(id) ?? []), words.pick(p.message)]);
  }
  return { nodes, edges };
}

function litOf(lit: LitRoute | null, id: string, kind: 'node' | 'edge'): LitState {
  if (!lit) return 'none';
  if ((kind === 'node' ? lit.nodeIds : lit.edgeIds).includes(id)) return 'lit';
  if (kind === 'node' && lit.skippedNodeIds.includes(id)) return 'skipped';
  return 'dim';
}

const NO_PROBLEMS: readonly string[] = [];

/**
 * React Flow's nodes and edges for the route as laid out. Nodes the layout does not know yet (just
 * inserted, the new layout still computing) wait for it; the previous picture stays meanwhile.
 */
export function canvasElements(input: CanvasModelInput): { nodes: RouteFlowNode[]; edges: RouteFlowEdge[] } {
  const { flow, layout, words, selected } = input;
  if (!layout) return { nodes: [], edges: [] };
  const byProblem = problemsBy(input.problems, words);
  const placed = new Map(layout.nodes.map((n) => [n.id, n]));
  const nodes: RouteFlowNode[] = [];
  for (const node of flow.nodes) {
    const at = placed.get(node.id);
    if (!at) continue;
    const who = words.who(node);
    const position = input.dragged[node.id] ?? { x: at.x, y: at.y };
    nodes.push({
      id: node.id,
      type: node.type,
      position,
      width: at.width,
      height: at.height,
      handles: handlesOf(at.width, at.height),
      selected: selected !== null && 'nodeId' in selected && selected.nodeId === node.id,
      draggable: node.type !== 'start' && node.type !== 'end',
      deletable: false,
      connectable: false,
      ariaLabel: `${words.kind(node.type)} ${words.pick(node.name)}`,
      data: {
        kind: node.type,
        title: words.pick(node.name) || words.kind(node.type),
        ...(who && { who: who.text, fragile: who.fragile }),
        ...(words.mode(node) !== undefined && { mode: words.mode(node) }),
        ...(words.addPath(node) !== undefined && { addPathLabel: words.addPath(node) }),
        problems: byProblem.nodes.get(node.id) ?? NO_PROBLEMS,
        lit: litOf(input.lit, node.id, 'node'),
        width: at.width,
        height: at.height,
      },
    });
  }
  const shown = new Set(nodes.map((n) => n.id));
  const nodeById = new Map(flow.nodes.map((n) => [n.id, n]));
  const lines = new Map(layout.edges.map((e) => [e.id, e.points]));
  const incoming = new Map<string, number>();
  for (const e of flow.edges) incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
  const labels = branchLabels(flow, nodeById, words, lines, incoming);
  const edges: RouteFlowEdge[] = [];
  for (const edge of flow.edges) {
    if (!shown.has(edge.from) || !shown.has(edge.to)) continue;
    const label = labels.get(edge.id);
    const points = lines.get(edge.id);
    const moving = edge.from in input.dragged || edge.to in input.dragged;
    const data: RouteEdgeData = {
      ...(points && points.length >= 2 && !moving && { points }),
      ...(label && { label, toMerge: (incoming.get(edge.to) ?? 0) > 1 }),
      problems: byProblem.edges.get(edge.id) ?? NO_PROBLEMS,
      lit: litOf(input.lit, edge.id, 'edge'),
      dropTarget: input.dropEdgeId === edge.id,
    };
    edges.push({
      id: edge.id,
      type: 'route',
      source: edge.from,
      target: edge.to,
      selected: selected !== null && 'edgeId' in selected && selected.edgeId === edge.id,
      deletable: false,
      data,
    });
  }
  return { nodes, edges };
}

/** Half the height of a branch path's condition (one line) and "+" together, as RouteEdge draws them. */
export const TOOLS_HALF = 23;
/** What a second line of a condition adds to that half. */
const LINE_HALF = 9;

/** Where a path's tools are centred, as RouteEdge places them: at the top of the path's column. */
export function branchToolsAnchor(
  points: readonly { x: number; y: number }[],
  label: { lines?: 1 | 2 },
  toMerge: boolean,
) {
  return toolAnchor(points, { halfHeight: TOOLS_HALF + (label.lines === 2 ? LINE_HALF : 0), toMerge });
}

/**
 * Each branch path's label: its condition without the subject its siblings share, as wide as the
 * distance to the neighbouring paths' labels allows (用印审批's seven departments side by side).
 */
function branchLabels(
  flow: Flow,
  nodeById: ReadonlyMap<string, FlowNode>,
  words: CanvasWords,
  lines: ReadonlyMap<string, readonly { x: number; y: number }[]>,
  incoming: ReadonlyMap<string, number>,
): Map<string, EdgeLabel> {
  const bySource = new Map<string, FlowEdge[]>();
  for (const e of flow.edges)
    if (nodeById.get(e.from)?.type === 'branch') bySource.set(e.from, [...(bySource.get(e.from) ?? []), e]);
  const out = new Map<string, EdgeLabel>();
  for (const paths of bySource.values()) {
    const said = paths.map((e) => words.condition(e));
    const conditional = said.flatMap((l, i) => (l?.tone === 'condition' ? [i] : []));
    const short = withoutCommonSubject(conditional.map((i) => said[i]?.text ?? ''));
    const labels = said.map((l): EdgeLabel | undefined => l && { text: l.text, tone: l.tone });
    conditional.forEach((i, k) => {
      const l = labels[i];
      const text = short[k];
      if (l && text !== undefined && text !== l.text) Object.assign(l, { text, full: l.text });
    });
    // the widths from where each label is centred; a path without its line yet keeps the default
    const placed = paths.flatMap((e, i) => {
      const points = lines.get(e.id);
      const toMerge = (incoming.get(e.to) ?? 0) > 1;
      return points && points.length >= 2 && labels[i]
        ? [{ i, x: branchToolsAnchor(points, {}, toMerge).x }]
        : [];
    });
    const widths = labelWidths(placed.map((p) => p.x));
    placed.forEach(({ i }, k) => {
      const l = labels[i];
      const maxWidth = widths[k] ?? LABEL_MAX_WIDTH;
      if (l) Object.assign(l, { maxWidth, lines: labelLines(l.text, maxWidth) });
    });
    paths.forEach((e, i) => {
      const l = labels[i];
      if (l) out.set(e.id, l);
    });
  }
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) return sameList(x as string[], y as string[]);
    if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null)
      return sameData(x as Record<string, unknown>, y as Record<string, unknown>);
    return x === y;
  });
}

type Element = RouteFlowNode | RouteFlowEdge;

/**
 * The new elements, each replaced by the previous object when nothing about it changed: React Flow
 * then re-renders only the cards whose content changed (a selection redraws two, not five hundred).
 */
export function shareElements<T extends Element>(previous: readonly T[], next: T[]): T[] {
  const old = new Map(previous.map((e) => [e.id, e]));
  let same = previous.length === next.length;
  const out = next.map((e, i) => {
    const before = old.get(e.id);
    const kept =
      before && sameData(stripData(before), stripData(e)) && sameData(before.data ?? {}, e.data ?? {});
    if (!kept || previous[i] !== before) same = false;
    return kept ? before : e;
  });
  return same ? (previous as T[]) : out;
}

function stripData(e: Element): Record<string, unknown> {
  const { data: _data, handles: _handles, ...rest } = e as RouteFlowNode;
  return rest;
}
