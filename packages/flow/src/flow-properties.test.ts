import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import { FlowError } from './flow-error.js';
import type { InstanceState, TaskState } from './instance-state.js';
import { startInstance } from './start-instance.js';
import { stepTasks } from './step-progress.js';
import { ACTIONS, actionFor, directory, form, move, route } from './test-arbitraries.js';
import { fakeEnv } from './test-fixtures.js';
import { validateFlow } from './validate-flow.js';

const isOpen = (t: TaskState) => t.kind !== 'notify' && (t.status === 'pending' || t.status === 'waiting');
const CLOSED = new Set(['approved', 'rejected', 'done', 'acknowledged', 'returned', 'transferred', 'cancelled', 'read']);

/** What must hold between any two actions, and between the state before and after one. */
function expectSound(state: InstanceState, before?: InstanceState): void {
  const open = state.tasks.filter(isOpen);
  const active = state.activeNodeIds ?? [];
  expect(state.activeNodeId).toBe(active[0] ?? null);
  expect(new Set(active).size).toBe(active.length);
  // never stranded: finished, or waiting on the applicant, or someone has something to do in every active step
  if (state.status === 'running' && state.awaitingApplicant !== true) {
    expect(active.length).toBeGreaterThan(0);
    for (const nodeId of active) expect(stepTasks(state, nodeId).some((t) => t.status === 'pending')).toBe(true);
  } else {
    expect(open).toEqual([]);
    expect(active).toEqual([]);
  }
  // never an open task on a node that is not active
  for (const t of open) expect(active).toContain(t.nodeId);
  expect(new Set(state.tasks.map((t) => t.id)).size).toBe(state.tasks.length);
  expect(new Set(state.events.map((e) => e.id)).size).toBe(state.events.length);
  if (before) {
    // the timeline only grows: what was there stays, unchanged, in order
    expect(state.events.slice(0, before.events.length)).toStrictEqual(before.events);
    // tasks are never dropped, and a closed task never reopens
    for (const old of before.tasks) {
      const now = state.tasks.find((t) => t.id === old.id);
      expect(now).toBeDefined();
      if (CLOSED.has(old.status)) expect(now?.status).toBe(old.status);
    }
  }
  expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
}

describe('engine properties with parallel regions and every action', () => {
  it('random nested routes are valid by construction', () => {
    fc.assert(
      fc.property(route, (def) => {
        expect(validateFlow(def)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('when everyone approves, every route ends approved', () => {
    fc.assert(
      fc.property(route, directory, form, (def, dir, data) => {
        let state = startInstance(def, fakeEnv({ directory: dir, form: data }), { applicantId: 'alice' }).state;
        for (let i = 0; state.status === 'running'; i++) {
          expect(i).toBeLessThan(200);
          const task = state.tasks.find((t) => t.status === 'pending');
          if (!task) throw new Error('running without a pending task');
          const type = task.kind === 'handle' ? 'done' : 'approve';
          state = applyAction(def, state, { type, taskId: task.id, actorId: task.assigneeId }, fakeEnv({ directory: dir, form: data, idPrefix: `a${i}` })).state;
          expectSound(state);
        }
        expect(state.status).toBe('approved');
        expect(state.joinArrivals).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('random legal and illegal actions never strand a request, never leave a task on an inactive node, and only append events', () => {
    let accepted = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(route, directory, form, fc.array(move, { minLength: 10, maxLength: 30 }), (def, dir, data, moves) => {
        let clock = Date.parse('2026-11-02T09:00:00.000Z');
        const env = (prefix: string) => fakeEnv({ directory: dir, form: data, idPrefix: prefix, now: new Date(clock).toISOString() });
        let state = startInstance(def, env('s'), { applicantId: 'alice' }).state;
        expectSound(state);
        let afterEnd = 0;
        moves.forEach((m, i) => {
          // a few actions on a closed request are worth trying; dozens are not
          if (state.status !== 'running' && ++afterEnd > 3) return;
          clock += m.hours * 3_600_000 + 60_000;
          const action = actionFor(m, state, def);
          const before = state;
          try {
            state = applyAction(def, state, action, env(`m${i}`)).state;
            accepted++;
            kinds.add(action.type);
          } catch (e) {
            expect(e).toBeInstanceOf(FlowError);
            expect((e as FlowError).code).not.toBe('invalid_flow');
          }
          expectSound(state, before);
        });
      }),
      { numRuns: 250 },
    );
    // the property says little unless many actions of every kind were accepted
    expect(accepted).toBeGreaterThan(600);
    expect([...kinds].sort()).toEqual([...ACTIONS].sort());
  }, 60_000);
});
