import fc from 'fast-check';
import type { ActorRoles, FlowAction } from './flow-action.js';
import { APPROVE_MODES, type ApproveMode, type FlowDefinition, type FlowEdge, type FlowNode } from './flow-definition.js';
import type { InstanceState, TaskState } from './instance-state.js';
import type { Directory } from './test-fixtures.js';

/*
 * Random routes, org directories, form data and moves for the engine's property tests: routes
 * with nested parallel regions that are valid by construction, and moves that turn into mostly
 * sensible, often illegal actions on whatever state a request is in.
 */
export const PEOPLE = ['alice', 'u1', 'u2', 'u3', 'u4'];
export const ROLES = ['r0', 'r1', 'r2', 'r3'];

/** One element of a route drawn as nested blocks; a parallel element holds blocks of its own. */
export type Elem =
  | { kind: 'approve'; mode: ApproveMode; role: string; skip: boolean; ack: boolean; hours: number }
  | { kind: 'handle' | 'notify'; role: string }
  | { kind: 'branch'; threshold: number; jump: number }
  | { kind: 'parallel'; branches: Elem[][] };

const role = fc.constantFrom(...ROLES);
const leaf: fc.Arbitrary<Elem> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('approve' as const), mode: fc.constantFrom(...APPROVE_MODES), role, skip: fc.boolean(), ack: fc.boolean(), hours: fc.constantFrom(0, 2, 30) }) },
  fc.record({ kind: fc.constantFrom('handle' as const, 'notify' as const), role }),
  fc.record({ kind: fc.constant('branch' as const), threshold: fc.integer({ min: 0, max: 10 }), jump: fc.nat() }),
);
const block = (depth: number): fc.Arbitrary<Elem[]> =>
  fc.array(
    depth === 0 ? leaf : fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: fc.array(block(depth - 1), { minLength: 2, maxLength: 3 }).map((branches): Elem => ({ kind: 'parallel', branches })) }),
    { maxLength: depth === 0 ? 3 : 5 },
  );

/**
 * A route valid by construction: each block runs its elements in a row into its exit; a branch
 * may also jump ahead within its block (to its exit at most, which inside a parallel branch is
 * the join); a parallel element splits into blocks that all exit into its join.
 */
export function compile(top: Elem[]): FlowDefinition {
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } }];
  const edges: FlowEdge[] = [];
  let n = 0;
  const edge = (from: string, to: string, extra: Partial<FlowEdge> = {}) => edges.push({ id: `e${n++}`, from, to, ...extra });
  const name = (id: string) => ({ zh: `节点${id}`, en: `Node ${id}` });
  const compileBlock = (elems: Elem[], exit: string, prefix: string): string => {
    const entries: string[] = [];
    entries[elems.length] = exit;
    for (let i = elems.length - 1; i >= 0; i--) {
      const e = elems[i];
      const id = `${prefix}${i}`;
      const next = entries[i + 1] ?? exit;
      entries[i] = id;
      if (!e) continue;
      if (e.kind === 'branch') {
        nodes.push({ id, type: 'branch', name: name(id) });
        const target = entries[i + 1 + (e.jump % (elems.length - i))] ?? exit;
        edge(id, target, { order: 1, condition: { op: 'gte', left: { field: 'x' }, right: { value: e.threshold } } });
        edge(id, next, { isDefault: true });
      } else if (e.kind === 'parallel') {
        const joinId = `${id}j`;
        nodes.push({ id, type: 'parallel', name: name(id) }, { id: joinId, type: 'join', name: name(joinId) });
        edge(joinId, next);
        e.branches.forEach((b, k) => edge(id, compileBlock(b, joinId, `${id}b${k}-`)));
      } else {
        const approvers = { kind: 'role' as const, name: e.role };
        if (e.kind === 'approve') {
          nodes.push({
            id,
            type: 'approve',
            name: name(id),
            approvers,
            mode: e.mode,
            ...(e.skip ? { skipApprovedOnResubmit: true } : {}),
            ...(e.ack ? { acknowledgeAllowed: true } : {}),
            ...(e.hours > 0 ? { timeLimit: { hours: e.hours } } : {}),
          });
        } else nodes.push({ id, type: e.kind, name: name(id), approvers });
        edge(id, next);
      }
    }
    return entries[0] ?? exit;
  };
  edge('start', compileBlock(top, 'end', 'n'));
  nodes.push({ id: 'end', type: 'end', name: { zh: '结束', en: 'End' } });
  return { key: 'random', nodes, edges };
}

export const route = block(2).map(compile);
export const directory: fc.Arbitrary<Directory> = fc
  .tuple(...ROLES.map(() => fc.subarray(PEOPLE, { minLength: 1 })))
  .map((lists) => Object.fromEntries(lists.map((users, i) => [`role:${ROLES[i] ?? ''}`, users])));
export const form = fc.record({ x: fc.integer({ min: 0, max: 10 }) });

export const ACTIONS = ['approve', 'reject', 'done', 'read', 'acknowledge', 'return', 'resubmit', 'withdraw', 'transfer', 'addSigner', 'urge', 'comment', 'cancel', 'reassign', 'extend', 'timer_fired'] as const;
const ENDING: readonly (typeof ACTIONS)[number][] = ['reject', 'withdraw', 'cancel'];
export const move = fc.record({
  // the actions that end a request are drawn less often, so that requests live long enough to see the rest
  type: fc.oneof(
    { weight: 6, arbitrary: fc.constant('fitting' as const) },
    { weight: 5, arbitrary: fc.constantFrom(...ACTIONS.filter((a) => !ENDING.includes(a))) },
    { weight: 1, arbitrary: fc.constantFrom(...ENDING) },
  ),
  pick: fc.nat(),
  target: fc.nat(),
  actor: fc.oneof({ weight: 5, arbitrary: fc.constant('assignee') }, { weight: 1, arbitrary: fc.constantFrom(...PEOPLE, 'stranger') }),
  roles: fc.constantFrom<ActorRoles>({}, {}, { admin: true }, { supervisor: true }),
  text: fc.constantFrom('', '不同意', 'ok'),
  after: fc.boolean(),
  hours: fc.constantFrom(0, 0, 1, 3, 30),
});
export type Move = typeof move extends fc.Arbitrary<infer T> ? T : never;

/** Turns a random move into an action on the current state: mostly sensible, often not. */
export function actionFor(m: Move, state: InstanceState, def: FlowDefinition): FlowAction {
  const actionable = state.tasks.filter((t) => t.status === 'pending' || t.status === 'unread');
  const pool = m.pick % 4 === 0 || actionable.length === 0 ? state.tasks : actionable;
  const task: TaskState | undefined = pool[m.pick % Math.max(1, pool.length)];
  const taskId = task?.id ?? 'missing';
  const actorId = m.actor === 'assignee' ? (task?.assigneeId ?? 'u1') : m.actor;
  const other = PEOPLE[m.target % PEOPLE.length] ?? 'u1';
  const roles = { actorRoles: m.roles };
  const type = m.type !== 'fitting' ? m.type : task?.kind === 'notify' ? 'read' : task?.kind === 'handle' ? 'done' : 'approve';
  switch (type) {
    case 'approve':
    case 'done':
    case 'read':
    case 'acknowledge':
      return { type, taskId, actorId, ...roles };
    case 'reject':
      return { type, taskId, actorId, reason: m.text };
    case 'return': {
      // a third of the returns go to the applicant, so resubmissions get exercised
      const targets = def.nodes.map((x) => x.id);
      const toNodeId = m.target % 3 === 0 ? 'applicant' : (targets[m.target % targets.length] ?? 'applicant');
      return { type, taskId, actorId, toNodeId, reason: m.text || 'back' };
    }
    case 'resubmit':
      return { type, actorId: m.actor === 'assignee' ? 'alice' : m.actor, form: { x: m.target % 11 } };
    case 'withdraw':
      return { type, actorId: m.actor === 'assignee' ? 'alice' : m.actor };
    case 'transfer':
      return { type, taskId, actorId, toUserId: other };
    case 'addSigner':
      return { type, taskId, actorId, userIds: [other, ...(m.target % 3 === 0 ? [PEOPLE[(m.target + 1) % PEOPLE.length] ?? 'u2'] : [])], position: m.after ? 'after' : 'before' };
    case 'urge':
      return { type, actorId: m.actor === 'assignee' ? 'alice' : m.actor, ...roles, ...(m.after ? { taskId } : {}) };
    case 'comment':
      return { type, actorId, text: m.text, ...roles };
    case 'cancel':
      return { type, actorId, reason: m.text, ...roles };
    case 'reassign':
      return { type, taskId, actorId, toUserId: other, ...roles };
    case 'extend':
      return { type, taskId, actorId, workingDays: (m.target % 3) as 1 | 2, reason: m.text, ...roles };
    case 'timer_fired':
      return { type, taskId, kind: m.after ? 'reminder' : 'due', actorId: 'system' };
  }
}
