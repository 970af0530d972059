// The one shape every bench writes (docs/notes bench-shape): the runner's report reads only these files,
// so a bench in any package only has to import this module by relative path and call writeResult.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchBaseline {
  name: string;
  value: number;
  unit: string;
}

export interface BenchRow {
  /** e.g. 'actions/s, 16 clients' */
  measure: string;
  value: number;
  /** 'actions/s' | 'ms' | 'kB' | 'ops/s' | '×' ... */
  unit: string;
  baseline?: BenchBaseline;
  /** value ÷ baseline, or the way the goal reads (the measure says which) */
  ratio?: number;
  /** human text, e.g. '≥ 0.5×' or 'p99 < 1000 ms' */
  goal?: string;
  /** omitted when there is no goal */
  met?: boolean;
}

export interface BenchResult {
  bench: string;
  /** one line, English */
  title: string;
  /** ISO time the run ended */
  at: string;
  /** short commit, '-dirty' when the tree has changes, or 'unknown' */
  commit: string;
  machine: string;
  load: [number, number, number];
  quick: boolean;
  rows: BenchRow[];
  notes?: string[];
}

/** The repository root, found from this file so a bench may run from any package folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Quick (smoke) runs are asked for by the runner through BENCH_QUICK=1. */
export function isQuick(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
}

export function machineInfo(): string {
  const all = cpus();
  const model = all[0]?.model.trim() ?? 'unknown CPU';
  return `${all.length} × ${model}, Node ${process.version}`;
}

/** /proc/loadavg, or zeros where it does not exist (macOS): the figure is context, not a measurement. */
export function loadInfo(): [number, number, number] {
  try {
    const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
    return [one ?? 0, five ?? 0, fifteen ?? 0];
  } catch {
    return [0, 0, 0];
  }
}

export function commitInfo(cwd: string = REPO_ROOT): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      encoding: 'utf8',
    });
    return status.trim() === '' ? hash : `${hash}-dirty`;
  } catch {
    // A tarball without .git still benches; the report says where the figures came from as far as it knows.
    return 'unknown';
  }
}

/** Where a result goes: quick runs never overwrite the committed figures. */
export function resultPath(bench: string, quick: boolean, root: string = REPO_ROOT): string {
  return quick
    ? join(root, 'docs', 'bench', 'quick', `${bench}.json`)
    : join(root, 'docs', 'bench', `${bench}.json`);
}

/** Fills at, commit, machine, load and quick unless the caller gave them. */
export function makeResult(
  partial: Pick<BenchResult, 'bench' | 'title' | 'rows'> & Partial<BenchResult>,
): BenchResult {
  // the keys in the order of the shape, so the files read alike and diff well
  return {
    bench: partial.bench,
    title: partial.title,
    at: partial.at ?? new Date().toISOString(),
    commit: partial.commit ?? commitInfo(),
    machine: partial.machine ?? machineInfo(),
    load: partial.load ?? loadInfo(),
    quick: partial.quick ?? isQuick(),
    rows: partial.rows,
    ...(partial.notes && { notes: partial.notes }),
  };
}

/** Writes docs/bench/<bench>.json (or docs/bench/quick/<bench>.json) and returns the path. */
export function writeResult(
  result: Pick<BenchResult, 'bench' | 'title' | 'rows'> & Partial<BenchResult>,
  root: string = REPO_ROOT,
): string {
  const full = makeResult(result);
  const path = resultPath(full.bench, full.quick, root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(full, null, 2)}\n`);
  return path;
}

/** ratio rounded to 3 significant places, undefined when there is no baseline to divide by. */
export function ratioOf(value: number, baseline: number): number | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return undefined;
  return Number((value / baseline).toPrecision(3));
}
