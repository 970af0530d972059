import type { FlowDefinition, FlowEdge, FlowLayoutHints, FlowNode } from '@signoff/flow';

/**
 * The flow with these nodes and edges, its other properties kept. Offsets of nodes that are gone
 * are dropped, and an empty `layout` with them, so removing what was inserted gives back an equal flow.
 */
export function withGraph(flow: FlowDefinition, nodes: FlowNode[], edges: FlowEdge[]): FlowDefinition {
  const next: FlowDefinition = { ...flow, nodes, edges };
  const offsets = offsetsOf(flow);
  const ids = new Set(nodes.map((n) => n.id));
  const kept = Object.entries(offsets).filter(([id]) => ids.has(id));
  if (kept.length === Object.keys(offsets).length) return next;
  return withOffsets(next, Object.fromEntries(kept));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOffset = (v: unknown): v is { x: number; y: number } =>
  isRecord(v) &&
  typeof v.x === 'number' &&
  Number.isFinite(v.x) &&
  typeof v.y === 'number' &&
  Number.isFinite(v.y);

/** The flow's manual nudges; a pasted route may carry anything in `layout`, and only real offsets count. */
export function offsetsOf(flow: FlowDefinition): Record<string, { x: number; y: number }> {
  const layout: unknown = flow.layout;
  const offsets = isRecord(layout) ? layout.offsets : undefined;
  if (!isRecord(offsets)) return {};
  return Object.fromEntries(
    Object.entries(offsets).filter((entry): entry is [string, { x: number; y: number }] =>
      isOffset(entry[1]),
    ),
  );
}

/** The flow with these offsets; empty objects are dropped rather than kept as noise in the saved JSON. */
export function withOffsets(
  flow: FlowDefinition,
  offsets: Record<string, { x: number; y: number }>,
): FlowDefinition {
  const { layout, ...rest } = flow;
  const { offsets: _old, ...hints }: FlowLayoutHints = isRecord(layout) ? layout : {};
  const nextLayout: FlowLayoutHints = Object.keys(offsets).length > 0 ? { ...hints, offsets } : hints;
  return Object.keys(nextLayout).length > 0 ? { ...rest, layout: nextLayout } : rest;
}

/** `items` with `added` placed right after the item at `index` (at the end when index is -1). */
export const insertAfter = <T>(items: readonly T[], index: number, added: readonly T[]): T[] =>
  index < 0 ? [...items, ...added] : [...items.slice(0, index + 1), ...added, ...items.slice(index + 1)];
