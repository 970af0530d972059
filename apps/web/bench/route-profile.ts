// Where a drag's and a pan's frames go on the route benchmark page: a CPU profile (CDP Profiler) of one
// drag and one pan on each page, summed by function (self time), and a trace summed by event (script,
// style, layout, paint), from an unminified build so the functions keep their names.
// Usage: tsx bench/route-profile.ts [--moves=N] [--top=N] [--kind=canvas|bare|bare-visible] [--trace-only] [--css=RULES]
// (--css adds a style sheet to the page: a quick test of what a rule costs, without a rebuild)
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import type { RouteBenchKind } from './src/route-bench-api';
import { launchChromium } from './lib/chromium';
import { numberFlag } from './lib/run-args';
import { serveDir } from './lib/static-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** the thread's own CPU time: what other processes on a loaded machine do not inflate */
  tdur?: number;
  tid: number;
  pid: number;
}

/** Self time per function, in ms, biggest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    total.set(key, (total.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...total.entries()].sort((a, b) => b[1] - a[1]);
}

/** Complete events summed by name on the renderer's main thread, in CPU ms, biggest first. */
function traceTotals(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && JSON.stringify(e).includes('CrRendererMain'));
  const total = new Map<string, number>();
  for (const e of events) {
    const dur = e.tdur ?? e.dur;
    if (e.ph !== 'X' || dur === undefined) continue;
    if (main && (e.tid !== main.tid || e.pid !== main.pid)) continue;
    total.set(e.name, (total.get(e.name) ?? 0) + dur / 1000);
  }
  return [...total.entries()].sort((a, b) => b[1] - a[1]);
}

async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }, moves: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++)
    await page.mouse.move(from.x + (by.x * i) / moves, from.y + (by.y * i) / moves);
  await page.mouse.up();
}

async function gesture(page: Page, which: 'drag' | 'pan', moves: number) {
  if (which === 'drag') {
    const node = await page.evaluate(() => window.signoffRouteBench!.nodePoint());
    if (!node) throw new Error('no node to drag');
    await drag(page, node, { x: 120, y: 60 }, moves);
  } else {
    const pane = await page.evaluate(() => window.signoffRouteBench!.panePoint());
    if (!pane) throw new Error('no pane to pan');
    await drag(page, pane, { x: -200, y: -150 }, moves);
  }
}

async function profiled(cdp: CDPSession, run: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return profile;
}

async function main(): Promise<void> {
  const moves = numberFlag('moves', 60);
  const top = numberFlag('top', 25);
  const only = process.argv.find((a) => a.startsWith('--kind='))?.split('=')[1];
  const kinds: RouteBenchKind[] =
    only === 'canvas' || only === 'bare' || only === 'bare-visible' ? [only] : ['canvas', 'bare'];
  const traceOnly = process.argv.includes('--trace-only');
  const css = process.argv.find((a) => a.startsWith('--css='))?.slice('--css='.length);
  const outDir = fileURLToPath(new URL('./dist/route-profile/', import.meta.url));
  await build({
    configFile: fileURLToPath(new URL('./route.vite.config.ts', import.meta.url)),
    mode: 'production',
    build: { outDir, minify: false },
  });
  const site = await serveDir(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(120_000);
    await page.goto(`${site.url}route.html`);
    await page.waitForFunction(() => window.signoffRouteBench !== undefined);
    if (css) await page.addStyleTag({ content: css });
    const cdp = await page.context().newCDPSession(page);
    for (const kind of kinds) {
      // a warm-up mount and drag, then the measured ones
      await page.evaluate((k) => window.signoffRouteBench!.mount(k), kind);
      await gesture(page, 'drag', moves);
      for (const which of ['drag', 'pan'] as const) {
        await page.evaluate((k) => window.signoffRouteBench!.mount(k), kind);
        await page.waitForTimeout(300);
        if (!traceOnly) {
          const profile = await profiled(cdp, () => gesture(page, which, moves));
          console.log(`\n## ${kind} ${which}: self time by function (ms)`);
          for (const [name, t] of selfTimes(profile).slice(0, top))
            console.log(`${t.toFixed(1).padStart(8)}  ${name}`);
          await page.evaluate((k) => window.signoffRouteBench!.mount(k), kind);
          await page.waitForTimeout(300);
        }
        await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'cc'] });
        await gesture(page, which, moves);
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
          traceEvents: TraceEvent[];
        };
        console.log(`\n## ${kind} ${which}: main-thread trace events (ms)`);
        for (const [name, t] of traceTotals(trace.traceEvents).slice(0, traceOnly ? top : 15))
          console.log(`${t.toFixed(1).padStart(8)}  ${name}`);
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
