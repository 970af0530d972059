import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import type { FlowAction } from './flow-action.js';
import { APPROVE_MODES, type FlowDefinition, type FlowEdge, type FlowNode } from './flow-definition.js';
import { FlowError } from './flow-error.js';
import type { InstanceState } from './instance-state.js';
import { startInstance } from './start-instance.js';
import { fakeEnv, type Directory } from './test-fixtures.js';
import { validateFlow } from './validate-flow.js';

const PEOPLE = ['alice', 'u1', 'u2', 'u3'];
const ROLES = ['r0', 'r1', 'r2', 'r3'];

const role = fc.constantFrom(...ROLES);
const step = fc.oneof(
  fc.record({ type: fc.constant('approve' as const), mode: fc.constantFrom(...APPROVE_MODES), role }),
  fc.record({ type: fc.constant('handle' as const), role }),
  fc.record({ type: fc.constant('notify' as const), role }),
  fc.record({ type: fc.constant('branch' as const), threshold: fc.integer({ min: 0, max: 10 }), jump: fc.nat() }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * A random route that is valid by construction: steps in a row, each leading to the next, a
 * branch also jumping ahead when `x` reaches its threshold. Edges only point forward, so it is
 * acyclic, and every node is on the row from start to end.
 */
function routeOf(steps: readonly Step[]): FlowDefinition {
  const ids = steps.map((_, i) => `n${i}`);
  const idAt = (i: number) => ids[i] ?? 'end';
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } }];
  const edges: FlowEdge[] = [{ id: 'e-start', from: 'start', to: idAt(0) }];
  steps.forEach((s, i) => {
    const id = idAt(i);
    const name = { zh: `节点${i}`, en: `Node ${i}` };
    const next = idAt(i + 1);
    if (s.type === 'branch') {
      nodes.push({ id, type: 'branch', name });
      const target = idAt(i + 1 + (s.jump % (steps.length - i)));
      edges.push({ id: `e${i}-c`, from: id, to: target, order: 1, condition: { op: 'gte', left: { field: 'x' }, right: { value: s.threshold } } });
      edges.push({ id: `e${i}-d`, from: id, to: next, isDefault: true });
      return;
    }
    const approvers = { kind: 'role' as const, name: s.role };
    if (s.type === 'approve') nodes.push({ id, type: 'approve', name, approvers, mode: s.mode });
    else nodes.push({ id, type: s.type, name, approvers });
    edges.push({ id: `e${i}`, from: id, to: next });
  });
  nodes.push({ id: 'end', type: 'end', name: { zh: '结束', en: 'End' } });
  return { key: 'random', nodes, edges };
}

const route = fc.array(step, { maxLength: 7 }).map((s) => routeOf(s));
const directory: fc.Arbitrary<Directory> = fc
  .tuple(...ROLES.map(() => fc.subarray(PEOPLE, { minLength: 1 })))
  .map((lists) => Object.fromEntries(lists.map((users, i) => [`role:${ROLES[i] ?? ''}`, users])));
const form = fc.record({ x: fc.integer({ min: 0, max: 10 }) });
const move = fc.record({
  pick: fc.nat(),
  unknownTask: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  // mostly the right person doing the fitting thing, so that routes actually move
  actor: fc.oneof({ arbitrary: fc.constant('assignee'), weight: 4 }, { arbitrary: fc.constantFrom(...PEOPLE, 'stranger'), weight: 1 }),
  type: fc.oneof(
    { arbitrary: fc.constant('fitting' as const), weight: 3 },
    { arbitrary: fc.constantFrom<'approve' | 'reject' | 'done' | 'read'>('approve', 'reject', 'done', 'read'), weight: 2 },
  ),
  reason: fc.constantFrom('', '  ', '不同意'),
});

/** What must hold between any two actions. */
function expectConsistent(state: InstanceState): void {
  const open = state.tasks.filter((t) => t.status === 'pending' || t.status === 'waiting');
  if (state.status === 'running') {
    expect(open.some((t) => t.status === 'pending')).toBe(true);
    expect(open.every((t) => t.nodeId === state.activeNodeId)).toBe(true);
  } else {
    expect(open).toEqual([]);
    expect(state.activeNodeId).toBeNull();
    expect(state.events.at(-1)?.type === 'finished' || state.events.at(-1)?.type === 'read').toBe(true);
  }
  // stored as JSON: nothing may be lost on the way through
  expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
}

describe('engine properties', () => {
  it('random valid routes pass validation', () => {
    fc.assert(
      fc.property(route, (def) => {
        expect(validateFlow(def)).toEqual([]);
      }),
    );
  });

  it('under any sequence of actions the instance is closed or someone has a pending task, and only FlowErrors are thrown', () => {
    let moved = 0;
    fc.assert(
      fc.property(route, directory, form, fc.array(move, { maxLength: 25 }), (def, dir, data, moves) => {
        let state = startInstance(def, fakeEnv({ directory: dir, form: data }), { applicantId: 'alice' }).state;
        expectConsistent(state);
        moves.forEach((m, i) => {
          const actionable = state.tasks.filter((t) => t.status === 'pending' || t.status === 'unread');
          const pool = m.pick % 3 === 0 || actionable.length === 0 ? state.tasks : actionable;
          const task = pool[m.pick % Math.max(1, pool.length)];
          const taskId = m.unknownTask || !task ? 'missing' : task.id;
          const actorId = m.actor === 'assignee' ? (task?.assigneeId ?? 'u1') : m.actor;
          const fitting = task?.kind === 'notify' ? 'read' : task?.kind === 'handle' ? 'done' : 'approve';
          const type = m.type === 'fitting' ? fitting : m.type;
          const action: FlowAction = type === 'reject' ? { type, taskId, actorId, reason: m.reason } : { type, taskId, actorId };
          try {
            state = applyAction(def, state, action, fakeEnv({ directory: dir, form: data, idPrefix: `m${i}` })).state;
            moved++;
          } catch (e) {
            expect(e).toBeInstanceOf(FlowError);
          }
          expectConsistent(state);
        });
      }),
      { numRuns: 200 },
    );
    // the property says little unless many actions were accepted
    expect(moved).toBeGreaterThan(100);
  });

  it('when everyone approves, every valid route ends approved', () => {
    fc.assert(
      fc.property(route, directory, form, (def, dir, data) => {
        let state = startInstance(def, fakeEnv({ directory: dir, form: data }), { applicantId: 'alice' }).state;
        for (let i = 0; state.status === 'running'; i++) {
          expect(i).toBeLessThan(50);
          const task = state.tasks.find((t) => t.status === 'pending');
          if (!task) throw new Error('running without a pending task');
          const type = task.kind === 'handle' ? 'done' : 'approve';
          state = applyAction(def, state, { type, taskId: task.id, actorId: task.assigneeId }, fakeEnv({ directory: dir, form: data, idPrefix: `a${i}` })).state;
        }
        expect(state.status).toBe('approved');
        expect(new Set(state.tasks.map((t) => t.id)).size).toBe(state.tasks.length);
      }),
    );
  });
});
