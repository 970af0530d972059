import type { ApproverExpression } from '@signoff/org';
import type { Condition, Localized } from '@signoff/schema';

/**
 * How the users of an approve step sign:
 * - `single`: one task, to the first resolved user;
 * - `all` (会签): everyone gets a task and everyone must approve;
 * - `any` (或签): everyone gets a task, the first approval completes the step and cancels the rest;
 * - `sequential` (依次): everyone, one after another in the resolved order.
 */
export type ApproveMode = 'single' | 'all' | 'any' | 'sequential';

export type FlowNode =
  | { id: string; name: Localized; type: 'start' }
  | { id: string; name: Localized; type: 'approve'; approvers: ApproverExpression; mode: ApproveMode; timeLimitHours?: number }
  /** CC (抄送 / 备案): non-blocking, the route moves on at once */
  | { id: string; name: Localized; type: 'notify'; approvers: ApproverExpression }
  /** 办理: someone does something (stamps the seal, pays out) and marks it done */
  | { id: string; name: Localized; type: 'handle'; approvers: ApproverExpression; timeLimitHours?: number }
  /** exclusive branch: conditional edges in `order`, then the default edge */
  | { id: string; name: Localized; type: 'branch' }
  | { id: string; name: Localized; type: 'end' };

export type FlowNodeType = FlowNode['type'];

/** The nodes that give people tasks. */
export type TaskNode = Extract<FlowNode, { approvers: ApproverExpression }>;

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** only on edges leaving a branch */
  condition?: Condition;
  /** the branch's fallback when no condition holds; exactly one per branch */
  isDefault?: boolean;
  /** evaluation order of a branch's conditional edges, lowest first; ties keep array order */
  order?: number;
}

/** A route as the designer saves it and a template version freezes it. */
export interface FlowDefinition {
  key: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const APPROVE_MODES: readonly ApproveMode[] = ['single', 'all', 'any', 'sequential'];

export const NODE_TYPES: readonly FlowNodeType[] = ['start', 'approve', 'notify', 'handle', 'branch', 'end'];
