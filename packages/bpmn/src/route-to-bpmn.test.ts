import type { FlowDefinition } from '@signoff/flow';
import { describe, expect, it } from 'vitest';
import { bpmnTree } from './bpmn-tree.test-helper.js';
import { catalogRoutes } from './catalog-routes.test-helper.js';
import { BpmnExportError, readBpmn, routeToBpmn } from './index.js';
import { isObj, list, text } from './moddle-read.js';
import { readSignoffRoute } from './read-signoff-route.js';

const routes = catalogRoutes();

describe('routeToBpmn on the catalogs', () => {
  it('finds all 31 routes of both catalogs', () => {
    expect(routes.filter((r) => r.catalog === 'real-estate')).toHaveLength(20);
    expect(routes.filter((r) => r.catalog === 'small-company')).toHaveLength(11);
  });

  it.each(routes.map((r) => [`${r.catalog}/${r.file}`, r] as const))(
    '%s exports to BPMN that reads back without warnings, element for element',
    async (_, { route, title }) => {
      const xml = await routeToBpmn(route, { name: title });
      const { warnings, definitions } = await readBpmn(xml);
      expect(warnings).toEqual([]);
      const tree = bpmnTree(definitions);
      const count = (...types: string[]) => route.nodes.filter((n) => types.includes(n.type)).length;

      expect(tree.processes).toHaveLength(1);
      expect(tree.processes[0]?.name).toBe(title.zh);
      expect(tree.ofType('bpmn:UserTask')).toHaveLength(count('approve', 'handle'));
      expect(tree.ofType('bpmn:SendTask')).toHaveLength(count('notify'));
      expect(tree.ofType('bpmn:ExclusiveGateway')).toHaveLength(count('branch'));
      expect(tree.ofType('bpmn:ParallelGateway')).toHaveLength(count('parallel', 'join'));
      expect(tree.ofType('bpmn:StartEvent')).toHaveLength(count('start'));
      expect(tree.ofType('bpmn:EndEvent')).toHaveLength(count('end'));
      expect(tree.ofType('bpmn:SequenceFlow')).toHaveLength(route.edges.length);
      expect(tree.shapes).toHaveLength(route.nodes.length);
      expect(tree.edges).toHaveLength(route.edges.length);
      expect(tree.plane?.bpmnElement).toBe(tree.processes[0]);

      // every diagram element draws a model element, and every edge has a polyline
      const modelled = new Set(list(tree.processes[0]?.flowElements));
      for (const s of [...tree.shapes, ...tree.edges])
        expect(modelled.has(s.bpmnElement as never)).toBe(true);
      for (const e of tree.edges) expect(list(e.waypoint).length).toBeGreaterThanOrEqual(2);

      // each gateway's default is the sequence flow of its default edge; conditional flows carry the condition
      for (const gw of tree.ofType('bpmn:ExclusiveGateway')) {
        const node = route.nodes.find((n) => n.id === gw.id);
        expect(node?.type).toBe('branch');
        const defaultEdge = route.edges.find((e) => e.from === node?.id && e.isDefault);
        expect(isObj(gw.default) ? gw.default.id : undefined).toBe(defaultEdge?.id);
      }
      for (const flow of tree.ofType('bpmn:SequenceFlow')) {
        const edge = route.edges.find((e) => e.id === flow.id);
        const expr = isObj(flow.conditionExpression) ? flow.conditionExpression : undefined;
        if (edge?.condition) expect(text(expr?.body)).toContain(JSON.stringify(edge.condition));
        else expect(expr).toBeUndefined();
      }

      // the Signoff extensions give back the route itself: approvers, modes, conditions, order, defaults, names
      expect(readSignoffRoute(definitions)).toEqual(route);
    },
  );
});

const tiny: FlowDefinition = {
  key: '2024 报销/流程',
  nodes: [
    { id: 'start', type: 'start', name: { zh: '发起', en: 'Submit' } },
    {
      id: 'a&b',
      type: 'approve',
      name: { zh: '部门负责人 <审核>', en: 'Head "check"' },
      approvers: {
        kind: 'union',
        of: [
          { kind: 'deptHead', level: 2 },
          { kind: 'supervisingLeader', by: 'category', field: '内容分类' },
        ],
      },
      mode: 'all',
      timeLimit: { workingDays: 2 },
      reminder: { afterHours: 24, repeatHours: 8 },
      allowedActions: ['approve', 'reject', 'return', 'addSigner'],
      signatureRequired: true,
      skipApprovedOnResubmit: false,
      fieldPermissions: { 金额: 'edit', 备注: 'hidden' },
    },
    {
      id: 'cc',
      type: 'notify',
      name: { zh: '备案', en: 'File' },
      approvers: { kind: 'role', name: '档案员' },
    },
    { id: 'end', type: 'end', name: { zh: '结束', en: 'End' } },
  ],
  // an edge id equal to a node id: BPMN ids are one namespace, the route's are two
  edges: [
    { id: 'start', from: 'start', to: 'a&b' },
    { id: 'e2', from: 'a&b', to: 'cc' },
    { id: 'e3', from: 'cc', to: 'end' },
  ],
  layout: { offsets: { cc: { x: 10, y: -4 } } },
};

describe('routeToBpmn', () => {
  it('keeps every step setting, both names and odd ids through a round trip, with unique NCName ids', async () => {
    const xml = await routeToBpmn(tiny, { lang: 'en' });
    const { warnings, definitions } = await readBpmn(xml);
    expect(warnings).toEqual([]);
    expect(readSignoffRoute(definitions)).toEqual(tiny);
    const tree = bpmnTree(definitions);
    expect(tree.processes[0]?.id).toBe('_2024_');
    expect(tree.ofType('bpmn:UserTask')[0]?.name).toBe('Head "check"');
    const ids = [...list(tree.processes[0]?.flowElements), ...tree.shapes, ...tree.edges].map((e) =>
      String(e.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_][\w.-]*$/i);
  });

  it('draws the given diagram: task boxes as laid out, events and gateways at BPMN size inside theirs, edge ends on the shapes', async () => {
    const diagram = {
      nodes: [
        { id: 'start', x: 0, y: 0, width: 200, height: 60 },
        { id: 'a&b', x: 0, y: 100, width: 200, height: 80 },
        { id: 'cc', x: 0, y: 220, width: 200, height: 80 },
        { id: 'end', x: 0, y: 340, width: 200, height: 60 },
      ],
      edges: [
        {
          id: 'start',
          points: [
            { x: 100, y: 60 },
            { x: 100, y: 100 },
          ],
        },
        {
          id: 'e2',
          points: [
            { x: 100, y: 180 },
            { x: 100, y: 200 },
            { x: 120, y: 200 },
            { x: 120, y: 220 },
          ],
        },
        {
          id: 'e3',
          points: [
            { x: 100, y: 300 },
            { x: 100, y: 340 },
          ],
        },
      ],
    };
    const tree = bpmnTree((await readBpmn(await routeToBpmn(tiny, { diagram }))).definitions);
    const bounds = (s: unknown) =>
      isObj(s) && isObj(s.bounds)
        ? { x: s.bounds.x, y: s.bounds.y, width: s.bounds.width, height: s.bounds.height }
        : undefined;
    const [start, task] = tree.shapes;
    expect(bounds(task)).toEqual({ x: 0, y: 100, width: 200, height: 80 });
    expect(bounds(start)).toEqual({ x: 82, y: 12, width: 36, height: 36 });
    const points = tree.edges.map((e) => list(e.waypoint).map((p) => [p.x, p.y]));
    expect(points[0]).toEqual([
      [100, 48],
      [100, 100],
    ]);
    expect(points[1]).toEqual([
      [100, 180],
      [100, 200],
      [120, 200],
      [120, 220],
    ]);
  });

  it('leaves a gateway drawn smaller than its box from the middle of its bottom, with an orthogonal jog', async () => {
    const forked: FlowDefinition = {
      key: 'fork',
      nodes: [
        { id: 'b', type: 'branch', name: { zh: '金额', en: 'Amount' } },
        { id: 'x', type: 'end', name: { zh: '结束', en: 'End' } },
      ],
      edges: [{ id: 'bx', from: 'b', to: 'x', isDefault: true }],
    };
    const diagram = {
      nodes: [
        { id: 'b', x: 0, y: 0, width: 140, height: 40 },
        { id: 'x', x: 120, y: 100, width: 96, height: 36 },
      ],
      edges: [
        {
          id: 'bx',
          points: [
            { x: 120, y: 40 },
            { x: 120, y: 70 },
            { x: 168, y: 70 },
            { x: 168, y: 100 },
          ],
        },
      ],
    };
    const tree = bpmnTree((await readBpmn(await routeToBpmn(forked, { diagram }))).definitions);
    const diamond = tree.shapes[0]?.bounds;
    expect(isObj(diamond) && [diamond.x, diamond.y, diamond.width, diamond.height]).toEqual([50, 0, 40, 40]);
    expect(tree.shapes[0]?.isMarkerVisible).toBe(true);
    const points = list(tree.edges[0]?.waypoint).map((p) => [p.x, p.y]);
    expect(points).toEqual([
      [70, 40],
      [70, 70],
      [120, 70],
      [168, 70],
      [168, 100],
    ]);
  });

  it('lays a route out top to bottom by itself when no diagram is given', async () => {
    const tree = bpmnTree((await readBpmn(await routeToBpmn(tiny))).definitions);
    const ys = tree.shapes.map((s) =>
      isObj(s.bounds) ? Number(s.bounds.y) + Number(s.bounds.height) / 2 : NaN,
    );
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(4);
  });

  it('refuses an edge to a missing node with a typed error in zh and en, not XML', async () => {
    const broken: FlowDefinition = {
      ...tiny,
      edges: [...tiny.edges, { id: 'lost', from: 'cc', to: 'nowhere' }],
    };
    const refused = await routeToBpmn(broken).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(BpmnExportError);
    const err = refused as BpmnExportError;
    expect(err.code).toBe('danglingEdge');
    expect(err.localized.zh).toContain('不存在的节点「nowhere」');
    expect(err.localized.en).toContain('does not exist ("nowhere")');
    expect(err.message).toBe(`${err.localized.zh} / ${err.localized.en}`);
  });

  it('refuses two nodes with the same id', async () => {
    const twice: FlowDefinition = {
      ...tiny,
      nodes: [...tiny.nodes, { id: 'cc', type: 'end', name: { zh: '结束', en: 'End' } }],
    };
    await expect(routeToBpmn(twice)).rejects.toMatchObject({ code: 'duplicateNodeId' });
  });
});
