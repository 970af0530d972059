import type { ApproverExpression, Resolution, ResolveOptions, SkippedUser } from '@signoff/org';
import type { FormField } from '@signoff/schema';
import type { EngineEnv } from './engine-env.js';
import type { ApproveMode, FlowDefinition, FlowNode } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';

/** The walking skeleton's leave form fields, as the demo seeds them. */
export const leaveFields = (): FormField[] => [
  { key: 'days', type: 'number', label: { zh: '请假天数', en: 'Leave days' }, min: 0.5 },
  {
    key: 'type',
    type: 'select',
    label: { zh: '假期类型', en: 'Leave type' },
    options: [
      { value: '事假', label: { zh: '事假', en: 'Personal' } },
      { value: '病假', label: { zh: '病假', en: 'Sick' } },
    ],
  },
  { key: 'reason', type: 'textarea', label: { zh: '请假事由', en: 'Reason' } },
];

/**
 * Who an expression resolves to in tests: keyed by `kind`, or by `kind:name` for the named
 * kinds, so that one map describes a small org.
 */
export type Directory = Record<string, string[]>;

const keyOf = (e: ApproverExpression): string[] => {
  switch (e.kind) {
    case 'position':
    case 'departmentHead':
    case 'role':
      return [`${e.kind}:${e.name}`, e.kind];
    case 'user':
      return [`user:${e.id}`];
    default:
      return [e.kind];
  }
};

/**
 * A resolver that behaves like the org package's on the points the engine relies on: it skips
 * the applicant and the previous step's approvers and says so, and it unions.
 */
export function fakeResolve(directory: Directory, applicantId: string) {
  const candidates = (e: ApproverExpression): string[] =>
    e.kind === 'union'
      ? e.of.flatMap(candidates)
      : (keyOf(e)
          .map((k) => directory[k])
          .find((v) => v !== undefined) ?? []);
  return (expression: ApproverExpression, previous: string[], options?: ResolveOptions): Resolution => {
    const all = [...new Set(candidates(expression))];
    const skipApplicant = options?.skipApplicant ?? true;
    const skipPrevious = options?.skipPrevious ?? true;
    const skipped = all.flatMap((userId): SkippedUser[] =>
      skipApplicant && userId === applicantId
        ? [{ userId, why: 'applicant' }]
        : skipPrevious && previous.includes(userId)
          ? [{ userId, why: 'previous' }]
          : [],
    );
    return {
      userIds: all.filter((u) => !skipped.some((s) => s.userId === u)),
      positions: [expression.kind],
      reason: { zh: `按${expression.kind}找到`, en: `found as ${expression.kind}` },
      fallback: false,
      skipped,
      delegated: [],
    };
  };
}

export function fakeEnv(args: {
  directory: Directory;
  applicantId?: string;
  form?: Record<string, unknown>;
  now?: string;
  /** ids continue from here, so that envs of later actions do not reuse earlier ids */
  idPrefix?: string;
}): EngineEnv {
  let n = 0;
  const prefix = args.idPrefix ?? 'id';
  return {
    now: args.now ?? '2026-11-02T09:00:00.000Z',
    newId: () => `${prefix}-${++n}`,
    resolve: fakeResolve(args.directory, args.applicantId ?? 'alice'),
    conditions: { form: args.form ?? {} },
  };
}

export const leaveDirectory = (): Directory => ({
  deptHead: ['head'],
  supervisingLeader: ['leader'],
  'departmentHead:综合管理部': ['admin-head'],
});

/** Freezes a value all the way down, so any write to it throws in strict-mode code. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

type StepNode = Extract<FlowNode, { type: 'approve' | 'notify' | 'handle' }>;

/** start → the given steps in order → end: the shape of most small routes. */
export function chain(...steps: StepNode[]): FlowDefinition {
  const nodes: FlowNode[] = [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } },
    ...steps,
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ];
  return {
    key: 'chain',
    nodes,
    edges: nodes.slice(1).map((n, i) => ({ id: `e${i}`, from: nodes[i]?.id ?? '', to: n.id })),
  };
}

export const approveStep = (id: string, mode: ApproveMode, approvers: ApproverExpression): StepNode => ({
  id,
  type: 'approve',
  name: { zh: `审批${id}`, en: `Approve ${id}` },
  approvers,
  mode,
});

/** What `run` throws; fails the test when it does not throw. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

/**
 * The effects of the engine's first version (tasks and the finish). Later versions added timer
 * and outbox effects; tests that pin the first version's effects exactly look at these only.
 */
export const legacyEffects = (effects: readonly FlowEffect[]): FlowEffect[] =>
  effects.filter(
    (e) =>
      e.type === 'task_created' ||
      e.type === 'task_activated' ||
      e.type === 'task_cancelled' ||
      e.type === 'instance_finished',
  );
