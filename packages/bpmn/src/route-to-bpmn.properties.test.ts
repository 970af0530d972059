import fc from 'fast-check';
import {
  APPROVE_MODES,
  FIELD_PERMISSIONS,
  NODE_ACTIONS,
  type FlowDefinition,
  type FlowEdge,
  type FlowNode,
} from '@signoff/flow';
import type { ApproverExpression } from '@signoff/org';
import type { Condition, Localized } from '@signoff/schema';
import { describe, expect, it } from 'vitest';
import { readBpmn, routeToBpmn } from './index.js';
import { readSignoffRoute } from './read-signoff-route.js';

/*
 * @signoff/flow keeps its route arbitraries (src/test-arbitraries.ts) out of its public entry, so
 * these are this package's own: not valid routes (the export does not need one) but any graph
 * without dangling edges, with text that XML and ids find awkward — quotes, <, &, CJK, emoji,
 * leading digits, and node ids equal to edge ids.
 */
const awkward = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a<b>&"c"', "it's", '审批 & 备案', '1st', '🙂', ' ', 'x]]>y', 'line\nbreak\ttab'),
);
const name = fc.record({ zh: awkward, en: awkward });
const approvers: fc.Arbitrary<ApproverExpression> = fc.oneof(
  fc.record({ kind: fc.constant('deptHead' as const), level: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('position' as const), name: awkward }),
  fc.record({
    kind: fc.constant('supervisingLeader' as const),
    by: fc.constant('category' as const),
    field: awkward,
  }),
  fc.record({
    kind: fc.constant('union' as const),
    of: fc.array(fc.record({ kind: fc.constant('role' as const), name: awkward }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
);
const stepOptions = fc.record(
  {
    timeLimitHours: fc.integer({ min: 1, max: 200 }),
    timeLimit: fc.oneof(
      fc.record({ hours: fc.double({ min: 0.5, max: 100, noNaN: true }) }),
      fc.record({ workingDays: fc.integer({ min: 1, max: 10 }) }),
    ),
    reminder: fc.record(
      { afterHours: fc.integer({ min: 1, max: 48 }), repeatHours: fc.integer({ min: 1, max: 24 }) },
      { requiredKeys: ['afterHours'] },
    ),
    allowedActions: fc.uniqueArray(fc.constantFrom(...NODE_ACTIONS), { minLength: 1 }),
    signatureRequired: fc.boolean(),
    skipApprovedOnResubmit: fc.boolean(),
    skipApplicant: fc.boolean(),
    skipPrevious: fc.boolean(),
    acknowledgeAllowed: fc.boolean(),
    fieldPermissions: fc.dictionary(awkward, fc.constantFrom(...FIELD_PERMISSIONS), {
      minKeys: 1,
      maxKeys: 3,
    }),
  },
  { requiredKeys: [] },
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    op: fc.constant('gte' as const),
    left: fc.record({ field: awkward }),
    right: fc.record({ value: fc.integer() }),
  }),
  fc.record({
    op: fc.constant('in' as const),
    left: fc.constant({ applicant: 'positions' as const }),
    values: fc.array(awkward, { maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant('not' as const),
    condition: fc.record({ op: fc.constant('empty' as const), operand: fc.record({ field: awkward }) }),
  }),
);

type NodeShape = { kind: FlowNode['type']; name: Localized } & Record<string, unknown>;
const nodeShape: fc.Arbitrary<NodeShape> = fc.oneof(
  fc.record({
    kind: fc.constant('approve' as const),
    name,
    approvers,
    mode: fc.constantFrom(...APPROVE_MODES),
    options: stepOptions,
  }),
  fc.record({ kind: fc.constant('handle' as const), name, approvers, options: stepOptions }),
  fc.record({ kind: fc.constant('notify' as const), name, approvers }),
  fc.record({
    kind: fc.constantFrom('branch' as const, 'parallel' as const, 'join' as const, 'end' as const),
    name,
  }),
);

const route: fc.Arbitrary<FlowDefinition> = fc
  .record({
    key: awkward,
    ids: fc.uniqueArray(awkward, { minLength: 8, maxLength: 8 }),
    shapes: fc.array(nodeShape, { minLength: 1, maxLength: 7 }),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        condition: fc.option(condition, { nil: undefined }),
        order: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        isDefault: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ key, ids, shapes, links }) => {
    const nodes: FlowNode[] = [{ id: ids[0] ?? 's', type: 'start', name: { zh: '发起', en: 'Submit' } }];
    shapes.forEach((s, i) => {
      const id = ids[i + 1] ?? `n${i}`;
      const { kind, name: n, options, ...rest } = s as NodeShape & { options?: object };
      nodes.push({ id, type: kind, name: n, ...rest, ...(options ?? {}) } as FlowNode);
    });
    const edges: FlowEdge[] = links.map((l, i) => {
      const edge: FlowEdge = {
        id: nodes[i % nodes.length]?.id ?? `e${i}`,
        from: nodes[l.from % nodes.length]?.id ?? '',
        to: nodes[l.to % nodes.length]?.id ?? '',
      };
      if (l.condition) edge.condition = l.condition;
      if (l.order !== undefined) edge.order = l.order;
      if (l.isDefault !== undefined) edge.isDefault = l.isDefault;
      return edge;
    });
    // edge ids must be unique among edges; reusing node ids on purpose tests the shared BPMN id space
    const seen = new Set<string>();
    return { key, nodes, edges: edges.filter((e) => !seen.has(e.id) && seen.add(e.id)) };
  });

describe('routeToBpmn properties', () => {
  it('any route without dangling edges round-trips through XML without warnings and gives the same route back', async () => {
    await fc.assert(
      fc.asyncProperty(route, async (flow) => {
        const { warnings, definitions } = await readBpmn(await routeToBpmn(flow));
        expect(warnings).toEqual([]);
        expect(readSignoffRoute(definitions)).toEqual(flow);
      }),
      { numRuns: 200 },
    );
  });
});
