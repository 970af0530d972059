import type { FlowEdge, FlowNode } from './flow-definition.js';
import type { IndexedEdge, IndexedNode, Report } from './indexed-flow.js';
import { parallelRegions } from './parallel-regions.js';

/**
 * Parallel regions: every split has at least two branches and exactly one join that closes it,
 * regions nest properly, and no edge leaves a branch except through its join (no jumping to
 * another branch, past the join, or to the end). The analysis is the one the engine runs on.
 */
export function checkParallel(nodes: ReadonlyMap<string, IndexedNode>, edges: readonly IndexedEdge[], report: Report): void {
  const byId = new Map<string, FlowNode>([...nodes].map(([id, n]) => [id, n.node]));
  const list: FlowEdge[] = edges.map((e) => e.edge);
  for (const p of parallelRegions(byId, list).problems) {
    report({ code: p.code, nodeId: p.nodeId, path: `nodes[${nodes.get(p.nodeId)?.index ?? 0}]`, message: p.message });
  }
}
