import type { Flow, FlowEdge, FlowNode } from '../canvas/route-canvas-types';

/** What about a node two versions of a route disagree on. */
export type NodeAspect =
  | 'type'
  | 'name'
  | 'approvers'
  | 'mode'
  | 'timeLimit'
  | 'reminder'
  | 'allowedActions'
  | 'signatureRequired'
  | 'fieldPermissions'
  | 'skipApprovedOnResubmit'
  | 'skipApplicant'
  | 'skipPrevious'
  | 'acknowledgeAllowed';

/** What about an edge two versions disagree on; `order` is the rank among its branch's conditions. */
export type EdgeAspect = 'ends' | 'condition' | 'isDefault' | 'order';

export interface NodeDifference {
  before: FlowNode;
  after: FlowNode;
  aspects: NodeAspect[];
}

export interface EdgeDifference {
  before: FlowEdge;
  after: FlowEdge;
  aspects: EdgeAspect[];
  /** the edge's rank among its branch's conditional edges, 1-based, in each version (when it has one) */
  rank: { before: number | undefined; after: number | undefined };
}

/** How the newer route differs from the older one. Nodes are matched by id, edges by id or else by their ends. */
export interface RouteDiff {
  addedNodes: FlowNode[];
  removedNodes: FlowNode[];
  changedNodes: NodeDifference[];
  addedEdges: FlowEdge[];
  removedEdges: FlowEdge[];
  changedEdges: EdgeDifference[];
}

export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

/** A value as text with object keys sorted and undefined left out, so equal settings compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const flag = (v: unknown) => v === true;

/** Each aspect read so that absent and its default are the same (a step without `mode` is not "changed"). */
const NODE_ASPECTS: Record<NodeAspect, (n: FlowNode) => unknown> = {
  type: (n) => n.type,
  name: (n) => n.name,
  approvers: (n) => ('approvers' in n ? n.approvers : undefined),
  mode: (n) => (n.type === 'approve' ? n.mode : undefined),
  timeLimit: (n) => {
    if (n.type !== 'approve' && n.type !== 'handle') return undefined;
    const limit = n.timeLimit;
    if (limit && (limit.hours !== undefined || limit.workingDays !== undefined)) return limit;
    return n.timeLimitHours !== undefined ? { hours: n.timeLimitHours } : undefined;
  },
  reminder: (n) => ('reminder' in n ? n.reminder : undefined),
  allowedActions: (n) =>
    'allowedActions' in n && n.allowedActions ? [...n.allowedActions].sort() : undefined,
  signatureRequired: (n) => 'signatureRequired' in n && flag(n.signatureRequired),
  fieldPermissions: (n) => {
    if (!('fieldPermissions' in n) || !n.fieldPermissions) return {};
    // a field not listed is `read`, so listing it as `read` changes nothing
    return Object.fromEntries(Object.entries(n.fieldPermissions).filter(([, p]) => p !== 'read'));
  },
  skipApprovedOnResubmit: (n) => 'skipApprovedOnResubmit' in n && flag(n.skipApprovedOnResubmit),
  // on unless a step turns it off
  skipApplicant: (n) => !('skipApplicant' in n) || n.skipApplicant !== false,
  skipPrevious: (n) => !('skipPrevious' in n) || n.skipPrevious !== false,
  acknowledgeAllowed: (n) => 'acknowledgeAllowed' in n && flag(n.acknowledgeAllowed),
};

const ASPECT_ORDER = Object.keys(NODE_ASPECTS) as NodeAspect[];

export function nodeAspects(before: FlowNode, after: FlowNode): NodeAspect[] {
  return ASPECT_ORDER.filter((a) => canonical(NODE_ASPECTS[a](before)) !== canonical(NODE_ASPECTS[a](after)));
}

/** Each conditional edge's 1-based rank among its branch's conditions: by `order`, ties in array order. */
function conditionRanks(flow: Flow): Map<string, number> {
  const byFrom = new Map<string, { edge: FlowEdge; index: number }[]>();
  flow.edges.forEach((edge, index) => {
    if (edge.isDefault || edge.condition === undefined) return;
    byFrom.set(edge.from, [...(byFrom.get(edge.from) ?? []), { edge, index }]);
  });
  const ranks = new Map<string, number>();
  for (const list of byFrom.values()) {
    list
      .sort((a, b) => (a.edge.order ?? 0) - (b.edge.order ?? 0) || a.index - b.index)
      .forEach(({ edge }, i) => ranks.set(edge.id, i + 1));
  }
  return ranks;
}

function edgeAspects(
  before: FlowEdge,
  after: FlowEdge,
  rank: { before: number | undefined; after: number | undefined },
): EdgeAspect[] {
  const aspects: EdgeAspect[] = [];
  if (before.from !== after.from || before.to !== after.to) aspects.push('ends');
  if (canonical(before.condition) !== canonical(after.condition)) aspects.push('condition');
  if (flag(before.isDefault) !== flag(after.isDefault)) aspects.push('isDefault');
  // a rank only compares between two conditional edges; becoming or leaving the default says it already
  if (rank.before !== undefined && rank.after !== undefined && rank.before !== rank.after)
    aspects.push('order');
  return aspects;
}

/** The pairs of older and newer edges that are the same edge: same id, or (left over) the same ends. */
function matchEdges(older: readonly FlowEdge[], newer: readonly FlowEdge[]) {
  const newerById = new Map(newer.map((e) => [e.id, e]));
  const pairs: [FlowEdge, FlowEdge][] = [];
  const leftOld: FlowEdge[] = [];
  const taken = new Set<string>();
  for (const e of older) {
    const same = newerById.get(e.id);
    if (same) {
      pairs.push([e, same]);
      taken.add(same.id);
    } else leftOld.push(e);
  }
  const removed: FlowEdge[] = [];
  for (const e of leftOld) {
    // an edge drawn again under a new id (an import, a restored copy) is the same line
    const twin = newer.find((n) => !taken.has(n.id) && n.from === e.from && n.to === e.to);
    if (twin) {
      pairs.push([e, twin]);
      taken.add(twin.id);
    } else removed.push(e);
  }
  return { pairs, removed, added: newer.filter((e) => !taken.has(e.id)) };
}

export function diffRoutes(older: Flow, newer: Flow): RouteDiff {
  const olderNodes = new Map(older.nodes.map((n) => [n.id, n]));
  const newerIds = new Set(newer.nodes.map((n) => n.id));
  const changedNodes: NodeDifference[] = [];
  for (const after of newer.nodes) {
    const before = olderNodes.get(after.id);
    if (!before) continue;
    const aspects = nodeAspects(before, after);
    if (aspects.length > 0) changedNodes.push({ before, after, aspects });
  }
  const oldRanks = conditionRanks(older);
  const newRanks = conditionRanks(newer);
  const edges = matchEdges(older.edges, newer.edges);
  const changedEdges: EdgeDifference[] = [];
  for (const [before, after] of edges.pairs) {
    const rank = { before: oldRanks.get(before.id), after: newRanks.get(after.id) };
    const aspects = edgeAspects(before, after, rank);
    if (aspects.length > 0) changedEdges.push({ before, after, aspects, rank });
  }
  return {
    addedNodes: newer.nodes.filter((n) => !olderNodes.has(n.id)),
    removedNodes: older.nodes.filter((n) => !newerIds.has(n.id)),
    changedNodes,
    addedEdges: edges.added,
    removedEdges: edges.removed,
    changedEdges,
  };
}

export const diffSize = (d: RouteDiff) =>
  d.addedNodes.length +
  d.removedNodes.length +
  d.changedNodes.length +
  d.addedEdges.length +
  d.removedEdges.length +
  d.changedEdges.length;

/** What the diff's picture draws: the newer route with the older one's removed nodes and edges put back. */
export interface DiffPicture {
  flow: Flow;
  nodes: ReadonlyMap<string, DiffStatus>;
  edges: ReadonlyMap<string, DiffStatus>;
}

export function diffPicture(older: Flow, newer: Flow, diff: RouteDiff): DiffPicture {
  const nodes = new Map<string, DiffStatus>(newer.nodes.map((n) => [n.id, 'same']));
  for (const n of diff.addedNodes) nodes.set(n.id, 'added');
  for (const c of diff.changedNodes) nodes.set(c.after.id, 'changed');
  for (const n of diff.removedNodes) nodes.set(n.id, 'removed');
  const edges = new Map<string, DiffStatus>(newer.edges.map((e) => [e.id, 'same']));
  for (const e of diff.addedEdges) edges.set(e.id, 'added');
  for (const c of diff.changedEdges) edges.set(c.after.id, 'changed');
  // a re-ended edge (a step removed, its line healed) is drawn where it was too, so the ghost of the
  // removed step stays joined to the route; the old line gets an id of its own
  const reEnded = diff.changedEdges
    .filter((c) => c.aspects.includes('ends'))
    .map((c) => ({ ...c.before, id: `${c.before.id}~before` }));
  // a removed edge is drawn only where both its ends are in the picture; its id is free (ids matched first)
  const ghostEdges = [...diff.removedEdges, ...reEnded].filter(
    (e) => nodes.has(e.from) && nodes.has(e.to) && !edges.has(e.id),
  );
  for (const e of ghostEdges) edges.set(e.id, 'removed');
  // the nudges of the newer route, and the older one's for the nodes only it has
  const offsets = { ...newer.layout?.offsets };
  for (const n of diff.removedNodes) {
    const at = older.layout?.offsets?.[n.id];
    if (at) offsets[n.id] = at;
  }
  const flow: Flow = {
    key: newer.key,
    nodes: [...newer.nodes, ...diff.removedNodes],
    edges: [...newer.edges, ...ghostEdges],
    ...(Object.keys(offsets).length > 0 && { layout: { offsets } }),
  };
  return { flow, nodes, edges };
}
