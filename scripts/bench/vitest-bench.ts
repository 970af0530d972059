// Runs one package's vitest benches with --outputJson and reads the figures back, for the benches
// that are vitest `bench` files (their own printed table stays on the output, as before).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface VitestBenchFigure {
  /** the describe() path, e.g. 'src/designer-core.bench.ts > designer core, 300 fields' */
  group: string;
  name: string;
  hz: number;
  /** ms */
  mean: number;
  /** ms */
  p99: number;
  samples: number;
}

export interface VitestBenchRun {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  figures: VitestBenchFigure[];
}

interface OutputJson {
  files?: {
    groups?: {
      fullName?: string;
      benchmarks?: { name?: string; hz?: number; mean?: number; p99?: number; sampleCount?: number }[];
    }[];
  }[];
}

/** The figures of vitest's --outputJson file; pure, so its reading of the format is tested. */
export function figuresOf(json: unknown): VitestBenchFigure[] {
  const figures: VitestBenchFigure[] = [];
  for (const file of (json as OutputJson).files ?? [])
    for (const group of file.groups ?? [])
      for (const b of group.benchmarks ?? [])
        if (typeof b.name === 'string' && typeof b.hz === 'number')
          figures.push({
            group: group.fullName ?? '',
            name: b.name,
            hz: b.hz,
            mean: b.mean ?? Number.NaN,
            p99: b.p99 ?? Number.NaN,
            samples: b.sampleCount ?? 0,
          });
  return figures;
}

export async function runVitestBench(
  cwd: string,
  filters: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<VitestBenchRun> {
  const dir = mkdtempSync(join(tmpdir(), 'signoff-vitest-bench-'));
  const out = join(dir, 'bench.json');
  const started = performance.now();
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('pnpm', ['exec', 'vitest', 'bench', '--run', '--outputJson', out, ...filters], {
        cwd,
        env,
        stdio: 'inherit',
      });
      child.once('error', reject);
      child.once('exit', (code) => resolve(code));
    });
    let figures: VitestBenchFigure[] = [];
    try {
      figures = figuresOf(JSON.parse(readFileSync(out, 'utf8')));
    } catch {
      // no file: vitest failed before the benches ran; the exit code says so
    }
    return { ok: exitCode === 0, exitCode, seconds: (performance.now() - started) / 1000, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
