import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import type { InstanceState } from './instance-state.js';
import { leaveRouteExample } from './leave-route-example.js';
import { deepFreeze, fakeEnv, leaveDirectory } from './test-fixtures.js';

/** A 5-day leave request exactly as the first version of the engine stored it, before the later fields existed. */
const storedByFirstVersion = (): InstanceState =>
  deepFreeze({
    status: 'running',
    tasks: [{ id: 'id-3', nodeId: 'dept-head', kind: 'approve', assigneeId: 'head', status: 'pending', createdAt: '2026-11-02T09:00:00.000Z' }],
    events: [
      { id: 'id-1', at: '2026-11-02T09:00:00.000Z', type: 'submitted', nodeId: 'start', actorId: 'alice' },
      { id: 'id-2', at: '2026-11-02T09:00:00.000Z', type: 'step_started', nodeId: 'dept-head', userIds: ['head'], reason: 'found', fallback: false },
    ],
    activeNodeId: 'dept-head',
    lastApproverIds: [],
  });

const env = (p: string) => fakeEnv({ directory: leaveDirectory(), form: { days: 5 }, idPrefix: p, now: '2026-11-02T10:00:00.000Z' });
const def = leaveRouteExample();

describe('states stored before this version', () => {
  it('load with defaults: the applicant from the submission, the active nodes from activeNodeId', () => {
    const { state } = applyAction(def, storedByFirstVersion(), { type: 'approve', taskId: 'id-3', actorId: 'head' }, env('a'));
    expect(state.applicantId).toBe('alice');
    expect(state.activeNodeIds).toEqual(['leader']);
    expect(state.activeNodeId).toBe('leader');
    expect(state.tasks.map((t) => [t.nodeId, t.status])).toEqual([
      ['dept-head', 'approved'],
      ['leader', 'pending'],
    ]);
  });

  it('can be returned, resubmitted and withdrawn', () => {
    const returned = applyAction(def, storedByFirstVersion(), { type: 'return', taskId: 'id-3', actorId: 'head', toNodeId: 'applicant', reason: '补充证明' }, env('r')).state;
    expect(returned.awaitingApplicant).toBe(true);
    expect(returned.activeNodeIds).toEqual([]);
    const again = applyAction(def, returned, { type: 'resubmit', actorId: 'alice' }, env('s')).state;
    expect(again.tasks.at(-1)).toMatchObject({ nodeId: 'dept-head', assigneeId: 'head', status: 'pending' });
    expect(applyAction(def, storedByFirstVersion(), { type: 'withdraw', actorId: 'alice' }, env('w')).state.status).toBe('withdrawn');
  });

  it('a timer for a task stored without timers does nothing', () => {
    const stored = storedByFirstVersion();
    const out = applyAction(def, stored, { type: 'timer_fired', taskId: 'id-3', kind: 'reminder', actorId: 'system' }, env('t'));
    expect(out).toEqual({ state: stored, effects: [] });
  });
});
