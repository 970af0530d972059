import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction } from './apply-action.js';
import { availableActions, openTaskOf, type AvailableAction } from './available-actions.js';
import type { EngineEnv } from './engine-env.js';
import type { ActorRoles, FlowAction } from './flow-action.js';
import { NODE_ACTIONS, type FlowDefinition, type NodeActionType } from './flow-definition.js';
import { FlowError } from './flow-error.js';
import type { InstanceState } from './instance-state.js';
import { returnTargets } from './return-targets.js';
import { startInstance } from './start-instance.js';
import { actionFor, directory, form, move, PEOPLE, route } from './test-arbitraries.js';
import { fakeEnv } from './test-fixtures.js';
import { validateFlow } from './validate-flow.js';

const EVERY: readonly AvailableAction[] = [
  'approve', 'reject', 'done', 'read', 'acknowledge', 'return', 'transfer', 'addSigner',
  'resubmit', 'withdraw', 'urge', 'comment', 'cancel', 'reassign', 'extend',
];

/** Someone the directory never names: always an eligible target for a transfer, 加签 or 换人. */
const NEWCOMER = 'newcomer';

/** Per-step settings the plain random routes do not draw: narrowed actions, signatures, 已阅. */
const stepSettings = fc.record({
  allowed: fc.option(fc.subarray([...NODE_ACTIONS]), { nil: undefined, freq: 2 }),
  signature: fc.boolean(),
  ack: fc.boolean(),
});

function withSettings(def: FlowDefinition, settings: readonly (typeof stepSettings extends fc.Arbitrary<infer T> ? T : never)[]): FlowDefinition {
  let i = 0;
  const nodes = def.nodes.map((n) => {
    if (n.type !== 'approve' && n.type !== 'handle') return n;
    const s = settings[i++ % Math.max(1, settings.length)];
    if (!s) return n;
    const completing: NodeActionType = n.type === 'handle' ? 'done' : 'approve';
    return {
      ...n,
      ...(s.allowed ? { allowedActions: [...new Set([completing, ...s.allowed])] } : {}),
      ...(s.signature ? { signatureRequired: true } : {}),
      ...(n.type === 'approve' && s.ack ? { acknowledgeAllowed: true } : {}),
    };
  });
  return { ...def, nodes };
}

const settledRoute = fc.tuple(route, fc.array(stepSettings, { minLength: 1, maxLength: 6 })).map(([def, s]) => withSettings(def, s));

/** Who looks at the request: an assignee of one of its tasks, the applicant, anyone, a stranger; with or without roles. */
const probe = fc.record({
  who: fc.oneof({ weight: 4, arbitrary: fc.constant('assignee') }, { weight: 2, arbitrary: fc.constant('alice') }, fc.constantFrom(...PEOPLE, 'stranger')),
  pick: fc.nat(),
  roles: fc.constantFrom<ActorRoles>({}, {}, {}, { admin: true }, { supervisor: true }),
});

const accepts = (def: FlowDefinition, state: InstanceState, action: FlowAction, env: EngineEnv): boolean => {
  try {
    applyAction(def, state, action, env);
    return true;
  } catch (e) {
    if (!(e instanceof FlowError) || e.code === 'invalid_flow') throw e;
    return false;
  }
};

/** Well-formed payloads for one action type: every check that is not about who or when passes. */
function payloads(type: AvailableAction, state: InstanceState, actorId: string, roles: ActorRoles, taskId: string, form: Record<string, unknown>): FlowAction[] {
  const by = { actorId, actorRoles: roles };
  switch (type) {
    case 'approve':
    case 'done':
    case 'acknowledge':
      return [{ type, taskId, comment: 'ok', signature: 'sig-1', ...by }];
    case 'reject':
      return [{ type, taskId, reason: '不同意', signature: 'sig-1', ...by }];
    case 'read':
      return [{ type, taskId, ...by }];
    case 'return':
      return [{ type, taskId, toNodeId: 'applicant', reason: '请补充', ...by }];
    case 'transfer':
      return [{ type, taskId, toUserId: NEWCOMER, ...by }];
    case 'addSigner':
      return [{ type, taskId, userIds: [NEWCOMER], position: 'before', ...by }];
    case 'resubmit':
      return [{ type, form, ...by }];
    case 'withdraw':
    case 'urge':
      return [{ type, ...by }];
    case 'comment':
      return [{ type, text: '请看', ...by }];
    case 'cancel':
      return [{ type, reason: '重复提交', ...by }];
    // these name any task of the request: listed means some task takes it
    case 'reassign':
      return state.tasks.map((t) => ({ type, taskId: t.id, toUserId: NEWCOMER, reason: '请假', ...by }));
    case 'extend':
      return state.tasks.map((t) => ({ type, taskId: t.id, workingDays: 1 as const, reason: '材料未到', ...by }));
  }
}

describe('availableActions agrees with applyAction', () => {
  it('random routes with step settings stay valid', () => {
    fc.assert(
      fc.property(settledRoute, (def) => {
        expect(validateFlow(def)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('for random requests and people, every listed action is accepted and every omitted one refused; return targets are exactly the accepted ones', () => {
    const listed = new Map<AvailableAction, number>();
    const refusedOmitted = new Map<AvailableAction, number>();
    fc.assert(
      fc.property(settledRoute, directory, form, fc.array(fc.tuple(move, probe), { minLength: 5, maxLength: 20 }), (def, dir, data, steps) => {
        let clock = Date.parse('2026-11-02T09:00:00.000Z');
        const env = (prefix: string) => fakeEnv({ directory: dir, form: data, idPrefix: prefix, now: new Date(clock).toISOString() });
        let state = startInstance(def, env('s'), { applicantId: 'alice' }).state;
        steps.forEach(([m, p], i) => {
          clock += m.hours * 3_600_000 + 60_000;
          const probeEnv = env(`p${i}`);
          const someTask = state.tasks[p.pick % Math.max(1, state.tasks.length)];
          const actorId = p.who === 'assignee' ? (someTask?.assigneeId ?? 'u1') : p.who;
          const ctx = { actorId, isAdmin: p.roles.admin === true, isSupervisor: p.roles.supervisor === true, now: probeEnv.now };
          const offered = new Set(availableActions(def, state, ctx));
          const task = openTaskOf(state, actorId);
          for (const type of EVERY) {
            // 已阅 on a CC is the same as reading it and is offered as 'read'
            if (type === 'acknowledge' && task?.kind === 'notify') continue;
            const accepted = payloads(type, state, actorId, p.roles, task?.id ?? 'missing', data).some((a) => accepts(def, state, a, probeEnv));
            expect({ type, actorId, offered: offered.has(type) }).toEqual({ type, actorId, offered: accepted });
            const tally = accepted ? listed : refusedOmitted;
            tally.set(type, (tally.get(type) ?? 0) + 1);
          }
          if (task && offered.has('return')) {
            const targets = new Set(returnTargets(def, state, task.id).map((t) => t.nodeId));
            for (const n of def.nodes) {
              const ok = accepts(def, state, { type: 'return', taskId: task.id, toNodeId: n.id, reason: '退回', actorId }, probeEnv);
              expect({ node: n.id, target: targets.has(n.id) }).toEqual({ node: n.id, target: ok });
            }
          }
          try {
            state = applyAction(def, state, actionFor(m, state, def), env(`m${i}`)).state;
          } catch (e) {
            expect(e).toBeInstanceOf(FlowError);
          }
        });
      }),
      { numRuns: 150 },
    );
    // the property says little unless every action was both offered and, elsewhere, withheld
    for (const type of EVERY) {
      expect({ type, offered: (listed.get(type) ?? 0) > 0 }).toEqual({ type, offered: true });
      expect({ type, withheld: (refusedOmitted.get(type) ?? 0) > 0 }).toEqual({ type, withheld: true });
    }
  }, 120_000);
});
