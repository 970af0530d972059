import type { FlowNodeType } from '@signoff/flow';

/** Where the automatic layout (elkjs, layered, top to bottom) put a node, manual nudges applied. */
export interface LaidOutNode {
  id: string;
  type: FlowNodeType;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An edge's route as a polyline, start and end included (for BPMN's waypoints and the canvas). */
export interface LaidOutEdge {
  id: string;
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

export interface RouteLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  width: number;
  height: number;
}

/** The node sizes the layout reserves; the canvas draws its nodes at these sizes. */
export type NodeSizes = Record<FlowNodeType, { width: number; height: number }>;
