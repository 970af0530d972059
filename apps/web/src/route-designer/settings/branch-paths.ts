import type { FlowDefinition, FlowEdge } from './route-types';

const rank = (e: FlowEdge) =>
  typeof e.order === 'number' && Number.isFinite(e.order) ? e.order : Number.POSITIVE_INFINITY;

/** A branch's paths as the engine tries them: conditional edges by `order` (ties in array order), then the default. */
export function branchPaths(
  flow: FlowDefinition,
  nodeId: string,
): { conditional: FlowEdge[]; fallback: FlowEdge | undefined } {
  const out = flow.edges.filter((e) => e.from === nodeId);
  // Array.prototype.sort is stable, so equal orders keep the designer's array order, as the engine does
  const conditional = out.filter((e) => e.isDefault !== true).sort((a, b) => rank(a) - rank(b));
  return { conditional, fallback: out.find((e) => e.isDefault === true) };
}

/** The conditional edge ids with the one at `index` moved by `delta` (−1 up, +1 down); undefined at an end. */
export function movedOrder(ids: readonly string[], index: number, delta: -1 | 1): string[] | undefined {
  const to = index + delta;
  const a = ids[index];
  const b = ids[to];
  if (a === undefined || b === undefined) return undefined;
  const next = [...ids];
  next[index] = b;
  next[to] = a;
  return next;
}

/** What the user calls a node: its name in the language, else the other language, else its id. */
export function nodeName(flow: FlowDefinition, id: string, lang: 'zh' | 'en'): string {
  const n = flow.nodes.find((x) => x.id === id);
  return n ? n.name[lang] || n.name.zh || n.id : id;
}
