export type { Localized } from '@signoff/schema';
export type { ApproveMode, FlowDefinition, FlowEdge, FlowNode, FlowNodeType, TaskNode } from './flow-definition.js';
export { APPROVE_MODES, NODE_TYPES } from './flow-definition.js';
export type { FlowProblem } from './flow-problem.js';
export { validateFlow, type ValidateFlowOptions } from './validate-flow.js';
export { checkApproverExpression, type ApproverProblem } from './check-approver-expression.js';
export type { EngineEnv } from './engine-env.js';
export type {
  FlowEvent,
  FlowEventType,
  InstanceState,
  InstanceStatus,
  TaskKind,
  TaskState,
  TaskStatus,
} from './instance-state.js';
export type { FlowAction } from './flow-action.js';
export type { FlowEffect } from './flow-effect.js';
export { FlowError, type FlowErrorCode } from './flow-error.js';
export { startInstance } from './start-instance.js';
export { applyAction } from './apply-action.js';
export { simulateRoute, type SimulatedStep } from './simulate-route.js';
export { leaveRouteExample } from './leave-route-example.js';
