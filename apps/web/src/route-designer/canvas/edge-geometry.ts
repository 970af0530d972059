type Point = { x: number; y: number };

/** An SVG path through the points with rounded corners, as the layout's orthogonal lines are drawn. */
export function polylinePath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    // the corner is cut short on both sides, by at most half of each segment
    const r = Math.min(radius, dist(prev, p) / 2, dist(p, next) / 2);
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`;
  }
  return d;
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

function towards(from: Point, to: Point, length: number): Point {
  const d = dist(from, to);
  if (d === 0) return from;
  return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d };
}

/** The longest vertical stretch of an orthogonal line, if it has one. */
function longestVertical(points: readonly Point[]): [Point, Point] | undefined {
  let best: [Point, Point] | undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    if (a.x !== b.x) continue;
    if (!best || Math.abs(b.y - a.y) > Math.abs(best[1].y - best[0].y)) best = [a, b];
  }
  return best;
}

/** The vertical stretch that ends the line, down into its last node, if it ends with one. */
function lastVertical(points: readonly Point[]): [Point, Point] | undefined {
  const b = points.at(-1);
  const a = points.at(-2);
  return a && b && a.x === b.x ? [a, b] : undefined;
}

/**
 * Where an edge's "+" (and a branch path's condition) sits. Any edge's in the middle of its longest
 * vertical stretch, away from the corners where the lines of several edges meet. A branch path's at
 * the top of its column (`halfHeight` being half the tools' height), so the paths' conditions line up
 * under the branch: the column is the last stretch, down into the path's first node, or, for a path
 * that runs straight to where the paths meet (`toMerge`), its longest one.
 */
export function toolAnchor(
  points: readonly Point[],
  branch?: { halfHeight: number; toMerge: boolean },
): Point {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { x: 0, y: 0 };
  const column = branch && !branch.toMerge ? lastVertical(points) : undefined;
  const [a, b] = column ?? longestVertical(points) ?? [first, last];
  if (!branch) return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return { x: a.x, y: Math.max(top, Math.min(top + branch.halfHeight + 4, bottom - branch.halfHeight)) };
}
