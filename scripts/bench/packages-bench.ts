// `pnpm bench packages`: the vitest benches of the packages that have no bench of their own in the
// runner (schema and db's restore have theirs). Each package's run is recorded as passed or failed
// with its time, and every figure vitest measured becomes a row (ops/s; no goal: these watch trends).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './result';
import { REPO_ROOT, writeResult } from './result';
import { runVitestBench } from './vitest-bench';

const PACKAGES = [
  'packages/flow',
  'packages/org',
  'packages/api',
  'packages/designer',
  'apps/server',
  'apps/cli',
];

function hasBenchFiles(dir: string): boolean {
  const src = join(dir, 'src');
  if (!existsSync(src)) return false;
  return readdirSync(src, { recursive: true, encoding: 'utf8' }).some(
    (f) => /\.bench\.[cm]?[jt]sx?$/.test(f) && !f.includes('node_modules'),
  );
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  let failed = 0;
  for (const pkg of PACKAGES) {
    const dir = join(REPO_ROOT, pkg);
    if (!hasBenchFiles(dir)) {
      notes.push(`${pkg}: no bench files.`);
      continue;
    }
    console.log(`\n— ${pkg}`);
    const run = await runVitestBench(dir);
    const short = pkg.split('/')[1] ?? pkg;
    for (const f of run.figures)
      rows.push({ measure: `${short}: ${f.name}`, value: Number(f.hz.toPrecision(4)), unit: 'ops/s' });
    notes.push(
      `${pkg}: ${run.ok ? 'passed' : `FAILED (exit ${run.exitCode ?? 'signal'})`} in ${run.seconds.toFixed(0)} s, ${run.figures.length} benches.`,
    );
    if (!run.ok) failed++;
  }
  notes.push('vitest means swing with the neighbours’ load: read these as a trend, not a verdict.');
  const path = writeResult({
    bench: 'packages',
    title: "The packages' vitest benches (ops/s, vitest's own timing)",
    rows,
    notes,
  });
  console.log(`\nwrote ${path}`);
  if (failed > 0) process.exitCode = 1;
}

await main();
