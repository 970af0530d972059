import type { TFunction } from 'i18next';
import type { CanvasWords } from '../canvas/route-canvas-model';
import type { Flow, FlowEdge, FlowNode } from '../canvas/route-canvas-types';
import type { EdgeDifference, NodeAspect, NodeDifference, RouteDiff } from './route-diff';

/** One line of the list of changes, and what on the picture it is about. */
export interface ChangeLine {
  key: string;
  status: 'added' | 'removed' | 'changed';
  target: { nodeId: string } | { edgeId: string };
  text: string;
}

const D = 'routeDesigner.diff';

function limitText(t: TFunction, node: FlowNode): string {
  if (node.type !== 'approve' && node.type !== 'handle') return t(`${D}.noLimit`);
  const limit = node.timeLimit;
  const hours = limit?.hours ?? (limit?.workingDays === undefined ? node.timeLimitHours : undefined);
  if (hours !== undefined) return t(`${D}.hours`, { count: hours });
  if (limit?.workingDays !== undefined) return t(`${D}.workingDays`, { count: limit.workingDays });
  return t(`${D}.noLimit`);
}

/** The words of a changed node's aspects: before → after where that reads, else just what changed. */
function nodeAspectText(t: TFunction, w: CanvasWords, c: NodeDifference, aspect: NodeAspect): string {
  const { before, after } = c;
  switch (aspect) {
    case 'name':
      return t(`${D}.name`, { before: w.pick(before.name), after: w.pick(after.name) });
    case 'type':
      return t(`${D}.type`, { before: w.kind(before.type), after: w.kind(after.type) });
    case 'approvers':
      return t(`${D}.approvers`, {
        role: w.kind(after.type),
        before: w.who(before)?.text ?? '',
        after: w.who(after)?.text ?? '',
      });
    case 'mode':
      return t(`${D}.mode`, {
        before: w.mode(before) ?? t(`${D}.single`),
        after: w.mode(after) ?? t(`${D}.single`),
      });
    case 'timeLimit':
      return t(`${D}.timeLimit`, { before: limitText(t, before), after: limitText(t, after) });
    case 'signatureRequired':
      return t(
        'signatureRequired' in after && after.signatureRequired ? `${D}.signatureOn` : `${D}.signatureOff`,
      );
    default:
      return t(`${D}.${aspect}`);
  }
}

function nodeName(w: CanvasWords, node: FlowNode | undefined, id: string): string {
  return node ? w.pick(node.name) || w.kind(node.type) : id;
}

function edgeAspectText(t: TFunction, w: CanvasWords, c: EdgeDifference, older: Flow): string[] {
  const name = (id: string) =>
    nodeName(
      w,
      older.nodes.find((n) => n.id === id),
      id,
    );
  return c.aspects.map((aspect) => {
    switch (aspect) {
      case 'ends':
        return t(`${D}.ends`, { from: name(c.before.from), to: name(c.before.to) });
      case 'condition':
        return t(`${D}.condition`, {
          before: w.condition(c.before)?.text ?? '',
          after: w.condition(c.after)?.text ?? '',
        });
      case 'isDefault':
        return t(c.after.isDefault ? `${D}.nowDefault` : `${D}.noLongerDefault`);
      case 'order':
        return t(`${D}.order`, { before: c.rank.before, after: c.rank.after });
    }
  });
}

/**
 * The diff as sentences in the page's language, in the newer route's order: nodes first (added,
 * changed, removed), then the lines between them. `older` and `newer` name the ends of the edges.
 */
export function diffInWords(
  diff: RouteDiff,
  older: Flow,
  newer: Flow,
  t: TFunction,
  w: CanvasWords,
): ChangeLine[] {
  const sep = t(`${D}.separator`);
  const lines: ChangeLine[] = [];
  const order = new Map(newer.nodes.map((n, i) => [n.id, i]));
  const nodeLines: (ChangeLine & { at: number })[] = [
    ...diff.addedNodes.map((n) => ({
      key: `node-added-${n.id}`,
      status: 'added' as const,
      target: { nodeId: n.id },
      text: t(`${D}.addedNode`, { kind: w.kind(n.type), name: nodeName(w, n, n.id) }),
      at: order.get(n.id) ?? 0,
    })),
    ...diff.changedNodes.map((c) => ({
      key: `node-changed-${c.after.id}`,
      status: 'changed' as const,
      target: { nodeId: c.after.id },
      text: t(`${D}.changedNode`, {
        kind: w.kind(c.after.type),
        name: nodeName(w, c.after, c.after.id),
        what: c.aspects.map((a) => nodeAspectText(t, w, c, a)).join(sep),
      }),
      at: order.get(c.after.id) ?? 0,
    })),
  ].sort((a, b) => a.at - b.at);
  lines.push(...nodeLines.map(({ at: _at, ...line }) => line));
  for (const n of diff.removedNodes)
    lines.push({
      key: `node-removed-${n.id}`,
      status: 'removed',
      target: { nodeId: n.id },
      text: t(`${D}.removedNode`, { kind: w.kind(n.type), name: nodeName(w, n, n.id) }),
    });

  const ends = (flow: Flow, e: FlowEdge) => ({
    from: nodeName(
      w,
      flow.nodes.find((n) => n.id === e.from),
      e.from,
    ),
    to: nodeName(
      w,
      flow.nodes.find((n) => n.id === e.to),
      e.to,
    ),
  });
  const fromBranch = (flow: Flow, e: FlowEdge) => flow.nodes.find((n) => n.id === e.from)?.type === 'branch';
  for (const e of diff.addedEdges) {
    const condition = fromBranch(newer, e) ? w.condition(e)?.text : undefined;
    lines.push({
      key: `edge-added-${e.id}`,
      status: 'added',
      target: { edgeId: e.id },
      text:
        condition !== undefined
          ? t(`${D}.addedPath`, { ...ends(newer, e), condition })
          : t(`${D}.addedEdge`, ends(newer, e)),
    });
  }
  for (const c of diff.changedEdges)
    lines.push({
      key: `edge-changed-${c.after.id}`,
      status: 'changed',
      target: { edgeId: c.after.id },
      text: t(`${D}.changedEdge`, {
        ...ends(newer, c.after),
        what: edgeAspectText(t, w, c, older).join(sep),
      }),
    });
  for (const e of diff.removedEdges)
    lines.push({
      key: `edge-removed-${e.id}`,
      status: 'removed',
      target: { edgeId: e.id },
      text: t(`${D}.removedEdge`, ends(older, e)),
    });
  return lines;
}
