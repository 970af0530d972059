import type { ApproverExpression, Resolution } from '@signoff/org';
import type { Condition, ConditionContext, FormField } from '@signoff/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyAction,
  type FlowError,
  leaveRouteExample,
  simulateRoute,
  startInstance,
  validateFlow,
  type ApproveMode,
  type EngineEnv,
  type FlowAction,
  type FlowDefinition,
  type FlowEdge,
  type FlowEffect,
  type FlowEvent,
  type FlowNode,
  type FlowProblem,
  type InstanceState,
  type InstanceStatus,
  type Localized,
  type SimulatedStep,
  type TaskKind,
  type TaskStatus,
} from './index.js';

describe('public API types', () => {
  it('definitions', () => {
    expectTypeOf<ApproveMode>().toEqualTypeOf<'single' | 'all' | 'any' | 'sequential'>();
    expectTypeOf<FlowNode['type']>().toEqualTypeOf<'start' | 'approve' | 'notify' | 'handle' | 'branch' | 'end'>();
    expectTypeOf<Extract<FlowNode, { type: 'approve' }>['approvers']>().toEqualTypeOf<ApproverExpression>();
    expectTypeOf<Extract<FlowNode, { type: 'approve' }>['mode']>().toEqualTypeOf<ApproveMode>();
    expectTypeOf<FlowEdge['condition']>().toEqualTypeOf<Condition | undefined>();
    expectTypeOf<FlowDefinition>().toEqualTypeOf<{ key: string; nodes: FlowNode[]; edges: FlowEdge[] }>();
    expectTypeOf(leaveRouteExample).returns.toEqualTypeOf<FlowDefinition>();
    expectTypeOf<Localized>().toEqualTypeOf<{ zh: string; en: string }>();
  });

  it('validateFlow', () => {
    expectTypeOf(validateFlow).parameter(0).toEqualTypeOf<FlowDefinition>();
    expectTypeOf(validateFlow).parameter(1).toEqualTypeOf<{ fields?: readonly FormField[]; ranks?: readonly string[] } | undefined>();
    expectTypeOf(validateFlow).returns.toEqualTypeOf<FlowProblem[]>();
    expectTypeOf<FlowProblem['message']>().toEqualTypeOf<Localized>();
  });

  it('engine', () => {
    expectTypeOf<EngineEnv['resolve']>().toEqualTypeOf<(expression: ApproverExpression, previousApproverIds: string[]) => Resolution>();
    expectTypeOf<EngineEnv['conditions']>().toEqualTypeOf<ConditionContext>();
    expectTypeOf(startInstance).parameters.toEqualTypeOf<[FlowDefinition, EngineEnv, { applicantId: string }]>();
    expectTypeOf(startInstance).returns.toEqualTypeOf<{ state: InstanceState; effects: FlowEffect[] }>();
    expectTypeOf(applyAction).parameters.toEqualTypeOf<[FlowDefinition, InstanceState, FlowAction, EngineEnv]>();
    expectTypeOf(applyAction).returns.toEqualTypeOf<{ state: InstanceState; effects: FlowEffect[] }>();
    expectTypeOf<InstanceState['status']>().toEqualTypeOf<InstanceStatus>();
    expectTypeOf<InstanceStatus>().toEqualTypeOf<'running' | 'approved' | 'rejected' | 'withdrawn'>();
    expectTypeOf<TaskKind>().toEqualTypeOf<'approve' | 'notify' | 'handle'>();
    expectTypeOf<TaskStatus>().toEqualTypeOf<'pending' | 'waiting' | 'approved' | 'rejected' | 'done' | 'cancelled' | 'unread' | 'read'>();
    expectTypeOf<FlowEvent['reason']>().toEqualTypeOf<Localized | string | undefined>();
    expectTypeOf<Extract<FlowEffect, { type: 'task_created' }>>().toExtend<{ taskId: string; assigneeId: string; kind: TaskKind }>();
    expectTypeOf<Extract<FlowEffect, { type: 'instance_finished' }>>().toEqualTypeOf<{ type: 'instance_finished'; status: InstanceStatus }>();
    expectTypeOf<Extract<FlowAction, { type: 'reject' }>>().toEqualTypeOf<{ type: 'reject'; taskId: string; actorId: string; reason: string }>();
    // @ts-expect-error: a rejection needs a reason
    const noReason: FlowAction = { type: 'reject', taskId: 't', actorId: 'u' };
    void noReason;
  });

  it('simulateRoute', () => {
    expectTypeOf(simulateRoute).returns.toEqualTypeOf<SimulatedStep[]>();
    expectTypeOf<SimulatedStep['kind']>().toEqualTypeOf<TaskKind>();
    expectTypeOf<SimulatedStep['mode']>().toEqualTypeOf<ApproveMode | undefined>();
  });

  it('FlowError carries a code, a message key and text in both languages', () => {
    expectTypeOf<FlowError>().toExtend<Error>();
    expectTypeOf<FlowError['code']>().toEqualTypeOf<
      'task_not_found' | 'not_assignee' | 'task_closed' | 'reason_required' | 'instance_closed' | 'invalid_flow' | 'wrong_action'
    >();
    expectTypeOf<FlowError['messageKey']>().toEqualTypeOf<string>();
    expectTypeOf<FlowError['messages']>().toEqualTypeOf<Localized>();
    expectTypeOf<FlowError['localized']>().toEqualTypeOf<Localized>();
  });
});
