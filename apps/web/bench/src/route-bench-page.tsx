// The page the route benchmark drives: it mounts a bare React Flow page or the real route canvas into
// a fresh box, and records frame times from inside the page while the runner drags with the mouse.
import { useState, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import '@xyflow/react/dist/style.css';
import { layoutRoute, type RouteLayout } from '@signoff/designer';
import { buildBenchRoute } from '@signoff/designer/bench-route';
import '../../src/i18n/i18n';
import '../../src/route-designer/route-designer-i18n-load';
import { RouteCanvas, type RouteSelection } from '../../src/route-designer/canvas';
import { nextPaint, paintWhen } from './next-paint';
import type { RouteBench, RouteBenchKind, RouteLayoutTiming } from './route-bench-api';
import { bareElements, BareRouteFlow, READABLE_ZOOM } from './route-bench-bare';
import { longestFrameDuring, startFrames, stopFrames } from './route-bench-frames';

const NODES = 500;
const route = buildBenchRoute(NODES);
const NO_PROBLEMS = [] as const;
const NO_FIELDS = [] as const;

function RealCanvas(p: { layout: RouteLayout }) {
  // selection is the page's state in the designer too; commands are dropped: the bench times the drag, not the edit
  const [selected, setSelected] = useState<RouteSelection>(null);
  return (
    <RouteCanvas
      flow={route}
      layout={p.layout}
      problems={NO_PROBLEMS}
      selected={selected}
      lit={null}
      fields={NO_FIELDS}
      dispatch={() => undefined}
      onSelect={setSelected}
    />
  );
}

const stage = document.getElementById('stage');
if (!stage) throw new Error('bench page has no #stage');

let layout: RouteLayout | null = null;
let current: { root: Root; container: HTMLElement } | null = null;

async function theLayout(): Promise<RouteLayout> {
  layout ??= await layoutRoute(route);
  return layout;
}

function element(kind: RouteBenchKind, laid: RouteLayout): ReactElement {
  if (kind !== 'canvas') {
    const { nodes, edges } = bareElements(route, laid);
    return <BareRouteFlow nodes={nodes} edges={edges} layout={laid} onlyVisible={kind === 'bare-visible'} />;
  }
  return (
    <ConfigProvider locale={zhCN}>
      <RealCanvas layout={laid} />
    </ConfigProvider>
  );
}

function unmount() {
  if (!current) return;
  current.root.unmount();
  current.container.remove();
  current = null;
}

const drawnNodes = () =>
  Array.from(current?.container.querySelectorAll<HTMLElement>('.react-flow__node') ?? []);

/** The viewport's pan and zoom, read from its transform ("translate(x px, y px) scale(z)"). */
function viewportNow(): { x: number; y: number; zoom: number } | null {
  const t = current?.container.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\((-?[\d.]+)\)/.exec(t);
  return m ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) } : null;
}

/**
 * Both pages open on the canvas's first view (the route's top at the readable zoom), and every node
 * whose box reaches into the view is drawn and shown. A page that draws every node has drawn more by
 * then (the same for the mount: until this holds); one that draws only the view has nothing left.
 */
function firstViewDrawn(laid: RouteLayout): boolean {
  const view = viewportNow();
  const box = current?.container.querySelector('.react-flow')?.getBoundingClientRect();
  if (!view || !box || Math.abs(view.zoom - READABLE_ZOOM) > 1e-6) return false;
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + box.width / view.zoom;
  const bottom = top + box.height / view.zoom;
  const shown = new Set(
    drawnNodes()
      .filter((n) => n.style.visibility !== 'hidden')
      .map((n) => n.dataset.id),
  );
  return laid.nodes.every(
    (n) => n.x >= right || n.x + n.width <= left || n.y >= bottom || n.y + n.height <= top || shown.has(n.id),
  );
}

async function mount(kind: RouteBenchKind) {
  unmount();
  const laid = await theLayout();
  window.gc?.();
  const container = document.createElement('div');
  stage?.append(container);
  const root = createRoot(container);
  current = { root, container };
  const start = performance.now();
  root.render(element(kind, laid));
  // React Flow measures its nodes before it shows them; each page sets its first view after that
  const painted = await paintWhen(() => firstViewDrawn(laid));
  // the canvas fits the view in an animation of 200 ms
  for (let i = 0; i < 30; i++) await nextPaint();
  return {
    paintMs: painted - start,
    nodes: drawnNodes().length,
    elements: container.getElementsByTagName('*').length,
  };
}

function nodePoint() {
  const box = current?.container.getBoundingClientRect();
  if (!box) return null;
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  let best: { id: string; x: number; y: number; d: number } | null = null;
  for (const n of drawnNodes()) {
    const r = n.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // a node the mouse reaches: inside the box and not under the minimap, controls or palette
    if (!n.contains(document.elementFromPoint(x, y))) continue;
    const d = Math.hypot(x - cx, y - cy);
    const id = n.dataset.id;
    if (id !== undefined && (!best || d < best.d)) best = { id, x, y, d };
  }
  return best && { id: best.id, x: best.x, y: best.y };
}

function panePoint() {
  const box = current?.container.getBoundingClientRect();
  if (!box) return null;
  for (let fy = 0.5; fy < 0.95; fy += 0.05)
    for (let fx = 0.3; fx < 0.7; fx += 0.02) {
      const x = box.left + box.width * fx;
      const y = box.top + box.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit?.classList.contains('react-flow__pane')) return { x, y };
    }
  return null;
}

function nodeScreenPosition(id: string) {
  const n = drawnNodes().find((x) => x.dataset.id === id);
  const r = n?.getBoundingClientRect();
  return r ? { x: r.left, y: r.top } : null;
}

async function layoutRuns(runs: number): Promise<RouteLayoutTiming[]> {
  const out: RouteLayoutTiming[] = [];
  for (let i = 0; i < runs; i++) {
    window.gc?.();
    await nextPaint();
    const start = performance.now();
    const { result, longestFrameMs } = await longestFrameDuring(async () => {
      await layoutRoute(route);
      return performance.now() - start;
    });
    out.push({ ms: result, longestFrameMs });
  }
  return out;
}

const bench: RouteBench = {
  describe: () => ({ nodes: route.nodes.length, edges: route.edges.length }),
  layout: layoutRuns,
  mount,
  nodePoint,
  panePoint,
  nodeScreenPosition,
  viewportTransform: () =>
    current?.container.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
  startFrames,
  stopFrames,
  unmount,
};
window.signoffRouteBench = bench;
