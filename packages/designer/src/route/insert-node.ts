import type { FlowEdge, FlowNode } from '@signoff/flow';
import type { Localized } from '@signoff/schema';
import type { InsertableNodeType, RouteCommandResult, RouteOptions } from './route-command.js';
import { routeChanges } from './route-changes.js';
import { insertAfter, withGraph } from './route-edit.js';
import type { RouteGraph } from './route-graph.js';
import { newApprove, newBranch, newHandle, newJoin, newNotify, newSplit } from './route-node-factory.js';
import { refuseRoute } from './route-refusals.js';

/** The nodes and the edges between them that go on the edge: `head` takes the edge, `tail` leaves to its old target. */
interface Piece {
  nodes: FlowNode[];
  inner: FlowEdge[];
  head: string;
  tail: string;
}

function piece(type: InsertableNodeType, to: string, options: RouteOptions, name?: Localized): Piece {
  const id = options.newId('node');
  switch (type) {
    case 'approve':
      return { nodes: [newApprove(id, name)], inner: [], head: id, tail: id };
    case 'notify':
      return { nodes: [newNotify(id, name)], inner: [], head: id, tail: id };
    case 'handle':
      return { nodes: [newHandle(id, name)], inner: [], head: id, tail: id };
    case 'branch': {
      // The conditional path has no condition yet, so validateFlow asks for one (DingTalk: 请设置条件).
      const inner: FlowEdge[] = [
        { id: options.newId('edge'), from: id, to, order: 1 },
        { id: options.newId('edge'), from: id, to, isDefault: true },
      ];
      return { nodes: [newBranch(id, name)], inner, head: id, tail: '' };
    }
    case 'parallel': {
      const join = options.newId('node');
      const inner: FlowEdge[] = [
        { id: options.newId('edge'), from: id, to: join },
        { id: options.newId('edge'), from: id, to: join },
      ];
      return { nodes: [newSplit(id, name), newJoin(join)], inner, head: id, tail: join };
    }
  }
}

const INSERTABLE: readonly string[] = ['approve', 'notify', 'handle', 'branch', 'parallel'];

/**
 * A node (or a whole block) on an edge: the edge keeps its id, condition and order and now ends at
 * the new node, so a branch's path stays the same path; a new edge leads on to where it went.
 */
export function insertNode(
  g: RouteGraph,
  edgeId: string,
  nodeType: InsertableNodeType,
  options: RouteOptions,
  name?: Localized,
): RouteCommandResult {
  const edge = g.edge.get(edgeId);
  if (!edge) return { ok: false, problem: refuseRoute.unknownEdge(edgeId) };
  if (!INSERTABLE.includes(nodeType)) return { ok: false, problem: refuseRoute.invalidCommand() };
  if (!g.node.has(edge.from) || !g.node.has(edge.to))
    return { ok: false, problem: refuseRoute.dangling(edgeId) };

  const p = piece(nodeType, edge.to, options, name);
  const leave: FlowEdge[] = p.tail === '' ? [] : [{ id: options.newId('edge'), from: p.tail, to: edge.to }];
  const added = [...p.inner, ...leave];
  const edges = g.flow.edges.flatMap((e) => (e === edge ? [{ ...e, to: p.head }, ...added] : [e]));
  const at = g.flow.nodes.findIndex((n) => n.id === edge.from);
  const nodes = insertAfter(g.flow.nodes, at, p.nodes);
  return {
    ok: true,
    flow: withGraph(g.flow, nodes, edges),
    changed: routeChanges({
      addedNodes: p.nodes.map((n) => n.id),
      addedEdges: added.map((e) => e.id),
      changedEdges: [edge.id],
      select: { nodeId: p.head },
    }),
  };
}
