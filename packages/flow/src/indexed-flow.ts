import type { FlowEdge, FlowNode } from './flow-definition.js';
import type { FlowProblem } from './flow-problem.js';

/** A well-formed node or edge and where it sits in the definition, so problems can point at it. */
export interface IndexedNode {
  node: FlowNode;
  index: number;
}

export interface IndexedEdge {
  edge: FlowEdge;
  index: number;
}

export type Report = (problem: FlowProblem) => void;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
