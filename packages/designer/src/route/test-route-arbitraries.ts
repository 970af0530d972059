/**
 * fast-check plans of route commands, each resolved against the flow it meets, so most name a node
 * or edge that exists at that moment and some name ones that never did, or carry junk.
 */
import type { FlowDefinition } from '@signoff/flow';
import fc from 'fast-check';
import type { InsertableNodeType, RouteCommand } from './route-command.js';
import { laneBranchRoute } from './test-routes.js';

export interface RoutePlan {
  build(flow: FlowDefinition): RouteCommand;
}

const idsOf = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.flatMap((x: unknown) =>
        typeof x === 'object' && x !== null && 'id' in x && typeof x.id === 'string' ? [x.id] : [],
      )
    : [];

/** By position in the flow now; 1 in 10 an id nobody has. */
const pick = (kind: 'nodes' | 'edges', n: number, flow: FlowDefinition): string => {
  const ids = idsOf(kind === 'nodes' ? flow.nodes : flow.edges);
  return n % 10 === 9 || ids.length === 0 ? `missing-${n}` : (ids[n % ids.length] ?? 'none');
};

export const INSERTABLE: readonly InsertableNodeType[] = [
  'approve',
  'notify',
  'handle',
  'branch',
  'parallel',
];

const plan = (build: RoutePlan['build']): RoutePlan => ({ build });

export const insertPlanArb: fc.Arbitrary<RoutePlan> = fc
  .tuple(fc.nat(), fc.constantFrom(...INSERTABLE))
  .map(([n, nodeType]) => plan((flow) => ({ type: 'insertNode', edgeId: pick('edges', n, flow), nodeType })));

const condition = fc.constantFrom(
  { op: 'gte', left: { field: 'days' }, right: { value: 3 } } as const,
  { op: 'eq', left: { field: 'kind' }, right: { value: 'x' } } as const,
  undefined,
);

const patch = fc.constantFrom<Record<string, unknown>>(
  { mode: 'all' },
  { mode: undefined, timeLimit: { workingDays: 2 } },
  { fieldPermissions: { days: 'hidden' } },
  { signatureRequired: true, acknowledgeAllowed: undefined },
  { bogus: 1 },
);

const junkFlow = fc.constantFrom<unknown>(
  { key: 'j', nodes: [1, null], edges: [] },
  { key: 'j', nodes: [{ id: 'a', type: 'start' }], edges: [{ id: 'x', from: 'a', to: 'gone' }] },
  laneBranchRoute(),
  'not a flow',
);

export const planArb: fc.Arbitrary<RoutePlan> = fc.oneof(
  { weight: 6, arbitrary: insertPlanArb },
  {
    weight: 3,
    arbitrary: fc.nat().map((n) => plan((f) => ({ type: 'removeNode', nodeId: pick('nodes', n, f) }))),
  },
  {
    weight: 2,
    arbitrary: fc.nat().map((n) => plan((f) => ({ type: 'addPath', nodeId: pick('nodes', n, f) }))),
  },
  {
    weight: 2,
    arbitrary: fc.nat().map((n) => plan((f) => ({ type: 'removePath', edgeId: pick('edges', n, f) }))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean())
      .map(([n, keys, honest]) =>
        plan((f) => {
          const nodeId = pick('nodes', n, f);
          const out = (Array.isArray(f.edges) ? f.edges : []).filter(
            (e) => e?.from === nodeId && e.isDefault !== true,
          );
          const ids = out.map((e) => e.id);
          const shuffled = ids
            .map((id, i) => ({ id, k: keys[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.id);
          return { type: 'reorderConditions', nodeId, edgeIds: honest ? shuffled : shuffled.slice(1) };
        }),
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), condition)
      .map(([n, c]) => plan((f) => ({ type: 'setCondition', edgeId: pick('edges', n, f), condition: c }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .nat()
      .map((n) =>
        plan((f) => ({ type: 'renameNode', nodeId: pick('nodes', n, f), name: { zh: '改', en: 'Renamed' } })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map((n) =>
      plan((f) => ({
        type: 'setApprovers',
        nodeId: pick('nodes', n, f),
        approvers: { kind: 'position', name: '出纳' },
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), patch)
      .map(([n, p]) => plan((f) => ({ type: 'setNodeSettings', nodeId: pick('nodes', n, f), patch: p }))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.option(
          fc.record({ x: fc.integer({ min: -200, max: 200 }), y: fc.integer({ min: -200, max: 200 }) }),
          { nil: undefined },
        ),
      )
      .map(([n, offset]) => plan((f) => ({ type: 'nudgeNode', nodeId: pick('nodes', n, f), offset }))),
  },
  {
    weight: 1,
    arbitrary: junkFlow.map((flow) => plan(() => ({ type: 'replaceFlow', flow }) as RouteCommand)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>(null, { type: 'removeNode' }, { type: 'boom' })
      .map((c) => plan(() => c as RouteCommand)),
  },
);
