// Counts which components rendered in each React commit, from the fiber tree React DOM hands the
// DevTools hook (installed by designer.html before React loads; production builds call it too).
// A component rendered when its props or its hooks' state are new objects: a memo bail-out keeps both,
// and so does a subtree React skipped. The walk costs milliseconds, so it runs only while counting.
import type { RenderCount } from './designer-bench-api';

/** The few fiber fields the walk reads (React's internals; stable across React 17–19). */
interface Fiber {
  tag: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
}

// function, class, forwardRef, memo, simple memo
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const HOST_COMPONENT = 5;

type Region = 'canvas' | 'panel' | 'other';

const ids = new WeakMap<Fiber, number>();
let nextId = 1;
let last = new Map<number, { props: unknown; state: unknown }>();

/** One id for a fiber and its alternate: React swaps the two on every render. */
function idOf(f: Fiber): number {
  const id = ids.get(f) ?? (f.alternate ? ids.get(f.alternate) : undefined) ?? nextId++;
  ids.set(f, id);
  if (f.alternate) ids.set(f.alternate, id);
  return id;
}

function hostProps(f: Fiber): Record<string, unknown> | null {
  return f.tag === HOST_COMPONENT && typeof f.memoizedProps === 'object' && f.memoizedProps !== null
    ? (f.memoizedProps as Record<string, unknown>)
    : null;
}

function regionOf(f: Fiber, parent: Region): Region {
  const className = hostProps(f)?.className;
  if (typeof className !== 'string') return parent;
  if (className.split(' ').includes('fd-side')) return 'panel';
  if (className.split(' ').includes('fd-canvas')) return 'canvas';
  return parent;
}

/** A top-level canvas row: the designer's `canvas-field-<key>` box (a column's path has a dot). */
const isRowBox = (f: Fiber) => {
  const testId = hostProps(f)?.['data-testid'];
  return typeof testId === 'string' && /^canvas-field-[^.]+$/.test(testId);
};

let counting = false;
/** renders by component name since the last reset, for finding what an interaction re-renders */
const names = new Map<string, number>();
(window as unknown as { __benchRenderNames: Map<string, number> }).__benchRenderNames = names;
let total: RenderCount = { commits: 0, rows: 0, panel: 0, components: 0 };

function countCommit(rootCurrent: Fiber): void {
  const seen = new Map<number, { props: unknown; state: unknown }>();
  const rendered = new Set<Fiber>();
  const stack: [Fiber, Region][] = [[rootCurrent, 'other']];
  total.commits++;
  while (stack.length > 0) {
    const [f, parentRegion] = stack.pop() as [Fiber, Region];
    const region = regionOf(f, parentRegion);
    if (COMPONENT_TAGS.has(f.tag)) {
      const id = idOf(f);
      const before = last.get(id);
      seen.set(id, { props: f.memoizedProps, state: f.memoizedState });
      if (!before || before.props !== f.memoizedProps || before.state !== f.memoizedState) {
        rendered.add(f);
        total.components++;
        const type = f.type as {
          displayName?: string;
          name?: string;
          type?: { name?: string };
          render?: { name?: string };
        } | null;
        const name = type?.displayName ?? type?.name ?? type?.type?.name ?? type?.render?.name ?? '?';
        names.set(name, (names.get(name) ?? 0) + 1);
        if (region === 'panel') total.panel++;
      }
    }
    if (isRowBox(f)) {
      // the row component is the nearest component above its box
      let owner = f.return;
      while (owner && !COMPONENT_TAGS.has(owner.tag)) owner = owner.return;
      if (owner && rendered.has(owner)) total.rows++;
    }
    for (let c = f.child; c; c = c.sibling) stack.push([c, region]);
  }
  last = seen;
}

// the root React last committed (a FiberRoot: its `current` is the committed tree)
let lastRoot: { current: Fiber } | null = null;

window.__benchCommit = (root) => {
  lastRoot = root as { current: Fiber };
  if (counting) countCommit(lastRoot.current);
};

/** Turning counting on takes a first look at the tree as it is, so the next interaction counts only its own renders. */
export function countRenders(on: boolean): void {
  counting = on;
  last = new Map();
  if (on && lastRoot) countCommit(lastRoot.current);
  resetCount();
}

export function resetCount(): void {
  total = { commits: 0, rows: 0, panel: 0, components: 0 };
  names.clear();
}

export function takeCount(): RenderCount {
  const t = total;
  resetCount();
  return t;
}
