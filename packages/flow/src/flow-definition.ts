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

/** A step's time limit: elapsed hours, or working days on the tenant's calendar. Give one of the two. */
export interface TimeLimit {
  hours?: number;
  workingDays?: number;
}

/** When the assignee of an open task is reminded: `afterHours` after the task opened (24 by default, seed 002), then every `repeatHours` if set. */
export interface ReminderPolicy {
  afterHours: number;
  repeatHours?: number;
}

/** What an approver may do with a form field at this step. Fields not listed are `read`. */
export type FieldPermission = 'read' | 'edit' | 'hidden';

/** The actions a step's assignee may take on its task; a node's `allowedActions` picks among them. */
export type NodeActionType =
  'approve' | 'reject' | 'done' | 'acknowledge' | 'return' | 'transfer' | 'addSigner';

/** The designer's per-step settings on approve and handle nodes. All optional; absent means the default. */
export interface StepOptions {
  /** the first version's time limit; `timeLimit.hours` says the same and wins when both are set */
  timeLimitHours?: number;
  timeLimit?: TimeLimit;
  reminder?: ReminderPolicy;
  /** when set, only these actions; the completing action (approve, or done for handle steps) must be among them */
  allowedActions?: NodeActionType[];
  /** approve, done and acknowledge need a signature (the id of the stored signature image) */
  signatureRequired?: boolean;
  fieldPermissions?: Record<string, FieldPermission>;
  /** after a return to the applicant and a resubmission, people who already approved this step are not asked again */
  skipApprovedOnResubmit?: boolean;
  /** the applicant is left out of this step's approvers (absent: true); false lets them approve their own request here */
  skipApplicant?: boolean;
  /** whoever approved the step just before is left out here (absent: true); false asks them again */
  skipPrevious?: boolean;
  /** 已阅 is allowed here (seed 001: last-node countersigners, relay countersigners); never on the first step */
  acknowledgeAllowed?: boolean;
}

interface NodeBase {
  id: string;
  name: Localized;
}

export interface StartNode extends NodeBase {
  type: 'start';
}
export interface ApproveNode extends NodeBase, StepOptions {
  type: 'approve';
  approvers: ApproverExpression;
  mode: ApproveMode;
}
/** CC (抄送 / 备案): non-blocking, the route moves on at once */
export interface NotifyNode extends NodeBase {
  type: 'notify';
  approvers: ApproverExpression;
  fieldPermissions?: Record<string, FieldPermission>;
}
/** 办理: someone does something (stamps the seal, pays out) and marks it done */
export interface HandleNode extends NodeBase, StepOptions {
  type: 'handle';
  approvers: ApproverExpression;
}
/** exclusive branch: conditional edges in `order`, then the default edge */
export interface BranchNode extends NodeBase {
  type: 'branch';
}
/** parallel split: every outgoing edge starts a branch, and the branches run at the same time */
export interface ParallelNode extends NodeBase {
  type: 'parallel';
}
/** parallel join: waits until every branch of its split has arrived */
export interface JoinNode extends NodeBase {
  type: 'join';
}
export interface EndNode extends NodeBase {
  type: 'end';
}

export type FlowNode =
  StartNode | ApproveNode | NotifyNode | HandleNode | BranchNode | ParallelNode | JoinNode | EndNode;

export type FlowNodeType = FlowNode['type'];

/** The nodes that give people tasks. */
export type TaskNode = Extract<FlowNode, { approvers: ApproverExpression }>;

/** The nodes whose tasks block the route (approve and handle), as opposed to CC. */
export type StepNode = ApproveNode | HandleNode;

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
  /** the designer's drawing hints; the engine never reads them */
  layout?: FlowLayoutHints;
}

/** Manual nudges of nodes on the canvas, by node id, added to the automatic layout's position. */
export interface FlowLayoutHints {
  offsets?: Record<string, { x: number; y: number }>;
}

export const APPROVE_MODES: readonly ApproveMode[] = ['single', 'all', 'any', 'sequential'];

export const NODE_TYPES: readonly FlowNodeType[] = [
  'start',
  'approve',
  'notify',
  'handle',
  'branch',
  'parallel',
  'join',
  'end',
];

export const NODE_ACTIONS: readonly NodeActionType[] = [
  'approve',
  'reject',
  'done',
  'acknowledge',
  'return',
  'transfer',
  'addSigner',
];

export const FIELD_PERMISSIONS: readonly FieldPermission[] = ['read', 'edit', 'hidden'];
