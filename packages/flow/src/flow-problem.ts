import type { Localized } from '@signoff/schema';

/**
 * One reason a route cannot be published. `nodeId` / `edgeId` let the designer highlight the
 * culprit; `path` points into the definition (e.g. `edges[2].condition.right`).
 */
export interface FlowProblem {
  code: string;
  nodeId?: string;
  edgeId?: string;
  path?: string;
  message: Localized;
}
