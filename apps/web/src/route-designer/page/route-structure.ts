import type { Flow } from '../canvas/route-canvas-types';

/**
 * What the automatic layout depends on: the nodes and their kinds, the edges' ends and a branch's
 * order, and the manual nudges. A rename, an approver or a condition leaves it as it was, so the
 * layout is not recomputed for them.
 */
export function routeStructureKey(flow: Flow): string {
  const nodes = flow.nodes.map((n) => `${n.id}:${n.type}`).join(',');
  const edges = flow.edges
    .map((e) => `${e.id}:${e.from}>${e.to}:${e.order ?? ''}:${e.isDefault ? 'd' : ''}`)
    .join(',');
  const offsets = Object.entries(flow.layout?.offsets ?? {})
    .map(([id, o]) => `${id}@${o.x},${o.y}`)
    .join(',');
  return `${nodes}|${edges}|${offsets}`;
}
