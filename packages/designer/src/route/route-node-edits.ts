import { APPROVE_MODES, type FlowNode } from '@signoff/flow';
import type { ApproverExpression } from '@signoff/org';
import type { Condition, Localized } from '@signoff/schema';
import type { RouteCommandResult, RouteNodePatch } from './route-command.js';
import { routeChanges } from './route-changes.js';
import { offsetsOf, withGraph, withOffsets } from './route-edit.js';
import type { RouteGraph } from './route-graph.js';
import { refuseRoute } from './route-refusals.js';

const STEP_SETTINGS: readonly string[] = [
  'timeLimitHours',
  'timeLimit',
  'reminder',
  'allowedActions',
  'signatureRequired',
  'fieldPermissions',
  'skipApprovedOnResubmit',
  'skipApplicant',
  'skipPrevious',
  'acknowledgeAllowed',
];

const SETTINGS: Partial<Record<FlowNode['type'], readonly string[]>> = {
  approve: [...STEP_SETTINGS, 'mode'],
  handle: STEP_SETTINGS,
  notify: ['fieldPermissions'],
};

function replaceNode(g: RouteGraph, node: FlowNode, next: FlowNode): RouteCommandResult {
  const nodes = g.flow.nodes.map((n) => (n === node ? next : n));
  return {
    ok: true,
    flow: withGraph(g.flow, nodes, g.flow.edges),
    changed: routeChanges({ changedNodes: [node.id], select: { nodeId: node.id } }),
  };
}

export function renameNode(g: RouteGraph, nodeId: string, name: Localized): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  return replaceNode(g, node, { ...node, name: { zh: name.zh, en: name.en } });
}

export function setApprovers(
  g: RouteGraph,
  nodeId: string,
  approvers: ApproverExpression,
): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  if (node.type !== 'approve' && node.type !== 'notify' && node.type !== 'handle') {
    return { ok: false, problem: refuseRoute.noApprovers(node, nodeId) };
  }
  return replaceNode(g, node, { ...node, approvers });
}

/** Applies the patch; keys set to undefined are removed, `mode: undefined` leaves the mode (a step always has one). */
export function setNodeSettings(g: RouteGraph, nodeId: string, patch: RouteNodePatch): RouteCommandResult {
  const node = g.node.get(nodeId);
  if (!node) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  const allowed = SETTINGS[node.type] ?? [];
  const entries = Object.entries(patch);
  const stray = entries.find(([key]) => !allowed.includes(key));
  if (stray) return { ok: false, problem: refuseRoute.noSetting(node, nodeId, stray[0]) };
  if (patch.mode !== undefined && !APPROVE_MODES.includes(patch.mode)) {
    return { ok: false, problem: refuseRoute.invalidCommand() };
  }
  const next: Record<string, unknown> = { ...node };
  for (const [key, value] of entries) {
    if (value !== undefined) next[key] = value;
    else if (key !== 'mode') delete next[key];
  }
  return replaceNode(g, node, next as unknown as FlowNode);
}

export function setCondition(
  g: RouteGraph,
  edgeId: string,
  condition: Condition | undefined,
): RouteCommandResult {
  const edge = g.edge.get(edgeId);
  if (!edge) return { ok: false, problem: refuseRoute.unknownEdge(edgeId) };
  if (g.node.get(edge.from)?.type !== 'branch' || edge.isDefault === true) {
    return { ok: false, problem: refuseRoute.notBranchEdge(edgeId) };
  }
  const { condition: _old, ...rest } = edge;
  const next = condition === undefined ? rest : { ...rest, condition };
  return {
    ok: true,
    flow: withGraph(
      g.flow,
      g.flow.nodes,
      g.flow.edges.map((e) => (e === edge ? next : e)),
    ),
    changed: routeChanges({ changedEdges: [edgeId], select: { edgeId } }),
  };
}

export function nudgeNode(
  g: RouteGraph,
  nodeId: string,
  offset: { x: number; y: number } | undefined,
): RouteCommandResult {
  if (!g.node.has(nodeId)) return { ok: false, problem: refuseRoute.unknownNode(nodeId) };
  const { [nodeId]: _old, ...others } = offsetsOf(g.flow);
  const offsets = offset === undefined ? others : { ...others, [nodeId]: { x: offset.x, y: offset.y } };
  return {
    ok: true,
    flow: withOffsets(g.flow, offsets),
    changed: routeChanges({ changedNodes: [nodeId], select: { nodeId } }),
  };
}
