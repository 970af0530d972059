// `pnpm bench restore`: packages/db's restore.bench.ts (vitest), its means turned into rows/s per
// backend in docs/bench/restore.json. PostgreSQL is measured beside PGlite when DATABASE_URL is set.
import { join } from 'node:path';
import type { BenchRow } from './result';
import { REPO_ROOT, ratioOf, writeResult } from './result';
import { runVitestBench, type VitestBenchFigure } from './vitest-bench';

const GOAL_ROWS_PER_SECOND = 20_000;

/** Rows per backend from the figures of one run; pure (tested with a recorded vitest output). */
export function restoreRows(figures: readonly VitestBenchFigure[]): BenchRow[] {
  const byBackend = new Map<string, { rows: number; copy?: number; insert?: number }>();
  for (const f of figures) {
    const m = /restore (\d+) rows on (\w+)/.exec(f.group);
    if (!m?.[1] || !m[2]) continue;
    const entry = byBackend.get(m[2]) ?? { rows: Number(m[1]) };
    if (f.name.startsWith('COPY')) entry.copy = f.mean;
    else entry.insert = f.mean;
    byBackend.set(m[2], entry);
  }
  const rows: BenchRow[] = [];
  for (const [backend, e] of byBackend) {
    const label = backend === 'pglite' ? 'PGlite' : backend === 'postgres' ? 'PostgreSQL' : backend;
    if (e.copy !== undefined)
      rows.push({ measure: `${label}: restore, COPY per page`, value: Math.round(e.copy), unit: 'ms' });
    if (e.insert !== undefined)
      rows.push({
        measure: `${label}: restore, one INSERT per page`,
        value: Math.round(e.insert),
        unit: 'ms',
      });
    const best = Math.min(e.copy ?? Infinity, e.insert ?? Infinity);
    if (!Number.isFinite(best)) continue;
    const perSecond = Math.round(e.rows / (best / 1000));
    rows.push({
      measure: `${label}: rows/s, the faster of the two (${e.rows.toLocaleString('en-US')} rows)`,
      value: perSecond,
      unit: 'rows/s',
      ratio: ratioOf(perSecond, GOAL_ROWS_PER_SECOND),
      goal: `≥ ${GOAL_ROWS_PER_SECOND.toLocaleString('en-US')} rows/s`,
      met: perSecond >= GOAL_ROWS_PER_SECOND,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const run = await runVitestBench(join(REPO_ROOT, 'packages/db'), ['src/backup/restore.bench.ts']);
  if (!run.ok) {
    console.error(`restore bench failed (exit ${run.exitCode ?? 'signal'})`);
    process.exitCode = 1;
    return;
  }
  const notes = [
    'The same backup restored over the same rows (the --yes case); restore reads every table back and checks its rows and checksum before it commits, both included.',
    'ratio: rows/s ÷ the goal.',
  ];
  if (!process.env.DATABASE_URL) notes.push('PGlite only: DATABASE_URL was not set.');
  const path = writeResult({
    bench: 'restore',
    title: 'Restore of a backup, COPY against one INSERT per page',
    rows: restoreRows(run.figures),
    notes,
  });
  console.log(`wrote ${path}`);
}

// the test imports restoreRows without running the bench
if (process.argv[1]?.endsWith('restore-bench.ts')) await main();
