import type { Edge, Node } from '@xyflow/react';
import type { RouteHistory } from '@signoff/designer';

/** The route types, named through the core so the web app needs no direct dependency on @signoff/flow. */
export type Flow = RouteHistory['flow'];
export type FlowNode = Flow['nodes'][number];
export type FlowEdge = Flow['edges'][number];
export type FlowNodeType = FlowNode['type'];
export type FlowProblem = RouteHistory['problems'][number];

/** What the canvas has selected: one node, one edge, or nothing. */
export type RouteSelection = { nodeId: string } | { edgeId: string } | null;

/** The simulation's path on the canvas (E's `LitPath`, repeated here so the canvas does not wait on E). */
export interface LitRoute {
  nodeIds: string[];
  edgeIds: string[];
  skippedNodeIds: string[];
}

/** How a node reads next to the simulation's path. */
export type LitState = 'none' | 'lit' | 'skipped' | 'dim';

/** A node card's content, worked out by the canvas so the card itself subscribes to nothing. */
export interface RouteNodeData extends Record<string, unknown> {
  kind: FlowNodeType;
  title: string;
  /** the approvers in words (approve, notify, handle); the start node's applicants */
  who?: string;
  fragile?: boolean;
  /** 会签 / 或签 / 依次 */
  mode?: string;
  problems: readonly string[];
  lit: LitState;
  /** branch and parallel: the "+ 添加条件" button's text */
  addPathLabel?: string;
  width: number;
  height: number;
}

export type EdgeLabelTone = 'condition' | 'default' | 'missing';

/** A branch path's label as drawn: short enough to sit beside its siblings' without touching them. */
export interface EdgeLabel {
  /** what the label shows: the condition without the subject all the branch's paths share */
  text: string;
  /** the whole sentence, for the title and the accessible name, when `text` is shortened */
  full?: string;
  tone: EdgeLabelTone;
  /** the widest it may be (px at zoom 1), from the distance to its neighbours; it wraps, then ends in "…" */
  maxWidth?: number;
  lines?: 1 | 2;
}

export interface RouteEdgeData extends Record<string, unknown> {
  /** the layout's orthogonal line; absent while an end is being dragged (then a plain step line) */
  points?: readonly { x: number; y: number }[];
  /** a branch path's condition in words */
  label?: EdgeLabel;
  problems: readonly string[];
  lit: LitState;
  /** the edge ends where several paths meet (its end is not its own column's first node) */
  toMerge?: boolean;
  /** a palette item is being dragged over this edge */
  dropTarget: boolean;
}

export type RouteFlowNode = Node<RouteNodeData, FlowNodeType>;
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;
