import type { ResolveOptions } from '@signoff/org';
import type {
  FieldPermission,
  FlowDefinition,
  FlowNode,
  NodeActionType,
  ReminderPolicy,
  StepNode,
  TimeLimit,
} from './flow-definition.js';

/** Seed 002: "审批人需24小时内处理，逾期未处理将系统提醒". */
export const DEFAULT_REMINDER: ReminderPolicy = { afterHours: 24 };

export const isStepNode = (node: FlowNode | undefined): node is StepNode =>
  node?.type === 'approve' || node?.type === 'handle';

/** The node's time limit, reading the first version's `timeLimitHours` too; undefined when it has none. */
export function timeLimitOf(node: FlowNode | undefined): TimeLimit | undefined {
  if (!isStepNode(node)) return undefined;
  if (node.timeLimit && (node.timeLimit.hours !== undefined || node.timeLimit.workingDays !== undefined))
    return node.timeLimit;
  return node.timeLimitHours !== undefined ? { hours: node.timeLimitHours } : undefined;
}

/**
 * The step's skip rules for the resolver. Both default to on (nobody approves their own request;
 * one person, one signature in a row); only a rule the step turns off is passed on, so a route
 * without them resolves exactly as before.
 */
export function skipRulesOf(node: FlowNode | undefined): ResolveOptions | undefined {
  if (!isStepNode(node) || (node.skipApplicant !== false && node.skipPrevious !== false)) return undefined;
  return {
    ...(node.skipApplicant === false ? { skipApplicant: false } : {}),
    ...(node.skipPrevious === false ? { skipPrevious: false } : {}),
  };
}

export function reminderOf(node: FlowNode | undefined): ReminderPolicy {
  return (isStepNode(node) ? node.reminder : undefined) ?? DEFAULT_REMINDER;
}

/** Whether the node's settings let its assignees take this action (all of them, unless `allowedActions` narrows it). */
export function nodeAllows(node: FlowNode | undefined, action: NodeActionType): boolean {
  if (!isStepNode(node) || node.allowedActions === undefined) return true;
  return node.allowedActions.includes(action);
}

/**
 * What the assignee of a task at `nodeId` may do with a form field: `read` unless the node says
 * otherwise. The applicant's own form is not governed by this; the API applies it to approvers.
 */
export function fieldAccess(def: FlowDefinition, nodeId: string, fieldKey: string): FieldPermission {
  const node = def.nodes.find((n) => n.id === nodeId);
  const permissions =
    node && (node.type === 'approve' || node.type === 'handle' || node.type === 'notify')
      ? node.fieldPermissions
      : undefined;
  return permissions?.[fieldKey] ?? 'read';
}
