import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import type { EngineEnv } from './engine-env.js';
import type { FlowAction } from './flow-action.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowEffect } from './flow-effect.js';
import type { FlowErrorCode } from './flow-error.js';
import type { InstanceState, TaskState } from './instance-state.js';
import { leaveRouteExample } from './leave-route-example.js';
import { startInstance } from './start-instance.js';
import {
  approveStep,
  chain,
  deepFreeze,
  fakeEnv,
  leaveDirectory,
  legacyEffects,
  thrown,
  type Directory,
} from './test-fixtures.js';

/** One request driven action by action, each action with its own clock tick and id prefix, as the server does. */
function request(
  def: FlowDefinition,
  directory: Directory,
  form: Record<string, unknown> = {},
  applicantId = 'alice',
) {
  let tick = 0;
  const env = (): EngineEnv =>
    fakeEnv({ directory, form, applicantId, idPrefix: `t${tick}`, now: `2026-11-02T09:0${tick++}:00.000Z` });
  let { state, effects } = startInstance(def, env(), { applicantId });
  const taskOf = (assigneeId: string, status: TaskState['status'] = 'pending'): TaskState => {
    const t = state.tasks.find((x) => x.assigneeId === assigneeId && x.status === status);
    if (!t) throw new Error(`${assigneeId} has no ${status} task in ${JSON.stringify(state.tasks)}`);
    return t;
  };
  return {
    get state() {
      return state;
    },
    get effects() {
      return effects;
    },
    taskOf,
    act(action: FlowAction): FlowEffect[] {
      ({ state, effects } = applyAction(def, state, action, env()));
      return effects;
    },
    approve(actorId: string, comment?: string) {
      return this.act({
        type: 'approve',
        taskId: taskOf(actorId).id,
        actorId,
        ...(comment ? { comment } : {}),
      });
    },
    /** the error code the action is refused with, checking that the state did not move */
    refusal(action: FlowAction): FlowErrorCode {
      const before = deepFreeze(structuredClone(state));
      const e = thrown(() => applyAction(def, before, action, env())) as {
        code: FlowErrorCode;
        name: string;
      };
      expect(e.name).toBe('FlowError');
      expect(state).toStrictEqual(before);
      return e.code;
    },
  };
}

const leave = (days: number, directory = leaveDirectory(), applicantId = 'alice') =>
  request(leaveRouteExample(), directory, { days }, applicantId);

const board = (mode: 'all' | 'any' | 'sequential') =>
  request(chain(approveStep('a', mode, { kind: 'role', name: 'board' })), {
    'role:board': ['b1', 'b2', 'b3'],
  });

describe('applyAction on the leave route', () => {
  it('1 day: the head approves, administration is copied, the request is approved', () => {
    const r = leave(1);
    const effects = r.approve('head', '同意');
    expect(r.state.status).toBe('approved');
    expect(r.state.events.map((e) => e.type)).toEqual([
      'submitted',
      'step_started',
      'approved',
      'notified',
      'finished',
    ]);
    expect(r.state.events[2]).toMatchObject({
      type: 'approved',
      nodeId: 'dept-head',
      actorId: 'head',
      comment: '同意',
      at: '2026-11-02T09:01:00.000Z',
    });
    expect(r.state.events[3]).toMatchObject({ nodeId: 'filing', userIds: ['admin-head'] });
    expect(r.state.tasks.map((t) => [t.nodeId, t.assigneeId, t.status])).toEqual([
      ['dept-head', 'head', 'approved'],
      ['filing', 'admin-head', 'unread'],
    ]);
    expect(r.state.tasks[0]).toMatchObject({ completedAt: '2026-11-02T09:01:00.000Z', comment: '同意' });
    expect(legacyEffects(effects).map((e) => e.type)).toEqual(['task_created', 'instance_finished']);
    expect(legacyEffects(effects)[0]).toMatchObject({
      assigneeId: 'admin-head',
      kind: 'notify',
      status: 'unread',
    });
    expect(r.state.activeNodeId).toBeNull();
  });

  it('5 days: the head, then the supervising leader', () => {
    const r = leave(5);
    r.approve('head');
    expect(r.state.status).toBe('running');
    expect(r.state.activeNodeId).toBe('leader');
    expect(r.state.lastApproverIds).toEqual(['head']);
    expect(legacyEffects(r.effects)).toEqual([
      expect.objectContaining({
        type: 'task_created',
        assigneeId: 'leader',
        kind: 'approve',
        status: 'pending',
      }),
    ]);
    r.approve('leader');
    expect(r.state.status).toBe('approved');
    expect(r.state.events.map((e) => e.type)).toEqual([
      'submitted',
      'step_started',
      'approved',
      'step_started',
      'approved',
      'notified',
      'finished',
    ]);
  });

  it('asks the leader who already approved as the head again when the step turns that skip rule off', () => {
    const def = leaveRouteExample();
    def.nodes = def.nodes.map((n) =>
      n.id === 'leader' && n.type === 'approve' ? { ...n, skipPrevious: false } : n,
    );
    const r = request(def, { ...leaveDirectory(), supervisingLeader: ['head'] }, { days: 5 });
    r.approve('head');
    expect(r.state.events.map((e) => e.type)).toEqual([
      'submitted',
      'step_started',
      'approved',
      'step_started',
    ]);
    expect(r.state.events[3]).toMatchObject({ nodeId: 'leader', userIds: ['head'] });
    r.approve('head');
    expect(r.state.status).toBe('approved');
  });

  it('skips a leader who already approved as the head', () => {
    const r = leave(5, { ...leaveDirectory(), supervisingLeader: ['head'] });
    r.approve('head');
    expect(r.state.events.map((e) => e.type)).toEqual([
      'submitted',
      'step_started',
      'approved',
      'step_skipped',
      'notified',
      'finished',
    ]);
    expect(r.state.events[3]).toMatchObject({
      nodeId: 'leader',
      userIds: ['head'],
      reason: { en: 'The approver signed the previous step; skipped' },
    });
  });

  it('reject: needs a reason, records it and closes the request', () => {
    const r = leave(5);
    expect(r.refusal({ type: 'reject', taskId: r.taskOf('head').id, actorId: 'head', reason: '  ' })).toBe(
      'reason_required',
    );
    const effects = r.act({
      type: 'reject',
      taskId: r.taskOf('head').id,
      actorId: 'head',
      reason: '人手不足',
    });
    expect(r.state.status).toBe('rejected');
    expect(r.state.tasks[0]).toMatchObject({ status: 'rejected', comment: '人手不足' });
    expect(r.state.events.slice(-2)).toEqual([
      expect.objectContaining({
        type: 'rejected',
        nodeId: 'dept-head',
        actorId: 'head',
        comment: '人手不足',
      }),
      expect.objectContaining({ type: 'finished' }),
    ]);
    expect(legacyEffects(effects)).toEqual([{ type: 'instance_finished', status: 'rejected' }]);
  });

  it('refuses unknown tasks, other people and closed requests', () => {
    const r = leave(1);
    const task = r.taskOf('head');
    expect(r.refusal({ type: 'approve', taskId: 'nope', actorId: 'head' })).toBe('task_not_found');
    expect(r.refusal({ type: 'approve', taskId: task.id, actorId: 'mallory' })).toBe('not_assignee');
    expect(r.refusal({ type: 'done', taskId: task.id, actorId: 'head' })).toBe('wrong_action');
    expect(r.refusal({ type: 'read', taskId: task.id, actorId: 'head' })).toBe('wrong_action');
    r.approve('head');
    expect(r.refusal({ type: 'approve', taskId: task.id, actorId: 'head' })).toBe('instance_closed');
    expect(r.refusal({ type: 'reject', taskId: task.id, actorId: 'head', reason: 'late' })).toBe(
      'instance_closed',
    );
  });

  it('lets a CC be read after the request finished, once, by its assignee', () => {
    const r = leave(1);
    r.approve('head');
    const cc = r.taskOf('admin-head', 'unread');
    expect(r.refusal({ type: 'read', taskId: cc.id, actorId: 'head' })).toBe('not_assignee');
    expect(r.refusal({ type: 'approve', taskId: cc.id, actorId: 'admin-head' })).toBe('instance_closed');
    r.act({ type: 'read', taskId: cc.id, actorId: 'admin-head' });
    expect(r.state.status).toBe('approved');
    const read = r.state.events.at(-1);
    expect(read).toMatchObject({ type: 'read', nodeId: 'filing', actorId: 'admin-head' });
    expect(r.state.tasks.find((t) => t.id === cc.id)).toMatchObject({
      status: 'read',
      completedAt: read?.at,
    });
    expect(r.refusal({ type: 'read', taskId: cc.id, actorId: 'admin-head' })).toBe('task_closed');
  });
});

describe('applyAction by approval mode', () => {
  it('all (会签): the step completes only when everyone approved', () => {
    const r = board('all');
    r.approve('b2');
    expect(r.state.status).toBe('running');
    expect(r.refusal({ type: 'approve', taskId: r.taskOf('b2', 'approved').id, actorId: 'b2' })).toBe(
      'task_closed',
    );
    r.approve('b1');
    expect(r.state.status).toBe('running');
    r.approve('b3');
    expect(r.state.status).toBe('approved');
    expect(r.state.lastApproverIds).toEqual(['b1', 'b2', 'b3']);
  });

  it('all (会签): one rejection cancels the other signers', () => {
    const r = board('all');
    r.approve('b1');
    const effects = r.act({ type: 'reject', taskId: r.taskOf('b2').id, actorId: 'b2', reason: 'no' });
    expect(r.state.tasks.map((t) => t.status)).toEqual(['approved', 'rejected', 'cancelled']);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'task_cancelled', assigneeId: 'b3' }));
  });

  it('any (或签): the first approval completes the step and cancels the others', () => {
    const r = board('any');
    const effects = r.approve('b2');
    expect(r.state.status).toBe('approved');
    expect(r.state.tasks.map((t) => [t.assigneeId, t.status])).toEqual([
      ['b1', 'cancelled'],
      ['b2', 'approved'],
      ['b3', 'cancelled'],
    ]);
    expect(
      effects.filter((e) => e.type === 'task_cancelled').map((e) => 'assigneeId' in e && e.assigneeId),
    ).toEqual(['b1', 'b3']);
    expect(r.state.lastApproverIds).toEqual(['b2']);
  });

  it('sequential (依次): one signer after another, in order', () => {
    const r = board('sequential');
    expect(r.refusal({ type: 'approve', taskId: r.taskOf('b2', 'waiting').id, actorId: 'b2' })).toBe(
      'task_closed',
    );
    const effects = r.approve('b1');
    expect(legacyEffects(effects)).toEqual([
      expect.objectContaining({ type: 'task_activated', assigneeId: 'b2', kind: 'approve' }),
    ]);
    expect(r.state.tasks.map((t) => t.status)).toEqual(['approved', 'pending', 'waiting']);
    r.approve('b2');
    expect(r.state.tasks.map((t) => t.status)).toEqual(['approved', 'approved', 'pending']);
    r.approve('b3');
    expect(r.state.status).toBe('approved');
  });

  it('handle (办理): completed with done, not approve', () => {
    const def = chain({
      id: 'seal',
      type: 'handle',
      name: { zh: '盖章', en: 'Seal' },
      approvers: { kind: 'role', name: 'keeper' },
    });
    const r = request(def, { 'role:keeper': ['k1', 'k2'] });
    expect(r.state.tasks.map((t) => [t.kind, t.status])).toEqual([
      ['handle', 'pending'],
      ['handle', 'pending'],
    ]);
    expect(r.refusal({ type: 'approve', taskId: r.taskOf('k1').id, actorId: 'k1' })).toBe('wrong_action');
    r.act({ type: 'done', taskId: r.taskOf('k2').id, actorId: 'k2', comment: '已盖章' });
    expect(r.state.status).toBe('approved');
    expect(r.state.events.map((e) => e.type)).toEqual(['submitted', 'step_started', 'done', 'finished']);
    expect(r.state.tasks.map((t) => t.status)).toEqual(['cancelled', 'done']);
  });

  it('passes over a step where everyone is skipped, and on to the next', () => {
    const def = chain(
      approveStep('a', 'single', { kind: 'role', name: 'x' }),
      approveStep('b', 'all', { kind: 'role', name: 'y' }),
      approveStep('c', 'single', { kind: 'role', name: 'z' }),
    );
    const r = request(def, { 'role:x': ['u1'], 'role:y': ['u1', 'alice'], 'role:z': ['u3'] });
    r.approve('u1');
    expect(r.state.events.map((e) => e.type)).toEqual([
      'submitted',
      'step_started',
      'approved',
      'step_skipped',
      'step_started',
    ]);
    expect(r.state.events[3]).toMatchObject({ nodeId: 'b', userIds: ['u1', 'alice'] });
    expect(r.state.activeNodeId).toBe('c');
    // the skipped step signed nothing, so the last approvers are still those of step a
    expect(r.state.lastApproverIds).toEqual(['u1']);
  });
});

describe('applyAction purity', () => {
  it('never mutates its input and is deterministic', () => {
    const def = deepFreeze(leaveRouteExample());
    const env = () => fakeEnv({ directory: leaveDirectory(), form: { days: 5 }, idPrefix: 'x' });
    const start = deepFreeze(startInstance(def, env(), { applicantId: 'alice' }).state);
    const snapshot = structuredClone(start);
    const taskId = start.tasks[0]?.id ?? '';
    const action = deepFreeze({ type: 'approve', taskId, actorId: 'head' } as const);
    const a = applyAction(def, start, action, env());
    const b = applyAction(def, start, action, env());
    expect(a).toStrictEqual(b);
    expect(start).toStrictEqual(snapshot);
    // the result shares nothing with the input, so callers may change it freely
    const next: InstanceState = a.state;
    expect(next.tasks[0]).not.toBe(start.tasks[0]);
    expect(next.events).not.toBe(start.events);
  });

  it('throws invalid_flow rather than looping when handed a cyclic route', () => {
    const def = chain(
      approveStep('a', 'single', { kind: 'role', name: 'x' }),
      approveStep('b', 'single', { kind: 'role', name: 'nobody' }),
    );
    const r = request(def, { 'role:x': ['u1'] });
    const cyclic: FlowDefinition = {
      ...def,
      edges: def.edges.map((e) => (e.from === 'b' ? { ...e, to: 'a' } : e)),
    };
    const e = thrown(() =>
      applyAction(
        cyclic,
        r.state,
        { type: 'approve', taskId: r.taskOf('u1').id, actorId: 'u1' },
        fakeEnv({ directory: {} }),
      ),
    );
    expect(e).toMatchObject({ name: 'FlowError', code: 'invalid_flow' });
  });
});
