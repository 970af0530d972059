// Renderer benchmark: Signoff's form renderer against @rjsf/core 6 (its own theme, and its antd theme)
// on the same 300-field JSON Schema, in one headless Chromium, rounds interleaved (the order swaps every round), medians printed.
// Usage: tsx bench/run-renderer-bench.ts [--rounds=N] [--keys=N] [--cpu=RATE] [--settle=MS] [--kinds=signoff,rjsf,rjsf-antd,bare]
// The keystroke figures come two ways: timed in the page (keydown → handled, → next paint: frame-bound),
// and from Chromium's own counters (JavaScript, all main-thread work), which leave the wait for a frame out.
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import type { KeystrokeTiming, MountTiming, RendererKind } from './src/bench-api';
import { launchChromium } from './lib/chromium';
import { machineFacts } from './lib/machine';
import { interleavedOrder, mainThreadSeconds, numberFlag } from './lib/run-args';
import { saveResults } from './lib/results';
import { rendererRows } from './lib/result-rows';
import { writeResult } from '../../../scripts/bench/result';
import { serveDir } from './lib/static-server';
import { median, ms, percentile, ratio } from './lib/stats';

const ALL_KINDS: RendererKind[] = ['signoff', 'rjsf', 'rjsf-antd', 'bare'];
// --kinds=signoff,rjsf leaves RJSF's antd theme out (a reference only, and the slowest by far)
const kindsArg = process.argv.find((a) => a.startsWith('--kinds='))?.split('=')[1];
const KINDS: RendererKind[] = kindsArg ? ALL_KINDS.filter((k) => kindsArg.split(',').includes(k)) : ALL_KINDS;
if (!KINDS.includes('signoff') || KINDS.length < 2)
  throw new Error('--kinds must name signoff and at least one RJSF');
const LABEL: Record<RendererKind, string> = {
  signoff: 'Signoff',
  rjsf: 'RJSF 6 (core theme)',
  'rjsf-antd': 'RJSF 6 (antd theme)',
  bare: 'one plain <input> (floor)',
};

/** What the renderer's main thread spent on one keystroke, from Chromium's own counters (CDP Performance.getMetrics). */
interface KeystrokeWork {
  /** JavaScript only */
  scriptMs: number;
  /** every task on the main thread: script, style, layout, paint, compositing */
  taskMs: number;
}

interface Samples {
  mount: MountTiming[];
  keys: KeystrokeTiming[];
  work: KeystrokeWork[];
}

async function round(
  page: Page,
  cdp: CDPSession,
  kind: RendererKind,
  keys: number,
  settleMs: number,
  into: Samples | null,
): Promise<void> {
  const mount = await page.evaluate((k) => window.signoffBench!.mount(k), kind);
  // a person looks at a form before typing; work a renderer defers past its first paint runs now, for every contender alike
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  if (!(await page.evaluate(() => window.signoffBench!.focusTarget())))
    throw new Error(`${kind}: the target text field is missing`);
  const typed: KeystrokeTiming[] = [];
  const work: KeystrokeWork[] = [];
  for (let i = 0; i < keys; i++) {
    await page.evaluate(() => window.signoffBench!.armKeystroke());
    const before = await mainThreadSeconds(cdp);
    await page.keyboard.press('a');
    typed.push(await page.evaluate(() => window.signoffBench!.keystroke()));
    const after = await mainThreadSeconds(cdp);
    work.push({ scriptMs: (after.script - before.script) * 1000, taskMs: (after.task - before.task) * 1000 });
  }
  const last = typed.at(-1);
  if (!last?.value.endsWith('a'.repeat(Math.min(keys, 3))))
    throw new Error(`${kind}: the keystrokes did not reach the input (value "${last?.value ?? ''}")`);
  await page.evaluate(() => window.signoffBench!.unmount());
  if (into) {
    into.mount.push(mount);
    into.keys.push(...typed);
    into.work.push(...work);
  }
}

async function main(): Promise<void> {
  const rounds = numberFlag('rounds', 9);
  const keys = numberFlag('keys', 8);
  const cpu = numberFlag('cpu', 1);
  // ms between a form's first paint and the first keystroke; --settle=0 types at once
  const settle = numberFlag('settle', 2000, true);

  const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
  await build({ configFile, mode: 'production' });
  const site = await serveDir(fileURLToPath(new URL('./dist/', import.meta.url)));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url);
    await page.waitForFunction(() => window.signoffBench !== undefined);
    const form = await page.evaluate(() => window.signoffBench!.describe());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });

    const samples = Object.fromEntries(
      KINDS.map((k) => [k, { mount: [], keys: [], work: [] }]),
    ) as unknown as Record<RendererKind, Samples>;
    // one warm-up round each (JIT, antd's first style injection), not counted
    for (const kind of KINDS) await round(page, cdp, kind, 2, settle, null);
    for (let r = 0; r < rounds; r++) {
      for (const kind of interleavedOrder(KINDS, r))
        await round(page, cdp, kind, keys, settle, samples[kind]);
      process.stdout.write(`round ${r + 1}/${rounds}\r`);
    }
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);

    const sum = (kind: RendererKind) => {
      const s = samples[kind];
      return {
        mountCommit: median(s.mount.map((m) => m.commitMs)),
        mountPaint: median(s.mount.map((m) => m.paintMs)),
        keyScript: median(s.keys.map((k) => k.scriptMs)),
        keyPaint: median(s.keys.map((k) => k.paintMs)),
        keyPaintP90: percentile(
          s.keys.map((k) => k.paintMs),
          90,
        ),
        workScript: median(s.work.map((w) => w.scriptMs)),
        workTask: median(s.work.map((w) => w.taskMs)),
        inputs: s.mount[0]?.inputs ?? 0,
      };
    };
    const summary = Object.fromEntries(KINDS.map((k) => [k, sum(k)])) as Record<
      RendererKind,
      ReturnType<typeof sum>
    >;
    const facts = machineFacts(browser.version());
    console.log(
      `\nrenderer benchmark — ${form.fields} fields, ${form.tableRows}-row table; Signoff API: ${form.signoffApi}`,
    );
    console.log(
      `${Object.entries(facts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(
          ' · ',
        )} · CPU throttling ${cpu}× · ${rounds} rounds × ${keys} keystrokes, ${settle} ms after mount, interleaved`,
    );
    const measures: [string, (x: ReturnType<typeof sum>) => number][] = [
      ['mount: render → commit', (x) => x.mountCommit],
      ['mount: render → painted', (x) => x.mountPaint],
      ['keystroke → handled (script)', (x) => x.keyScript],
      ['keystroke → next paint (median)', (x) => x.keyPaint],
      ['keystroke → next paint (p90)', (x) => x.keyPaintP90],
      ['keystroke: JavaScript run (Chromium ScriptDuration)', (x) => x.workScript],
      ['keystroke: main-thread work (Chromium TaskDuration)', (x) => x.workTask],
    ];
    const others = KINDS.filter((k) => k !== 'signoff');
    console.log(
      `| measure (median) | ${KINDS.map((k) => LABEL[k]).join(' | ')} | ${others.map((k) => `${LABEL[k]} ÷ Signoff`).join(' | ')} |`,
    );
    console.log(`| --- | ${KINDS.map(() => '---').join(' | ')} | ${others.map(() => '---').join(' | ')} |`);
    for (const [name, get] of measures) {
      const ours = get(summary.signoff);
      console.log(
        `| ${name} | ${KINDS.map((k) => ms(get(summary[k]))).join(' | ')} | ${others.map((k) => ratio(get(summary[k]), ours)).join(' | ')} |`,
      );
    }
    console.log(`inputs drawn: ${KINDS.map((k) => `${LABEL[k]} ${summary[k].inputs}`).join(', ')}`);
    const file = saveResults(cpu > 1 ? `renderer-cpu${cpu}x` : 'renderer', {
      facts,
      cpu,
      rounds,
      keys,
      form,
      summary,
      samples,
    });
    console.log(`raw samples: ${file}`);
    const json = writeResult({
      bench: cpu > 1 ? `renderer-cpu${cpu}x` : 'renderer',
      title: `300-field form, Signoff against RJSF 6, headless Chromium${cpu > 1 ? `, CPU ${cpu}×` : ''}`,
      rows: rendererRows(summary, cpu),
      notes: [
        `${form.fields} fields and a ${form.tableRows}-row table, the same JSON Schema for all; ${rounds} rounds × ${keys} keystrokes, ${settle} ms after mount, interleaved; medians.`,
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
