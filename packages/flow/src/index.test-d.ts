import type { SignoffError } from '@signoff/schema';
import type { ApproverExpression, Resolution, ResolveOptions } from '@signoff/org';
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
  type FlowLayoutHints,
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
  type ActorRoles,
  type NodeActionType,
  type NotifyTemplate,
  type ParallelNode,
  type SerialPattern,
  type StepOptions,
  type TaskState,
  type TimeLimit,
  type WorkCalendar,
  addWorkingDays,
  formatSerialNumber,
  serialPeriod,
} from './index.js';
import { effectNotices, noticeDeliveries, type Notice, type NoticeDelivery } from './index.js';

describe('public API types', () => {
  it('definitions', () => {
    expectTypeOf<ApproveMode>().toEqualTypeOf<'single' | 'all' | 'any' | 'sequential'>();
    expectTypeOf<FlowNode['type']>().toEqualTypeOf<
      'start' | 'approve' | 'notify' | 'handle' | 'branch' | 'parallel' | 'join' | 'end'
    >();
    expectTypeOf<Extract<FlowNode, { type: 'approve' }>['timeLimit']>().toEqualTypeOf<
      TimeLimit | undefined
    >();
    expectTypeOf<TimeLimit>().toEqualTypeOf<{ hours?: number; workingDays?: number }>();
    expectTypeOf<Extract<FlowNode, { type: 'handle' }>['reminder']>().toEqualTypeOf<
      { afterHours: number; repeatHours?: number } | undefined
    >();
    expectTypeOf<StepOptions['allowedActions']>().toEqualTypeOf<NodeActionType[] | undefined>();
    expectTypeOf<StepOptions['fieldPermissions']>().toEqualTypeOf<
      Record<string, 'read' | 'edit' | 'hidden'> | undefined
    >();
    expectTypeOf<Extract<FlowNode, { type: 'parallel' }>>().toEqualTypeOf<ParallelNode>();
    expectTypeOf<Extract<FlowNode, { type: 'approve' }>['approvers']>().toEqualTypeOf<ApproverExpression>();
    expectTypeOf<Extract<FlowNode, { type: 'approve' }>['mode']>().toEqualTypeOf<ApproveMode>();
    expectTypeOf<FlowEdge['condition']>().toEqualTypeOf<Condition | undefined>();
    expectTypeOf<FlowDefinition>().toEqualTypeOf<{
      key: string;
      nodes: FlowNode[];
      edges: FlowEdge[];
      layout?: FlowLayoutHints;
    }>();
    expectTypeOf<FlowLayoutHints>().toEqualTypeOf<{ offsets?: Record<string, { x: number; y: number }> }>();
    expectTypeOf(leaveRouteExample).returns.toEqualTypeOf<FlowDefinition>();
    expectTypeOf<Localized>().toEqualTypeOf<{ zh: string; en: string }>();
  });

  it('validateFlow', () => {
    expectTypeOf(validateFlow).parameter(0).toEqualTypeOf<FlowDefinition>();
    expectTypeOf(validateFlow)
      .parameter(1)
      .toEqualTypeOf<{ fields?: readonly FormField[]; ranks?: readonly string[] } | undefined>();
    expectTypeOf(validateFlow).returns.toEqualTypeOf<FlowProblem[]>();
    expectTypeOf<FlowProblem['message']>().toEqualTypeOf<Localized>();
  });

  it('engine', () => {
    expectTypeOf<EngineEnv['resolve']>().toEqualTypeOf<
      (expression: ApproverExpression, previousApproverIds: string[], options?: ResolveOptions) => Resolution
    >();
    expectTypeOf<EngineEnv['conditions']>().toEqualTypeOf<ConditionContext>();
    expectTypeOf(startInstance).parameters.toEqualTypeOf<
      [FlowDefinition, EngineEnv, { applicantId: string }]
    >();
    expectTypeOf(startInstance).returns.toEqualTypeOf<{ state: InstanceState; effects: FlowEffect[] }>();
    expectTypeOf(applyAction).parameters.toEqualTypeOf<
      [FlowDefinition, InstanceState, FlowAction, EngineEnv]
    >();
    expectTypeOf(applyAction).returns.toEqualTypeOf<{ state: InstanceState; effects: FlowEffect[] }>();
    expectTypeOf<InstanceState['status']>().toEqualTypeOf<InstanceStatus>();
    expectTypeOf<InstanceStatus>().toEqualTypeOf<
      'running' | 'approved' | 'rejected' | 'withdrawn' | 'cancelled'
    >();
    expectTypeOf<TaskKind>().toEqualTypeOf<'approve' | 'notify' | 'handle'>();
    expectTypeOf<TaskStatus>().toEqualTypeOf<
      | 'pending'
      | 'waiting'
      | 'approved'
      | 'rejected'
      | 'done'
      | 'acknowledged'
      | 'returned'
      | 'transferred'
      | 'cancelled'
      | 'unread'
      | 'read'
    >();
    // the first version's fields stay; everything added is optional, so stored states still load
    expectTypeOf<{
      status: InstanceStatus;
      tasks: TaskState[];
      events: FlowEvent[];
      activeNodeId: string | null;
      lastApproverIds: string[];
    }>().toExtend<InstanceState>();
    expectTypeOf<InstanceState['activeNodeIds']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<InstanceState['version']>().toEqualTypeOf<undefined>();
    expectTypeOf<{
      id: string;
      nodeId: string;
      kind: TaskKind;
      assigneeId: string;
      status: TaskStatus;
      createdAt: string;
    }>().toExtend<TaskState>();
    expectTypeOf<TaskState['card']>().toEqualTypeOf<'yellow' | 'red' | undefined>();
    expectTypeOf<EngineEnv['calendar']>().toEqualTypeOf<WorkCalendar | undefined>();
    expectTypeOf<FlowEvent['reason']>().toEqualTypeOf<Localized | string | undefined>();
    expectTypeOf<Extract<FlowEffect, { type: 'task_created' }>>().toExtend<{
      taskId: string;
      assigneeId: string;
      kind: TaskKind;
    }>();
    expectTypeOf<Extract<FlowEffect, { type: 'instance_finished' }>>().toEqualTypeOf<{
      type: 'instance_finished';
      status: InstanceStatus;
    }>();
    expectTypeOf<Extract<FlowAction, { type: 'reject' }>>().toEqualTypeOf<{
      type: 'reject';
      taskId: string;
      reason: string;
      signature?: string;
      actorId: string;
      actorRoles?: ActorRoles;
    }>();
    // the API builds these four as the first version did
    expectTypeOf({
      type: 'approve' as const,
      taskId: 't',
      actorId: 'u',
      comment: 'ok',
    }).toExtend<FlowAction>();
    expectTypeOf({ type: 'done' as const, taskId: 't', actorId: 'u' }).toExtend<FlowAction>();
    expectTypeOf({ type: 'read' as const, taskId: 't', actorId: 'u' }).toExtend<FlowAction>();
    expectTypeOf<Extract<FlowAction, { type: 'return' }>['toNodeId']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<FlowAction, { type: 'addSigner' }>['position']>().toEqualTypeOf<
      'before' | 'after'
    >();
    expectTypeOf<Extract<FlowAction, { type: 'extend' }>['workingDays']>().toEqualTypeOf<1 | 2>();
    expectTypeOf<Extract<FlowAction, { type: 'timer_fired' }>>().toEqualTypeOf<{
      type: 'timer_fired';
      taskId: string;
      kind: 'reminder' | 'due';
      actorId: 'system';
    }>();
    expectTypeOf<ActorRoles>().toEqualTypeOf<{ admin?: boolean; supervisor?: boolean }>();
    expectTypeOf<Extract<FlowEffect, { type: 'timer_set' }>>().toEqualTypeOf<{
      type: 'timer_set';
      taskId: string;
      kind: 'reminder' | 'due';
      at: string;
    }>();
    expectTypeOf<Extract<FlowEffect, { type: 'notify' }>['template']>().toEqualTypeOf<NotifyTemplate>();
    // @ts-expect-error: a return needs a target
    const noTarget: FlowAction = { type: 'return', taskId: 't', actorId: 'u', reason: 'r' };
    void noTarget;
    // @ts-expect-error: a rejection needs a reason
    const noReason: FlowAction = { type: 'reject', taskId: 't', actorId: 'u' };
    void noReason;
  });

  it('serial numbers and calendars', () => {
    expectTypeOf(formatSerialNumber).parameters.toEqualTypeOf<
      [SerialPattern, { now: string; seq: number; utcOffsetMinutes?: number }]
    >();
    expectTypeOf(formatSerialNumber).returns.toEqualTypeOf<string>();
    expectTypeOf(serialPeriod).returns.toEqualTypeOf<string>();
    expectTypeOf<SerialPattern['reset']>().toEqualTypeOf<'never' | 'yearly' | 'monthly' | 'daily'>();
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<[string, number, (WorkCalendar | undefined)?]>();
  });

  it('simulateRoute', () => {
    expectTypeOf(simulateRoute).returns.toEqualTypeOf<SimulatedStep[]>();
    expectTypeOf<SimulatedStep['kind']>().toEqualTypeOf<TaskKind>();
    expectTypeOf<SimulatedStep['mode']>().toEqualTypeOf<ApproveMode | undefined>();
  });

  it('FlowError carries a code, a message key and text in both languages', () => {
    expectTypeOf<FlowError>().toExtend<Error>();
    expectTypeOf<
      | 'task_not_found'
      | 'not_assignee'
      | 'task_closed'
      | 'reason_required'
      | 'instance_closed'
      | 'invalid_flow'
      | 'wrong_action'
    >().toExtend<FlowError['code']>();
    expectTypeOf<
      'too_soon' | 'not_applicant' | 'already_acted' | 'invalid_target' | 'acknowledge_not_allowed'
    >().toExtend<FlowError['code']>();
    expectTypeOf<FlowError['messageKey']>().toEqualTypeOf<string>();
    expectTypeOf<FlowError['localized']>().toEqualTypeOf<Localized>();
    expectTypeOf<FlowError>().toExtend<SignoffError<FlowError['code'], FlowProblem>>();
    expectTypeOf<FlowError['details']>().toEqualTypeOf<readonly FlowProblem[]>();
  });
});

describe('notice composition', () => {
  it('turns effects into notices and notices into rows and e-mails', () => {
    expectTypeOf(effectNotices).returns.toEqualTypeOf<Notice[]>();
    expectTypeOf(noticeDeliveries).returns.toEqualTypeOf<NoticeDelivery[]>();
    expectTypeOf<Notice['title']>().toEqualTypeOf<Localized>();
    expectTypeOf<NoticeDelivery['rows'][number]['data']>().toEqualTypeOf<{
      title: Localized;
      body: Localized;
    }>();
  });
});
