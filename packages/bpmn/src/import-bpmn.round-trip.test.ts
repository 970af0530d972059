import type { FlowDefinition, FlowNode } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { catalogRoutes } from './catalog-routes.test-helper.js';
import { applyAssigneeMapping, importBpmn, readBpmn, readSignoffRoute, routeToBpmn } from './index.js';

/**
 * What a foreign modeller's file can say about a route: the graph, each node's kind and name, how
 * an approve step signs, each branch's conditions in evaluation order and its default. BPMN has
 * one user task for approve and handle steps, so both read as approve; English names and step
 * settings live only in Signoff's extension, which the foreign path does not read.
 */
function structure(flow: FlowDefinition) {
  const taskType = (n: FlowNode) => (n.type === 'handle' ? 'approve' : n.type);
  const nodes = flow.nodes
    .map((n) => ({
      id: n.id,
      type: taskType(n),
      name: n.name.zh,
      // a handle step has one assignee: it reads as an approve step signed by one
      ...(n.type === 'approve' && n.mode !== 'single' ? { mode: n.mode } : {}),
      ...('approvers' in n ? { approvers: n.approvers } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const edges = flow.edges
    .map((e) => ({ from: e.from, to: e.to, condition: e.condition, isDefault: e.isDefault === true }))
    .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`));
  const evaluation = Object.fromEntries(
    flow.nodes
      .filter((n) => n.type === 'branch')
      .map((b) => [
        b.id,
        flow.edges
          .filter((e) => e.from === b.id && !e.isDefault)
          .map((e, i) => ({ to: e.to, rank: e.order ?? Number.MAX_SAFE_INTEGER, i }))
          .sort((x, y) => x.rank - y.rank || x.i - y.i)
          .map((x) => x.to),
      ]),
  );
  return { nodes, edges, evaluation };
}

const routes = catalogRoutes();

describe('BPMN round trip over the catalogs', () => {
  it.each(routes.map((r) => [`${r.catalog}/${r.file}`, r] as const))(
    '%s: exported, then imported as a foreign file and mapped, gives the same route',
    async (_, { route, title }) => {
      const xml = await routeToBpmn(route, { name: title });
      const imported = await importBpmn(xml);
      expect(imported.unsupported).toEqual([]);
      expect(imported.unplaced).toEqual([]);
      expect(imported.warnings).toEqual([]);
      expect(imported.processName).toBe(title.zh);
      // Signoff's export names nobody in BPMN terms: each task is one reference, mapped to what the officer had chosen
      const byNode = new Map(route.nodes.map((n) => [n.id, n]));
      const mapping = Object.fromEntries(
        imported.references.map((ref) => {
          expect(ref.kind).toBe('task');
          const [task] = ref.tasks;
          const node = task ? byNode.get(task.nodeId) : undefined;
          return [ref.key, node && 'approvers' in node ? node.approvers : undefined];
        }),
      );
      const mapped = applyAssigneeMapping(imported, mapping);
      expect(structure(mapped)).toEqual(structure(route));
      // and Signoff's own reader still gives the route itself, names, kinds and settings included
      expect(readSignoffRoute((await readBpmn(xml)).definitions)).toEqual(route);
    },
  );

  it('carries the approve modes in standard multi-instance markers', async () => {
    const base = routes[0]?.route;
    if (!base) throw new Error('no catalog');
    for (const mode of ['single', 'all', 'any', 'sequential'] as const) {
      const route: FlowDefinition = {
        ...base,
        nodes: base.nodes.map((n) => (n.type === 'approve' ? { ...n, mode } : n)),
      };
      const imported = await importBpmn(await routeToBpmn(route));
      const approveIds = new Set(route.nodes.filter((n) => n.type === 'approve').map((n) => n.id));
      const modes = imported.draft.nodes.flatMap((n) =>
        n.type === 'approve' && approveIds.has(n.id) ? [n.mode] : [],
      );
      expect(modes).toHaveLength(approveIds.size);
      expect(new Set(modes)).toEqual(new Set([mode]));
    }
  });
});
