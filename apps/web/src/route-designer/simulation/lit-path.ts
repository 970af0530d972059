import type { SimulatedPath } from '@signoff/flow';

/** What the canvas lights up: the nodes and edges of the simulated request, and its passed-over steps greyed. */
export interface LitPath {
  nodeIds: string[];
  edgeIds: string[];
  skippedNodeIds: string[];
}

export const litPathOf = (path: SimulatedPath): LitPath => ({
  nodeIds: path.nodeIds,
  edgeIds: path.edgeIds,
  skippedNodeIds: path.skippedNodeIds,
});
