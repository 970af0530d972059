import type { FlowDefinition } from '@signoff/flow';
import type { RouteCommand, RouteCommandResult, RouteOptions } from './route-command.js';
import { routeChanges } from './route-changes.js';
import { insertNode } from './insert-node.js';
import { isFlowShaped, routeGraph } from './route-graph.js';
import { nudgeNode, renameNode, setApprovers, setCondition, setNodeSettings } from './route-node-edits.js';
import { addPath, removePath, reorderConditions } from './route-paths.js';
import { refuseRoute } from './route-refusals.js';
import { removeNode } from './remove-node.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isName = (v: unknown): boolean => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';
const isPoint = (v: unknown): boolean =>
  isObj(v) &&
  typeof v.x === 'number' &&
  Number.isFinite(v.x) &&
  typeof v.y === 'number' &&
  Number.isFinite(v.y);

/** Whether the command's fields have the shapes its type promises; commands may come from JSON or a stale client. */
function wellFormed(c: Obj): boolean {
  switch (c.type) {
    case 'insertNode':
      return isId(c.edgeId) && typeof c.nodeType === 'string' && (c.name === undefined || isName(c.name));
    case 'removeNode':
    case 'addPath':
      return isId(c.nodeId);
    case 'removePath':
      return isId(c.edgeId);
    case 'reorderConditions':
      return isId(c.nodeId) && Array.isArray(c.edgeIds) && c.edgeIds.every(isId);
    case 'setCondition':
      return isId(c.edgeId) && (c.condition === undefined || isObj(c.condition));
    case 'renameNode':
      return isId(c.nodeId) && isName(c.name);
    case 'setApprovers':
      return isId(c.nodeId) && isObj(c.approvers) && typeof c.approvers.kind === 'string';
    case 'setNodeSettings':
      return isId(c.nodeId) && isObj(c.patch);
    case 'nudgeNode':
      return isId(c.nodeId) && (c.offset === undefined || isPoint(c.offset));
    case 'replaceFlow':
      return true;
    default:
      return false;
  }
}

/**
 * One edit of a route, as the designer dispatches it. Pure and total: the flow given is never
 * modified, nodes and edges the command did not touch stay the same objects (so memoized canvas
 * nodes skip them), and any input — a malformed flow from the JSON view included — gives either
 * the new flow or a refusal saying why, never an exception. The result is not validated here;
 * `validateFlow` (or the history's `problems`) reports what still stops publishing.
 */
export function applyRouteCommand(
  flow: FlowDefinition,
  cmd: RouteCommand,
  options: RouteOptions,
): RouteCommandResult {
  const raw: unknown = cmd;
  if (!isObj(raw) || !wellFormed(raw)) return { ok: false, problem: refuseRoute.invalidCommand() };
  if (cmd.type === 'replaceFlow') {
    if (!isFlowShaped(cmd.flow)) return { ok: false, problem: refuseRoute.invalidFlow() };
    return { ok: true, flow: cmd.flow, changed: replaced(flow, cmd.flow) };
  }
  const g = routeGraph(flow);
  if (!g) return { ok: false, problem: refuseRoute.invalidFlow() };
  switch (cmd.type) {
    case 'insertNode':
      return insertNode(g, cmd.edgeId, cmd.nodeType, options, cmd.name);
    case 'removeNode':
      return removeNode(g, cmd.nodeId);
    case 'addPath':
      return addPath(g, cmd.nodeId, options);
    case 'removePath':
      return removePath(g, cmd.edgeId);
    case 'reorderConditions':
      return reorderConditions(g, cmd.nodeId, cmd.edgeIds);
    case 'setCondition':
      return setCondition(g, cmd.edgeId, cmd.condition);
    case 'renameNode':
      return renameNode(g, cmd.nodeId, cmd.name);
    case 'setApprovers':
      return setApprovers(g, cmd.nodeId, cmd.approvers);
    case 'setNodeSettings':
      return setNodeSettings(g, cmd.nodeId, cmd.patch);
    case 'nudgeNode':
      return nudgeNode(g, cmd.nodeId, cmd.offset);
  }
}

const idList = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.flatMap((v: unknown) => (isObj(v) && typeof v.id === 'string' ? [v.id] : []))
    : [];

/** A replaced flow's changes by id: the canvas redraws all of it anyway, but announces what came and went. */
function replaced(before: FlowDefinition, after: FlowDefinition) {
  const raw: unknown = before;
  const old = isObj(raw) ? { nodes: idList(raw.nodes), edges: idList(raw.edges) } : { nodes: [], edges: [] };
  const now = { nodes: idList(after.nodes), edges: idList(after.edges) };
  const diff = (a: string[], b: string[]) => {
    const inB = new Set(b);
    return a.filter((id) => !inB.has(id));
  };
  const both = (a: string[], b: string[]) => {
    const inB = new Set(b);
    return a.filter((id) => inB.has(id));
  };
  return routeChanges({
    addedNodes: diff(now.nodes, old.nodes),
    removedNodes: diff(old.nodes, now.nodes),
    changedNodes: both(now.nodes, old.nodes),
    addedEdges: diff(now.edges, old.edges),
    removedEdges: diff(old.edges, now.edges),
    changedEdges: both(now.edges, old.edges),
    select: null,
  });
}
