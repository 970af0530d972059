import { branchPaths } from '../settings/branch-paths';
import type { FlowDefinition, FlowEdge, FlowNode, TaskNode } from '../settings/route-types';

export type OutlineItem =
  { kind: 'step'; node: TaskNode } | { kind: 'split'; node: FlowNode; paths: OutlinePath[] };

export interface OutlinePath {
  edge: FlowEdge;
  items: OutlineItem[];
}

const isTask = (n: FlowNode): n is TaskNode =>
  n.type === 'approve' || n.type === 'handle' || n.type === 'notify';

/** Every node reachable from `id`, nearest first (breadth first), `id` included. */
function reachable(flow: FlowDefinition, id: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    order.push(next);
    for (const e of flow.edges) if (e.from === next) queue.push(e.to);
  }
  return order;
}

/** Where a branch's or split's paths meet again: the nearest node every path reaches. */
function meetingPoint(flow: FlowDefinition, outs: readonly FlowEdge[]): string | undefined {
  const [first, ...rest] = outs.map((e) => reachable(flow, e.to));
  if (!first) return undefined;
  const others = rest.map((r) => new Set(r));
  return first.find((id) => others.every((s) => s.has(id)));
}

/**
 * A route as the nested list a person reads: its steps in order from the start, and at each
 * branch or parallel split its paths (conditional ones in evaluation order, the default last)
 * up to where they meet. For showing a draft in words; a malformed or looping route reads as far
 * as it can go without repeating a node.
 */
export function draftOutline(flow: FlowDefinition): OutlineItem[] {
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const walk = (from: string | undefined, stop: string | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    let id = from;
    while (id !== undefined && id !== stop && !seen.has(id)) {
      seen.add(id);
      const node = byId.get(id);
      if (!node || node.type === 'end') break;
      const outs = flow.edges.filter((e) => e.from === id);
      if ((node.type === 'branch' || node.type === 'parallel') && outs.length > 1) {
        const { conditional, fallback } = branchPaths(flow, id);
        const ordered = node.type === 'branch' ? [...conditional, ...(fallback ? [fallback] : [])] : outs;
        const meet = meetingPoint(flow, ordered);
        items.push({
          kind: 'split',
          node,
          paths: ordered.map((edge) => ({ edge, items: walk(edge.to, meet) })),
        });
        id = meet;
        continue;
      }
      if (isTask(node)) items.push({ kind: 'step', node });
      id = outs[0]?.to;
    }
    return items;
  };
  const start = flow.nodes.find((n) => n.type === 'start');
  return walk(start?.id, undefined);
}

/** How many steps the outline holds, on every path. */
export function outlineSteps(items: readonly OutlineItem[]): number {
  return items.reduce(
    (n, item) => n + (item.kind === 'step' ? 1 : item.paths.reduce((m, p) => m + outlineSteps(p.items), 0)),
    0,
  );
}
