import { leaveRouteExample, type FlowDefinition, type FlowEdge, type FlowNode } from '@signoff/flow';
import type { RouteCommandResult, RouteOptions } from './route-command.js';
import { routeIdSource } from './route-ids.js';

const named = (id: string) => ({ zh: `节点${id}`, en: `Node ${id}` });
const approve = (id: string): FlowNode => ({
  id,
  type: 'approve',
  name: named(id),
  approvers: { kind: 'role', name: id },
  mode: 'single',
});

/**
 * A parallel block whose first lane holds a branch, as a purchase route with a finance check on
 * big amounts would:
 *
 *   start → a → P ─┬→ b → Br ─┬(amount ≥ 1000)→ c ─┬→ d ─┬→ J → e → end
 *                  │          └(default)───────────┘     │
 *                  └→ f ─────────────────────────────────┘
 */
export function laneBranchRoute(): FlowDefinition {
  const edges: FlowEdge[] = [
    { id: 'e-start', from: 'start', to: 'a' },
    { id: 'e-a', from: 'a', to: 'P' },
    { id: 'e-P-b', from: 'P', to: 'b' },
    { id: 'e-b', from: 'b', to: 'Br' },
    {
      id: 'e-big',
      from: 'Br',
      to: 'c',
      order: 1,
      condition: { op: 'gte', left: { field: 'amount' }, right: { value: 1000 } },
    },
    { id: 'e-small', from: 'Br', to: 'd', isDefault: true },
    { id: 'e-c', from: 'c', to: 'd' },
    { id: 'e-d', from: 'd', to: 'J' },
    { id: 'e-P-f', from: 'P', to: 'f' },
    { id: 'e-f', from: 'f', to: 'J' },
    { id: 'e-J', from: 'J', to: 'e' },
    { id: 'e-e', from: 'e', to: 'end' },
  ];
  return {
    key: 'lane-branch',
    nodes: [
      { id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } },
      approve('a'),
      { id: 'P', type: 'parallel', name: named('P') },
      approve('b'),
      { id: 'Br', type: 'branch', name: named('Br') },
      approve('c'),
      approve('d'),
      approve('f'),
      { id: 'J', type: 'join', name: named('J') },
      approve('e'),
      { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
    ],
    edges,
  };
}

/** The routes the property tests edit: the catalog's leave route and the branch in a parallel lane. */
export const testRoutes = (): FlowDefinition[] => [leaveRouteExample(), laneBranchRoute()];

/** Ids as a session hands them out, fresh for this flow. */
export const idsFor = (flow: FlowDefinition): RouteOptions => ({ newId: routeIdSource(flow) });

/** The accepted flow, or a test failure naming the refusal. */
export function accepted(r: RouteCommandResult): Extract<RouteCommandResult, { ok: true }> {
  if (!r.ok) throw new Error(`refused (${r.problem.code}): ${r.problem.message.en}`);
  return r;
}

/** The refusal's code, or a test failure when the command went through. */
export function refusal(r: RouteCommandResult): string {
  if (r.ok) throw new Error('the command was accepted');
  return r.problem.code;
}

/** Graph-shape problems: the ones an edit must never introduce into a valid route. */
export const SHAPE_PROBLEMS: readonly string[] = [
  'dead_end',
  'multiple_outgoing',
  'unreachable',
  'cannot_reach_end',
  'cycle',
  'join_without_split',
  'join_mismatch',
  'split_without_join',
  'parallel_jump',
  'parallel_too_few_branches',
  'branch_without_default',
  'branch_multiple_defaults',
  'branch_without_condition',
  'condition_outside_branch',
  'duplicate_id',
  'unknown_node',
];
