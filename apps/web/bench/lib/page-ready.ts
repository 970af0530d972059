import type { BrowserContext, Page } from 'playwright-core';
import { resultPath } from './results';

// Runs in the page before its own scripts: records long tasks, and the first moment every selector of
// the watch list matches a shown, enabled element. Kept as source text: a function would be passed
// through tsx's transform, whose name helpers do not exist in the page.
const PROBE = `(() => {
  const probe = { longTasks: [], readyAt: null, watch: WATCH };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (probe.readyAt !== null) return;
    const ok = probe.watch.every((sel) => {
      const el = document.querySelector(sel);
      return el instanceof HTMLElement && el.getClientRects().length > 0 && !el.disabled;
    });
    if (ok) probe.readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const tick = () => {
    check();
    if (probe.readyAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function addReadyProbe(context: BrowserContext, selectors: string[]): Promise<void> {
  await context.addInitScript({ content: PROBE.replace('WATCH', JSON.stringify(selectors)) });
}

export interface PageTiming {
  /** navigation start → every watched element shown and enabled */
  shownMs: number;
  /** shown, and the main thread then quiet (no long task) for `quietMs`: the page answers a tap at once */
  interactiveMs: number;
  jsBytes: number;
  requests: number;
  /** responses revalidated with the server (304) instead of taken from the cache */
  revalidated: number;
}

interface ProbeState {
  readyAt: number | null;
  longTasks: [number, number][];
  now: number;
  resources: { name: string; transferSize: number; bodySize: number }[];
}

/** Navigates and measures until the page is interactive (a TTI-like rule: shown, then 500 ms without long tasks). */
export async function timeNavigation(page: Page, url: string, quietMs = 500, timeoutMs = 120_000): Promise<PageTiming> {
  await page.goto(url, { waitUntil: 'commit' });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await page.evaluate((): ProbeState => {
      const p = (window as unknown as { __probe: { readyAt: number | null; longTasks: [number, number][] } }).__probe;
      const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')] as (PerformanceResourceTiming | undefined)[];
      return {
        readyAt: p.readyAt,
        longTasks: p.longTasks,
        now: performance.now(),
        resources: entries.filter((e): e is PerformanceResourceTiming => e !== undefined).map((e) => ({ name: e.name, transferSize: e.transferSize, bodySize: e.encodedBodySize })),
      };
    });
    if (s.readyAt !== null) {
      const lastEnd = Math.max(s.readyAt, ...s.longTasks.map(([start, d]) => start + d));
      if (s.now - lastEnd >= quietMs) {
        const js = s.resources.filter((r) => /\.js(\?|$)/.test(r.name));
        return {
          shownMs: s.readyAt,
          interactiveMs: lastEnd,
          jsBytes: js.reduce((n, r) => n + r.transferSize, 0),
          requests: s.resources.length,
          // a cache hit moves 0 bytes; a revalidation (304) moves headers only, less than the body it keeps
          revalidated: s.resources.filter((r) => r.transferSize > 0 && r.transferSize < r.bodySize).length,
        };
      }
    }
    if (Date.now() > deadline) {
      const shot = resultPath(`not-interactive-${Date.now()}.png`);
      await page.screenshot({ path: shot });
      throw new Error(`${url} did not become interactive within ${timeoutMs} ms (screenshot: ${shot})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
