// Renderer benchmark: Signoff's form renderer against @rjsf/core 6 (its own theme, and its antd theme)
// on the same 300-field JSON Schema, in one headless Chromium, rounds interleaved (the order swaps every round), medians printed.
// Usage: tsx bench/run-renderer-bench.ts [--rounds=N] [--keys=N] [--cpu=RATE] [--kinds=signoff,rjsf,rjsf-antd]
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { KeystrokeTiming, MountTiming, RendererKind } from './src/bench-api';
import { launchChromium } from './lib/chromium';
import { machineFacts } from './lib/machine';
import { saveResults } from './lib/results';
import { serveDir } from './lib/static-server';
import { median, ms, percentile, ratio } from './lib/stats';

const ALL_KINDS: RendererKind[] = ['signoff', 'rjsf', 'rjsf-antd'];
// --kinds=signoff,rjsf leaves RJSF's antd theme out (a reference only, and the slowest by far)
const kindsArg = process.argv.find((a) => a.startsWith('--kinds='))?.split('=')[1];
const KINDS: RendererKind[] = kindsArg ? ALL_KINDS.filter((k) => kindsArg.split(',').includes(k)) : ALL_KINDS;
if (!KINDS.includes('signoff') || KINDS.length < 2) throw new Error('--kinds must name signoff and at least one RJSF');
const LABEL: Record<RendererKind, string> = { signoff: 'Signoff', rjsf: 'RJSF 6 (core theme)', 'rjsf-antd': 'RJSF 6 (antd theme)' };

/** Round r's order: rotated by r and reversed every other round, so no renderer always runs first or after the same one. */
function orderOf(r: number): RendererKind[] {
  const rotated = KINDS.map((_, i) => KINDS[(i + r) % KINDS.length] as RendererKind);
  return Math.floor(r / KINDS.length) % 2 ? rotated.reverse() : rotated;
}

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

interface Samples {
  mount: MountTiming[];
  keys: KeystrokeTiming[];
}

async function round(page: Page, kind: RendererKind, keys: number, into: Samples | null): Promise<void> {
  const mount = await page.evaluate((k) => window.signoffBench!.mount(k), kind);
  if (!(await page.evaluate(() => window.signoffBench!.focusTarget()))) throw new Error(`${kind}: the target text field is missing`);
  const typed: KeystrokeTiming[] = [];
  for (let i = 0; i < keys; i++) {
    await page.evaluate(() => window.signoffBench!.armKeystroke());
    await page.keyboard.press('a');
    typed.push(await page.evaluate(() => window.signoffBench!.keystroke()));
  }
  const last = typed.at(-1);
  if (!last?.value.endsWith('a'.repeat(Math.min(keys, 3)))) throw new Error(`${kind}: the keystrokes did not reach the input (value "${last?.value ?? ''}")`);
  await page.evaluate(() => window.signoffBench!.unmount());
  if (into) {
    into.mount.push(mount);
    into.keys.push(...typed);
  }
}

async function main(): Promise<void> {
  const rounds = flag('rounds', 9);
  const keys = flag('keys', 8);
  const cpu = flag('cpu', 1);

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
    if (cpu > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const form = await page.evaluate(() => window.signoffBench!.describe());

    const samples = Object.fromEntries(KINDS.map((k) => [k, { mount: [], keys: [] }])) as unknown as Record<RendererKind, Samples>;
    // one warm-up round each (JIT, antd's first style injection), not counted
    for (const kind of KINDS) await round(page, kind, 2, null);
    for (let r = 0; r < rounds; r++) {
      for (const kind of orderOf(r)) await round(page, kind, keys, samples[kind]);
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
        keyPaintP90: percentile(s.keys.map((k) => k.paintMs), 90),
        inputs: s.mount[0]?.inputs ?? 0,
      };
    };
    const summary = Object.fromEntries(KINDS.map((k) => [k, sum(k)])) as Record<RendererKind, ReturnType<typeof sum>>;
    const facts = machineFacts(browser.version());
    console.log(`\nrenderer benchmark — ${form.fields} fields, ${form.tableRows}-row table; Signoff API: ${form.signoffApi}`);
    console.log(`${Object.entries(facts).map(([k, v]) => `${k}: ${v}`).join(' · ')} · CPU throttling ${cpu}× · ${rounds} rounds × ${keys} keystrokes, interleaved`);
    const measures: [string, (x: ReturnType<typeof sum>) => number][] = [
      ['mount: render → commit', (x) => x.mountCommit],
      ['mount: render → painted', (x) => x.mountPaint],
      ['keystroke → handled (script)', (x) => x.keyScript],
      ['keystroke → next paint (median)', (x) => x.keyPaint],
      ['keystroke → next paint (p90)', (x) => x.keyPaintP90],
    ];
    const others = KINDS.filter((k) => k !== 'signoff');
    console.log(`| measure (median) | ${KINDS.map((k) => LABEL[k]).join(' | ')} | ${others.map((k) => `${LABEL[k]} ÷ Signoff`).join(' | ')} |`);
    console.log(`| --- | ${KINDS.map(() => '---').join(' | ')} | ${others.map(() => '---').join(' | ')} |`);
    for (const [name, get] of measures) {
      const ours = get(summary.signoff);
      console.log(`| ${name} | ${KINDS.map((k) => ms(get(summary[k]))).join(' | ')} | ${others.map((k) => ratio(get(summary[k]), ours)).join(' | ')} |`);
    }
    console.log(`inputs drawn: ${KINDS.map((k) => `${LABEL[k]} ${summary[k].inputs}`).join(', ')}`);
    const file = saveResults(cpu > 1 ? `renderer-cpu${cpu}x` : 'renderer', { facts, cpu, rounds, keys, form, summary, samples });
    console.log(`raw samples: ${file}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
