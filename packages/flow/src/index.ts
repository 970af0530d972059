export type { Localized } from '@signoff/schema';
export type {
  ApproveMode,
  ApproveNode,
  BranchNode,
  EndNode,
  FieldPermission,
  FlowDefinition,
  FlowEdge,
  FlowLayoutHints,
  FlowNode,
  FlowNodeType,
  HandleNode,
  JoinNode,
  NodeActionType,
  NotifyNode,
  ParallelNode,
  ReminderPolicy,
  StartNode,
  StepNode,
  StepOptions,
  TaskNode,
  TimeLimit,
} from './flow-definition.js';
export { APPROVE_MODES, FIELD_PERMISSIONS, NODE_ACTIONS, NODE_TYPES } from './flow-definition.js';
export type { FlowProblem } from './flow-problem.js';
export { validateFlow, type ValidateFlowOptions } from './validate-flow.js';
export { checkApproverExpression, type ApproverProblem } from './check-approver-expression.js';
export type { EngineEnv } from './engine-env.js';
export type {
  Attachment,
  FlowEvent,
  FlowEventType,
  InstanceState,
  InstanceStatus,
  OverdueCard,
  TaskKind,
  TaskState,
  TaskStatus,
} from './instance-state.js';
export type { ActorRoles, FlowAction, FlowActionType, TimerKind } from './flow-action.js';
export type { FlowEffect, FlowEffectType, NotifyTemplate } from './flow-effect.js';
export { FlowError, type FlowErrorCode } from './flow-error.js';
export { startInstance } from './start-instance.js';
export { applyAction } from './apply-action.js';
export { simulateRoute, type SimulatedStep } from './simulate-route.js';
export { simulatedPath, type SimulatedPath } from './simulated-path.js';
export {
  availableActions,
  openTaskOf,
  type ActorContext,
  type AvailableAction,
} from './available-actions.js';
export { routeProgress, type RouteStep, type RouteStepStatus } from './route-progress.js';
export { returnTargets, type ReturnTarget } from './return-targets.js';
export { leaveRouteExample } from './leave-route-example.js';
export { DEFAULT_REMINDER, fieldAccess, skipRulesOf } from './node-options.js';
export { addHours, addWorkingDays, isWorkingDay, type WorkCalendar } from './work-calendar.js';
export { checkSerialPattern, formatSerialNumber, serialPeriod, type SerialPattern } from './serial-number.js';
export { effectNotices, type Notice, type NoticeContext } from './effect-notices.js';
export {
  noticeDeliveries,
  type NoticeDelivery,
  type NoticeEmail,
  type NoticeRow,
} from './notice-deliveries.js';
