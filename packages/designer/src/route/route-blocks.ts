import { intoOf, outOf, reachable, type RouteGraph } from './route-graph.js';

const isExit = (g: RouteGraph, id: string): boolean =>
  g.node.get(id)?.type === 'end' || outOf(g, id).length === 0;

/**
 * Where the paths of a branch or the lanes of a parallel split meet again: the nearest node every
 * path from it to an end passes through (its immediate post-dominator). Routes drawn in DingTalk's
 * style nest neatly, but the catalogs' routes also let a path join another half-way (用印审批's
 * cost path joins the engineering one); the post-dominator is right for both.
 * Undefined when the paths end at different ends and never meet.
 */
export function meetPoint(g: RouteGraph, blockId: string): string | undefined {
  const starts = outOf(g, blockId).map((e) => e.to);
  if (starts.length === 0) return undefined;
  const meetsAt = (candidate: string) =>
    ![...reachable(g, starts, new Set([candidate, blockId]))].some((id) => isExit(g, id));
  // Post-dominators lie on every path, so walking any one path and testing each node finds the nearest.
  const walked = new Set<string>([blockId]);
  for (let id = starts[0]; id !== undefined && !walked.has(id); id = outOf(g, id)[0]?.to) {
    walked.add(id);
    if (meetsAt(id)) return id;
  }
  return undefined;
}

/**
 * Of `candidates`, the ones reached only through `blockId`: a node another path also leads to
 * from outside (sc_leave's 备案 step, shared by two branches) stays when the block goes.
 */
function onlyThrough(g: RouteGraph, blockId: string, candidates: Set<string>): Set<string> {
  const kept = new Set(candidates);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of kept) {
      if (intoOf(g, id).every((e) => e.from === blockId || kept.has(e.from))) continue;
      kept.delete(id);
      changed = true;
    }
  }
  return kept;
}

/** The nodes between a block's node and its meeting point that only the block leads to. */
export function blockInterior(g: RouteGraph, blockId: string, meet: string): Set<string> {
  const starts = outOf(g, blockId).map((e) => e.to);
  return onlyThrough(g, blockId, reachable(g, starts, new Set([meet, blockId])));
}

/** The nodes on one path of a block (from its first node up to the meeting point) that nothing else leads to. */
export function pathOnly(g: RouteGraph, blockId: string, edgeId: string, meet: string): Set<string> {
  const stop = new Set([meet, blockId]);
  const edges = outOf(g, blockId);
  const mine = edges.filter((e) => e.id === edgeId).map((e) => e.to);
  const others = edges.filter((e) => e.id !== edgeId).map((e) => e.to);
  const shared = reachable(g, others, stop);
  return onlyThrough(g, blockId, new Set([...reachable(g, mine, stop)].filter((id) => !shared.has(id))));
}

/** The parallel split a join closes: the split whose lanes meet at it. */
export function splitOfJoin(g: RouteGraph, joinId: string): string | undefined {
  for (const n of g.node.values()) if (n.type === 'parallel' && meetPoint(g, n.id) === joinId) return n.id;
  return undefined;
}
