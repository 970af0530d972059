import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { GatewayNode } from './GatewayNode';
import { RouteEdge } from './RouteEdge';
import { StepNode } from './StepNode';

/** Module-level, so React Flow never sees new types and remounts every card (its performance guide). */
export const ROUTE_NODE_TYPES: NodeTypes = {
  start: StepNode,
  approve: StepNode,
  notify: StepNode,
  handle: StepNode,
  branch: GatewayNode,
  parallel: GatewayNode,
  join: GatewayNode,
  end: GatewayNode,
};

export const ROUTE_EDGE_TYPES: EdgeTypes = { route: RouteEdge };
