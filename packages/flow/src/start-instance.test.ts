import { describe, expect, it } from 'vitest';
import { FlowError } from './flow-error.js';
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
} from './test-fixtures.js';

const leaveEnv = (days: number, applicantId = 'alice') =>
  fakeEnv({ directory: leaveDirectory(), form: { days }, applicantId });

describe('startInstance', () => {
  it('records the submission and waits for the department head', () => {
    const { state, effects } = startInstance(leaveRouteExample(), leaveEnv(1), { applicantId: 'alice' });
    expect(state.status).toBe('running');
    expect(state.activeNodeId).toBe('dept-head');
    expect(state.events).toEqual([
      { id: 'id-1', at: '2026-11-02T09:00:00.000Z', type: 'submitted', nodeId: 'start', actorId: 'alice' },
      {
        id: 'id-2',
        at: '2026-11-02T09:00:00.000Z',
        type: 'step_started',
        nodeId: 'dept-head',
        userIds: ['head'],
        reason: { zh: '按deptHead找到', en: 'found as deptHead' },
        fallback: false,
      },
    ]);
    expect(state.tasks).toEqual([
      {
        id: 'id-3',
        nodeId: 'dept-head',
        kind: 'approve',
        assigneeId: 'head',
        status: 'pending',
        createdAt: '2026-11-02T09:00:00.000Z',
        stepId: 'id-2',
        remindAt: '2026-11-03T09:00:00.000Z',
      },
    ]);
    expect(legacyEffects(effects)).toEqual([
      {
        type: 'task_created',
        taskId: 'id-3',
        nodeId: 'dept-head',
        assigneeId: 'head',
        kind: 'approve',
        status: 'pending',
      },
    ]);
    expect(effects.slice(1)).toEqual([
      { type: 'timer_set', taskId: 'id-3', kind: 'reminder', at: '2026-11-03T09:00:00.000Z' },
      { type: 'notify', userIds: ['head'], template: 'task', taskId: 'id-3', nodeId: 'dept-head' },
    ]);
  });

  it('passes over a step whose only approver is the applicant, and may finish at once', () => {
    const { state, effects } = startInstance(leaveRouteExample(), leaveEnv(1, 'head'), {
      applicantId: 'head',
    });
    expect(state.events.map((e) => e.type)).toEqual(['submitted', 'step_skipped', 'notified', 'finished']);
    expect(state.events[1]).toMatchObject({
      nodeId: 'dept-head',
      userIds: ['head'],
      reason: { zh: '审批人即申请人，自动跳过', en: 'The approver is the applicant; skipped' },
    });
    expect(state.status).toBe('approved');
    expect(state.activeNodeId).toBeNull();
    expect(state.tasks.map((t) => [t.assigneeId, t.kind, t.status])).toEqual([
      ['admin-head', 'notify', 'unread'],
    ]);
    expect(effects.at(-1)).toEqual({ type: 'instance_finished', status: 'approved' });
    expect(state.events.at(-1)).not.toHaveProperty('nodeId');
  });

  it('gives a single step to the first user only, and a sequential step to all, one at a time', () => {
    const directory = { 'role:board': ['b1', 'b2', 'b3'] };
    const single = startInstance(
      chain(approveStep('a', 'single', { kind: 'role', name: 'board' })),
      fakeEnv({ directory }),
      { applicantId: 'alice' },
    );
    expect(single.state.tasks.map((t) => [t.assigneeId, t.status])).toEqual([['b1', 'pending']]);
    expect(single.state.events[1]?.userIds).toEqual(['b1']);

    const seq = startInstance(
      chain(approveStep('a', 'sequential', { kind: 'role', name: 'board' })),
      fakeEnv({ directory }),
      { applicantId: 'alice' },
    );
    expect(seq.state.tasks.map((t) => [t.assigneeId, t.status])).toEqual([
      ['b1', 'pending'],
      ['b2', 'waiting'],
      ['b3', 'waiting'],
    ]);
  });

  it('does not make two tasks for a user the resolver lists twice', () => {
    const def = chain(
      approveStep('a', 'all', {
        kind: 'union',
        of: [
          { kind: 'role', name: 'x' },
          { kind: 'role', name: 'y' },
        ],
      }),
    );
    const { state } = startInstance(
      def,
      fakeEnv({ directory: { 'role:x': ['u1', 'u2'], 'role:y': ['u2'] } }),
      { applicantId: 'alice' },
    );
    expect(state.tasks.map((t) => t.assigneeId)).toEqual(['u1', 'u2']);
  });

  it('flags a step that fell back to the admins', () => {
    const env = fakeEnv({ directory: leaveDirectory(), form: { days: 1 } });
    const resolve = env.resolve;
    env.resolve = (e, p) => ({ ...resolve(e, p), userIds: ['admin'], fallback: true });
    const { state } = startInstance(leaveRouteExample(), env, { applicantId: 'alice' });
    expect(state.events[1]).toMatchObject({ type: 'step_started', userIds: ['admin'], fallback: true });
  });

  it('refuses a route that would not publish', () => {
    const def = leaveRouteExample();
    def.edges = def.edges.filter((e) => e.id !== 'e-filing');
    const run = () => startInstance(def, leaveEnv(1), { applicantId: 'alice' });
    expect(run).toThrow(FlowError);
    expect(run).toThrow(
      expect.objectContaining({ code: 'invalid_flow', messageKey: 'flow.invalidFlow' }) as Error,
    );
    const e = thrown(run) as FlowError;
    expect(e.details.map((p) => p.code)).toContain('dead_end');
    expect(e.localized.zh).toContain('综管部备案');
  });

  it('refuses a cyclic route instead of looping', () => {
    const def = chain(approveStep('a', 'single', { kind: 'role', name: 'nobody' }));
    def.edges.push({ id: 'back', from: 'a', to: 'a' });
    expect(() => startInstance(def, fakeEnv({ directory: {} }), { applicantId: 'alice' })).toThrow(
      expect.objectContaining({ code: 'invalid_flow' }) as Error,
    );
  });

  it('leaves its inputs alone and gives the same result for the same inputs', () => {
    const def = deepFreeze(leaveRouteExample());
    const a = startInstance(def, leaveEnv(5), { applicantId: 'alice' });
    const b = startInstance(def, leaveEnv(5), { applicantId: 'alice' });
    expect(a).toStrictEqual(b);
    expect(def).toEqual(leaveRouteExample());
  });
});
