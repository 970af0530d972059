// Route designer benchmark: the real route canvas (RouteCanvas) on the 500-node benchmark route, against
// a bare React Flow page with the same 500 nodes and edges (default nodes, no custom components) at the
// same layoutRoute positions, drawn whole (the issue's floor) and drawing only what is in view
// (`onlyRenderVisibleElements`, as the canvas does on a large route), in the same run, interleaved. Frame times while dragging a node (mouse
// down, 60 moves, up) and while panning (a drag on the pane), as requestAnimationFrame deltas and as each
// frame's own work (src/route-bench-frames.ts), and the time of layoutRoute (elkjs) on the route in the page.
// Usage: tsx bench/run-route-bench.ts [--rounds=N] [--moves=N] [--layouts=N] [--settle=MS] [--css=RULES]
//   [--no-layout]
// (--css adds a style sheet to every page, to try what a rule costs; the results then say so;
// --no-layout skips the layout timing, for a quicker look at the frames)
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { FrameSamples, RouteBenchKind } from './src/route-bench-api';
import { launchChromium } from './lib/chromium';
import { machineFacts } from './lib/machine';
import { interleavedOrder, numberFlag } from './lib/run-args';
import { saveResults } from './lib/results';
import { routeRows } from './lib/result-rows';
import { writeResult } from '../../../scripts/bench/result';
import { serveDir } from './lib/static-server';
import { median, ms, percentile } from './lib/stats';

const KINDS: RouteBenchKind[] = ['canvas', 'bare', 'bare-visible'];
const LABEL: Record<RouteBenchKind, string> = {
  canvas: 'RouteCanvas',
  bare: 'bare React Flow',
  'bare-visible': 'bare, only visible',
};
/** Two decimals: the target is 1.2×, and 1.2× rounded from 1.24 would pass by the eye. */
const times = (slow: number, fast: number) => (fast > 0 ? `${(slow / fast).toFixed(2)}×` : '—');
const FRAME_MS = 16;
const TARGET_RATIO = 1.2;
const MEASURES = ['drag', 'pan'] as const;
type Measure = (typeof MEASURES)[number];
const SERIES = ['work', 'deltas'] as const;
type Series = (typeof SERIES)[number];
const SERIES_LABEL: Record<Series, string> = { work: 'frame work', deltas: 'rAF delta' };

interface KindSamples {
  mount: number[];
  /** nodes and DOM elements drawn once the first view is shown */
  drawn: number[];
  elements: number[];
  drag: FrameSamples;
  pan: FrameSamples;
}
const emptySamples = (): KindSamples => ({
  mount: [],
  drawn: [],
  elements: [],
  drag: { deltas: [], work: [] },
  pan: { deltas: [], work: [] },
});
const add = (into: FrameSamples, s: FrameSamples) => {
  into.deltas.push(...s.deltas);
  into.work.push(...s.work);
};

/** Presses at `from`, records frames over `moves` mouse moves along `by`, releases. */
async function dragFrames(
  page: Page,
  from: { x: number; y: number },
  by: { x: number; y: number },
  moves: number,
): Promise<FrameSamples> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(() => window.signoffRouteBench!.startFrames());
  for (let i = 1; i <= moves; i++)
    await page.mouse.move(from.x + (by.x * i) / moves, from.y + (by.y * i) / moves);
  const frames = await page.evaluate(() => window.signoffRouteBench!.stopFrames());
  await page.mouse.up();
  return frames;
}

async function round(
  page: Page,
  kind: RouteBenchKind,
  o: { moves: number; settle: number },
  into: KindSamples,
) {
  const mounted = await page.evaluate((k) => window.signoffRouteBench!.mount(k), kind);
  into.mount.push(mounted.paintMs);
  into.drawn.push(mounted.nodes);
  into.elements.push(mounted.elements);
  await page.waitForTimeout(o.settle);

  const node = await page.evaluate(() => window.signoffRouteBench!.nodePoint());
  if (!node) throw new Error(`${kind}: no node under the mouse's reach`);
  const before = await page.evaluate((id) => window.signoffRouteBench!.nodeScreenPosition(id), node.id);
  add(into.drag, await dragFrames(page, node, { x: 120, y: 60 }, o.moves));
  const after = await page.evaluate((id) => window.signoffRouteBench!.nodeScreenPosition(id), node.id);
  if (!before || !after || Math.hypot(after.x - before.x, after.y - before.y) < 30)
    throw new Error(`${kind}: dragging ${node.id} did not move it`);

  const pane = await page.evaluate(() => window.signoffRouteBench!.panePoint());
  if (!pane) throw new Error(`${kind}: no empty pane to pan on`);
  const view = await page.evaluate(() => window.signoffRouteBench!.viewportTransform());
  add(into.pan, await dragFrames(page, pane, { x: -200, y: -150 }, o.moves));
  if ((await page.evaluate(() => window.signoffRouteBench!.viewportTransform())) === view)
    throw new Error(`${kind}: the pan did not move the view`);

  await page.evaluate(() => window.signoffRouteBench!.unmount());
}

async function main(): Promise<void> {
  const rounds = Math.max(1, numberFlag('rounds', 5, true));
  const moves = Math.max(1, numberFlag('moves', 60, true));
  const layouts = Math.max(1, numberFlag('layouts', 5, true));
  const settle = numberFlag('settle', 500, true);
  const css = process.argv.find((a) => a.startsWith('--css='))?.slice('--css='.length);
  const timeLayout = !process.argv.includes('--no-layout');

  const configFile = fileURLToPath(new URL('./route.vite.config.ts', import.meta.url));
  await build({ configFile, mode: 'production' });
  const site = await serveDir(fileURLToPath(new URL('./dist/route/', import.meta.url)));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}route.html`);
    await page.waitForFunction(() => window.signoffRouteBench !== undefined);
    if (css) await page.addStyleTag({ content: css });
    const size = await page.evaluate(() => window.signoffRouteBench!.describe());

    // layoutRoute first, on a page with nothing mounted; the first run includes elkjs's warm-up
    const layoutTimes = timeLayout
      ? await page.evaluate((n) => window.signoffRouteBench!.layout(n), layouts + 1)
      : [];
    const [firstLayout, ...warmLayouts] = layoutTimes;

    // one warm-up round of each (JIT, styles), not counted
    const warm = Object.fromEntries(KINDS.map((k) => [k, emptySamples()])) as Record<
      RouteBenchKind,
      KindSamples
    >;
    for (const kind of KINDS) await round(page, kind, { moves, settle }, warm[kind]);
    const samples = Object.fromEntries(KINDS.map((k) => [k, emptySamples()])) as Record<
      RouteBenchKind,
      KindSamples
    >;
    for (let r = 0; r < rounds; r++) {
      for (const kind of interleavedOrder(KINDS, r))
        await round(page, kind, { moves, settle }, samples[kind]);
      process.stdout.write(`round ${r + 1}/${rounds}\r`);
    }
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);

    type Stat = { median: number; p95: number; frames: number };
    const stat = (v: number[]): Stat => ({ median: median(v), p95: percentile(v, 95), frames: v.length });
    const summary = Object.fromEntries(
      KINDS.map((k) => [
        k,
        {
          mountPaint: median(samples[k].mount),
          drawn: median(samples[k].drawn),
          elements: median(samples[k].elements),
          ...Object.fromEntries(
            MEASURES.map((m) => [m, Object.fromEntries(SERIES.map((x) => [x, stat(samples[k][m][x])]))]),
          ),
        },
      ]),
    ) as Record<
      RouteBenchKind,
      { mountPaint: number; drawn: number; elements: number } & Record<Measure, Record<Series, Stat>>
    >;
    const layout = {
      first: firstLayout?.ms ?? NaN,
      median: median(warmLayouts.map((l) => l.ms)),
      longestFrame: median(warmLayouts.map((l) => l.longestFrameMs)),
    };

    const facts = machineFacts(browser.version());
    console.log(
      `\nroute designer benchmark — ${size.nodes} nodes, ${size.edges} edges (buildBenchRoute(500), layoutRoute positions)`,
    );
    console.log(
      `${Object.entries(facts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(
          ' · ',
        )} · ${rounds} rounds × (1 drag, 1 pan) of ${moves} mouse moves each, interleaved${css ? ` · extra CSS: ${css}` : ''}`,
    );
    console.log(`| measure | ${KINDS.map((k) => LABEL[k]).join(' | ')} | ÷ bare | ÷ bare, only visible |`);
    console.log(`| --- | ${KINDS.map(() => '---').join(' | ')} | --- | --- |`);
    const row = (name: string, pick: (k: RouteBenchKind) => number, show: (v: number) => string) =>
      console.log(
        `| ${name} | ${KINDS.map((k) => show(pick(k))).join(' | ')} | ${times(pick('canvas'), pick('bare'))} | ${times(pick('canvas'), pick('bare-visible'))} |`,
      );
    row('mount → first view drawn (median)', (k) => summary[k].mountPaint, ms);
    row('nodes drawn then', (k) => summary[k].drawn, String);
    row('DOM elements then', (k) => summary[k].elements, String);
    for (const m of MEASURES)
      for (const x of SERIES)
        for (const q of ['median', 'p95'] as const)
          row(`${m}: ${SERIES_LABEL[x]}, ${q}`, (k) => summary[k][m][x][q], ms);
    console.log(
      `| frames recorded (drag / pan) | ${KINDS.map((k) => `${summary[k].drag.deltas.frames} / ${summary[k].pan.deltas.frames}`).join(' | ')} | | |`,
    );
    console.log(
      'frame work: frame start (rAF timestamp) → a task posted from rAF, after style, layout and paint; rAF delta: headless Chromium stays at 60 Hz, so 16.7 ms is its floor',
    );
    console.log(
      `\nlayoutRoute on ${size.nodes} nodes, in the page: first ${ms(layout.first)}, then median ${ms(layout.median)} over ${warmLayouts.length}; longest frame meanwhile (median) ${ms(layout.longestFrame)}${layout.longestFrame > 100 ? ' — blocks the page over 100 ms: a web worker is called for' : ''}`,
    );
    console.log(
      `\ntargets (issue 12): canvas ≤ ${TARGET_RATIO}× the bare page (all 500 drawn) and under ${FRAME_MS} ms; in brackets against the bare page drawing only what is in view`,
    );
    for (const m of MEASURES)
      for (const q of ['median', 'p95'] as const) {
        const c = summary.canvas[m].work[q];
        const b = summary.bare[m].work[q];
        const v = summary['bare-visible'][m].work[q];
        console.log(
          `  ${m} frame work ${q}: ${ms(c)} vs ${ms(b)} (${ms(v)}) — ${times(c, b)} (${times(c, v)}), ratio ${c <= TARGET_RATIO * b ? 'met' : 'NOT met'} (${c <= TARGET_RATIO * v ? 'met' : 'not met'}), ${c < FRAME_MS ? 'under' : 'NOT under'} ${FRAME_MS} ms`,
        );
      }
    const file = saveResults('route', {
      facts,
      rounds,
      moves,
      settle,
      ...(css && { css }),
      size,
      summary,
      layout,
      layoutTimes,
      samples,
    });
    console.log(`raw samples: ${file}`);
    const json = writeResult({
      bench: 'route',
      title: 'Route designer on 500 nodes: frame work while dragging and panning, headless Chromium',
      rows: routeRows(
        MEASURES.flatMap((m) =>
          (['median', 'p95'] as const).map((q) => ({
            measure: m,
            quantile: q,
            canvas: summary.canvas[m].work[q],
            bare: summary.bare[m].work[q],
          })),
        ),
        layout.median,
      ),
      notes: [
        `${size.nodes} nodes, ${size.edges} edges; ${rounds} rounds × (1 drag, 1 pan) of ${moves} mouse moves, interleaved; frame work = frame start → a task posted from rAF, after style, layout and paint.${css ? ` Extra CSS: ${css}.` : ''}`,
        `Chromium ${facts.chromium ?? ''}, 1280×800.`,
      ],
    });
    console.log(`results: ${json}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
