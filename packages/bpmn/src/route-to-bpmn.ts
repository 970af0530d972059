import { BpmnModdle, type ModdleElement } from './moddle.js';
import type { FlowDefinition, FlowEdge, FlowNode, FlowNodeType } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import { assertExportable } from './bpmn-export-error.js';
import { BPMN_SHAPE_SIZES, layeredDiagram, type BpmnDiagram, type DiagramPoint } from './bpmn-diagram.js';
import { createIdAllocator } from './bpmn-ids.js';
import { conditionText } from './condition-text.js';
import {
  edgeExtension,
  nodeExtension,
  routeExtension,
  SIGNOFF_NS,
  SIGNOFF_PACKAGES,
} from './signoff-extension.js';

export interface RouteToBpmnOptions {
  /** the process name (usually the template's title); the route key when absent */
  name?: Localized;
  /** where to draw nodes and edges (the designer's `layoutRoute`); a simple layered layout when absent */
  diagram?: BpmnDiagram;
  /** the language of names and condition text in the standard BPMN attributes; both are in the extension */
  lang?: 'zh' | 'en';
}

const ELEMENT: Record<FlowNodeType, string> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  approve: 'bpmn:UserTask',
  handle: 'bpmn:UserTask',
  // CC: a message sent on the way, the route does not wait for it
  notify: 'bpmn:SendTask',
  branch: 'bpmn:ExclusiveGateway',
  parallel: 'bpmn:ParallelGateway',
  join: 'bpmn:ParallelGateway',
};

/** The condition language of Signoff's condition expressions: a readable line, then the condition's JSON. */
export const SIGNOFF_CONDITION_LANGUAGE = `${SIGNOFF_NS.uri}#condition`;

const OTHERWISE = { zh: '其他情况', en: 'otherwise' } as const;

type Box = BpmnDiagram['nodes'][number];

/**
 * Events and gateways at BPMN's customary sizes, centred in the box the layout gave them: a
 * 140-pixel-wide diamond reads wrong in a modeller. The edge ends are then moved onto the shape.
 */
function shapeBox(node: FlowNode, box: Box): Box {
  if (node.type === 'approve' || node.type === 'handle' || node.type === 'notify') return box;
  const size = BPMN_SHAPE_SIZES[node.type];
  // square, so a diamond or circle keeps its shape in a flat box
  const width = Math.min(size.width, box.width, box.height);
  const height = width;
  return {
    id: box.id,
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
  };
}

const clampTo = (p: DiagramPoint, b: Box): DiagramPoint => ({
  x: Math.min(Math.max(p.x, b.x), b.x + b.width),
  y: Math.min(Math.max(p.y, b.y), b.y + b.height),
});

/**
 * Moves a polyline's first point onto a shape that is smaller than the layout's box. A vertical
 * first segment (the layout runs top to bottom) leaves from the middle of the shape's top or
 * bottom and joins the old line with a horizontal jog, so the line stays orthogonal; any other
 * line just has its end pulled onto the shape.
 */
function attachStart(points: DiagramPoint[], b: Box): DiagramPoint[] {
  const [p0, p1, ...rest] = points;
  if (!p0 || !p1) return points;
  const cx = b.x + b.width / 2;
  if (p0.x !== p1.x || p0.x === cx) return [clampTo(p0, b), p1, ...rest];
  const y = p1.y >= p0.y ? b.y + b.height : b.y;
  return [{ x: cx, y }, { x: cx, y: p1.y }, p1, ...rest];
}

const attachEnd = (points: DiagramPoint[], b: Box): DiagramPoint[] =>
  attachStart([...points].reverse(), b).reverse();

/** Drops repeated points, which a jog of zero length would leave. */
const distinct = (points: DiagramPoint[]): DiagramPoint[] =>
  points.filter((p, i) => i === 0 || p.x !== points[i - 1]?.x || p.y !== points[i - 1]?.y);

function waypoints(
  points: readonly DiagramPoint[],
  from: Box | undefined,
  to: Box | undefined,
): DiagramPoint[] {
  let out = points.map((p) => ({ x: p.x, y: p.y }));
  if (from) out = attachStart(out, from);
  if (to) out = attachEnd(out, to);
  return distinct(out);
}

function centreLine(from: Box, to: Box): DiagramPoint[] {
  return [
    { x: from.x + from.width / 2, y: from.y + from.height },
    { x: to.x + to.width / 2, y: to.y },
  ];
}

/**
 * A route as a BPMN 2.0 file with diagram interchange, for bpmn-js, Camunda Modeler and other
 * modellers: standard elements for what BPMN can say, `signoff:` extension elements for the rest
 * (approver expressions, approve modes, step settings, condition JSON with its order), enough for
 * an import to rebuild the same route. Refuses a route with dangling edges or duplicate ids.
 */
export async function routeToBpmn(flow: FlowDefinition, opts: RouteToBpmnOptions = {}): Promise<string> {
  assertExportable(flow);
  const lang = opts.lang ?? 'zh';
  const moddle = new BpmnModdle(SIGNOFF_PACKAGES);
  const allocate = createIdAllocator();
  const processId = allocate(flow.key);
  const definitionsId = allocate(`Definitions_${flow.key}`);
  const diagramId = allocate(`BPMNDiagram_${flow.key}`);
  const planeId = allocate(`BPMNPlane_${flow.key}`);

  const elements = new Map<string, ModdleElement>();
  for (const node of flow.nodes) {
    elements.set(
      node.id,
      moddle.create(ELEMENT[node.type], {
        id: allocate(node.id),
        name: node.name[lang],
        extensionElements: moddle.create('bpmn:ExtensionElements', { values: [nodeExtension(moddle, node)] }),
        ...loopOf(moddle, node),
        incoming: [],
        outgoing: [],
      }),
    );
  }
  const element = (id: string): ModdleElement => {
    const el = elements.get(id);
    if (!el) throw new Error(`unreachable: node ${id} was checked`);
    return el;
  };
  const flows = new Map<string, ModdleElement>();
  for (const edge of flow.edges) {
    const source = element(edge.from);
    const target = element(edge.to);
    const sequenceFlow = moddle.create('bpmn:SequenceFlow', {
      id: allocate(edge.id),
      sourceRef: source,
      targetRef: target,
      extensionElements: moddle.create('bpmn:ExtensionElements', { values: [edgeExtension(moddle, edge)] }),
      ...(edge.condition
        ? {
            name: conditionText(edge.condition, lang),
            conditionExpression: conditionExpression(moddle, edge, lang),
          }
        : {}),
      ...(edge.isDefault && !edge.condition ? { name: OTHERWISE[lang] } : {}),
    });
    (source.outgoing as ModdleElement[]).push(sequenceFlow);
    (target.incoming as ModdleElement[]).push(sequenceFlow);
    flows.set(edge.id, sequenceFlow);
  }
  for (const edge of flow.edges) {
    const gateway = element(edge.from);
    if (edge.isDefault && gateway.$type === 'bpmn:ExclusiveGateway') gateway.default = flows.get(edge.id);
  }

  const processEl = moddle.create('bpmn:Process', {
    id: processId,
    name: opts.name?.[lang] ?? flow.key,
    // Signoff runs the route; the file is for modelling and exchange, not for a BPMN engine
    isExecutable: false,
    extensionElements: moddle.create('bpmn:ExtensionElements', { values: [routeExtension(moddle, flow)] }),
    flowElements: [...elements.values(), ...flows.values()],
  });

  const diagram = opts.diagram ?? layeredDiagram(flow);
  const boxes = new Map(diagram.nodes.map((b) => [b.id, b]));
  const shapeOf = new Map<string, Box>();
  // edges keep the layout's ends on task boxes; on events and gateways drawn smaller they are moved onto the shape
  const shrunk = new Set<string>();
  for (const node of flow.nodes) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const shape = shapeBox(node, box);
    shapeOf.set(node.id, shape);
    if (shape !== box) shrunk.add(node.id);
  }
  const paths = new Map(diagram.edges.map((e) => [e.id, e.points]));
  const planeElements: ModdleElement[] = [];
  for (const node of flow.nodes) {
    const box = shapeOf.get(node.id);
    const bpmnElement = element(node.id);
    if (!box) continue;
    planeElements.push(
      moddle.create('bpmndi:BPMNShape', {
        id: allocate(`${String(bpmnElement.id)}_di`),
        bpmnElement,
        bounds: moddle.create('dc:Bounds', { x: box.x, y: box.y, width: box.width, height: box.height }),
        ...(node.type === 'branch' ? { isMarkerVisible: true } : {}),
      }),
    );
  }
  for (const edge of flow.edges) {
    const from = shapeOf.get(edge.from);
    const to = shapeOf.get(edge.to);
    const onto = (id: string, shape: Box | undefined) => (shrunk.has(id) ? shape : undefined);
    const given = paths.get(edge.id);
    const points =
      given && given.length >= 2
        ? waypoints(given, onto(edge.from, from), onto(edge.to, to))
        : from && to
          ? centreLine(from, to)
          : [];
    const bpmnElement = flows.get(edge.id);
    if (points.length < 2 || !bpmnElement) continue;
    planeElements.push(
      moddle.create('bpmndi:BPMNEdge', {
        id: allocate(`${String(bpmnElement.id)}_di`),
        bpmnElement,
        waypoint: points.map((p) => moddle.create('dc:Point', { x: p.x, y: p.y })),
      }),
    );
  }
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: planeId,
    bpmnElement: processEl,
    planeElement: planeElements,
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: definitionsId,
    targetNamespace: SIGNOFF_NS.uri,
    exporter: 'Signoff',
    exporterVersion: '1',
    rootElements: [processEl],
    diagrams: [moddle.create('bpmndi:BPMNDiagram', { id: diagramId, plane })],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

function conditionExpression(
  moddle: BpmnModdle,
  edge: FlowEdge,
  lang: 'zh' | 'en',
): ModdleElement | undefined {
  if (!edge.condition) return undefined;
  return moddle.create('bpmn:FormalExpression', {
    language: SIGNOFF_CONDITION_LANGUAGE,
    body: `${conditionText(edge.condition, lang)}\n${JSON.stringify(edge.condition)}`,
  });
}

/**
 * How the approvers of a step sign, in the standard form Camunda and Flowable read (and the BPMN
 * import reads back): 会签 a parallel multi-instance task, 依次 a sequential one, 或签 one that
 * completes with the first approval. A single approver needs nothing.
 */
function loopOf(moddle: BpmnModdle, node: FlowNode): { loopCharacteristics?: ModdleElement } {
  if (node.type !== 'approve' || node.mode === 'single') return {};
  return {
    loopCharacteristics: moddle.create('bpmn:MultiInstanceLoopCharacteristics', {
      isSequential: node.mode === 'sequential',
      ...(node.mode === 'any'
        ? {
            completionCondition: moddle.create('bpmn:FormalExpression', {
              body: '${nrOfCompletedInstances >= 1}',
            }),
          }
        : {}),
    }),
  };
}
