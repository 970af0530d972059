import type { RouteLayout } from '@signoff/designer';
import type { Flow, RouteSelection } from './route-canvas-types';

export type NavDirection = 'up' | 'down' | 'left' | 'right';

const KEYS: Record<string, NavDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export const navDirection = (key: string): NavDirection | undefined => KEYS[key];

type Box = RouteLayout['nodes'][number];
const centreX = (b: Box) => b.x + b.width / 2;
const centreY = (b: Box) => b.y + b.height / 2;

/** Of the candidates, the one nearest to `from` horizontally: down a branch stays in its column. */
function nearest(
  ids: readonly string[],
  from: Box | undefined,
  box: ReadonlyMap<string, Box>,
): string | undefined {
  if (!from) return ids[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of ids) {
    const b = box.get(id);
    const d = b ? Math.abs(centreX(b) - centreX(from)) : Infinity;
    if (best === undefined || d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Where an arrow key takes the selection: down the route to the next node, up to the previous one
 * (from an edge, to its ends), left and right to the nearest node on a sibling path at about the same
 * height as drawn. Undefined when there is nowhere to go. Nothing selected: the start node.
 */
export function navigate(
  flow: Flow,
  layout: RouteLayout,
  selected: RouteSelection,
  dir: NavDirection,
): RouteSelection | undefined {
  const box = new Map(layout.nodes.map((n) => [n.id, n]));
  if (selected === null) {
    const start = flow.nodes.find((n) => n.type === 'start');
    return start ? { nodeId: start.id } : undefined;
  }
  if ('edgeId' in selected) {
    const edge = flow.edges.find((e) => e.id === selected.edgeId);
    if (!edge || dir === 'left' || dir === 'right') return undefined;
    return { nodeId: dir === 'down' ? edge.to : edge.from };
  }
  const id = selected.nodeId;
  const here = box.get(id);
  if (dir === 'down' || dir === 'up') {
    const next =
      dir === 'down'
        ? flow.edges.filter((e) => e.from === id).map((e) => e.to)
        : flow.edges.filter((e) => e.to === id).map((e) => e.from);
    const to = nearest(
      next.filter((n) => box.has(n)),
      here,
      box,
    );
    return to === undefined ? undefined : { nodeId: to };
  }
  if (!here) return undefined;
  // the same row as drawn: the other node's vertical span holds this node's centre
  const row = layout.nodes.filter(
    (b) =>
      b.id !== id &&
      b.y <= centreY(here) &&
      centreY(here) <= b.y + b.height &&
      (dir === 'left' ? centreX(b) < centreX(here) : centreX(b) > centreX(here)),
  );
  const to = nearest(
    row.map((b) => b.id),
    here,
    box,
  );
  return to === undefined ? undefined : { nodeId: to };
}
