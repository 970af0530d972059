import type { RouteCommand, RouteHistory } from '@signoff/designer';

/*
 * The web app depends on @signoff/designer, not on @signoff/flow or @signoff/org, so the route's
 * types are read off the command type the core exports rather than imported from their packages.
 */

export type FlowDefinition = Extract<RouteCommand, { type: 'replaceFlow' }>['flow'];
export type FlowNode = FlowDefinition['nodes'][number];
export type FlowEdge = FlowDefinition['edges'][number];
export type FlowProblem = RouteHistory['problems'][number];
export type ApproverExpression = Extract<RouteCommand, { type: 'setApprovers' }>['approvers'];
export type ApproverKind = ApproverExpression['kind'];
export type RouteNodePatch = Extract<RouteCommand, { type: 'setNodeSettings' }>['patch'];
export type StepNode = Extract<FlowNode, { type: 'approve' | 'handle' }>;
export type TaskNode = Extract<FlowNode, { type: 'approve' | 'handle' | 'notify' }>;
export type ApproveMode = Extract<FlowNode, { type: 'approve' }>['mode'];
export type FieldPermission = NonNullable<RouteNodePatch['fieldPermissions']>[string];
export type NodeActionType = NonNullable<RouteNodePatch['allowedActions']>[number];
export type RouteDispatch = (cmd: RouteCommand) => void;

export type { RouteCommand };
