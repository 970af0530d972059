// Every bench `pnpm bench` knows: where it runs, with what, what it needs, and how long it takes
// here. The seconds are measured on the 2-core shared machine (or estimated where marked) and set
// both the time budget printed before a run and each bench's timeout.
import { join } from 'node:path';
import { REPO_ROOT } from './result';

export type Need = 'database' | 'chromium' | 'pgbench';

export interface BenchSpec {
  name: string;
  /** one line, what it measures (README and --list) */
  about: string;
  /** the package folder, from the repository root */
  cwd: string;
  /** argv of the full run; a quick run sets BENCH_QUICK=1 and appends quickArgs */
  command: readonly string[];
  quickArgs?: readonly string[];
  needs: readonly Need[];
  /** seconds a run takes on this machine: the budget, and five times it (at least 5 min) the timeout */
  seconds: { full: number; quick: number };
  /**
   * A quick run runs lane 1 (the PostgreSQL benches, schema, restore) beside lane 2 (Chromium, the
   * packages' vitest benches), one bench at a time in each, the lanes about equally long: smoke
   * figures mean nothing, so sharing the two cores costs nothing, and the browser benches share
   * apps/web/bench/dist (a build empties it), so they stay in one lane.
   */
  lane: 1 | 2;
  /** a package.json script the command relies on, owned by another package: missing = 'not built' */
  script?: { packageJson: string; name: string };
}

export const TSX_CLI = join(REPO_ROOT, 'apps/cli/node_modules/tsx/dist/cli.mjs');

const tsx = (file: string): string[] => [process.execPath, TSX_CLI, file];
const faults = (script: string): Pick<BenchSpec, 'cwd' | 'command' | 'script'> => ({
  cwd: 'tests/faults',
  command: ['pnpm', 'run', '--silent', script],
  script: { packageJson: 'tests/faults/package.json', name: script },
});

export const BENCHES: readonly BenchSpec[] = [
  {
    name: 'engine',
    about: 'approval actions/s over HTTP (submit + 2 approvals) at 1/4/16/64 clients vs pgbench TPC-B',
    ...faults('bench:engine'),
    needs: ['database', 'pgbench'],
    // 4 client counts × (20 s of actions + 20 s of pgbench) + server start and pgbench -i
    seconds: { full: 200, quick: 30 }, // 4 × (20 s + 20 s of pgbench) + the server's start
    lane: 1,
  },
  {
    name: 'engine-org',
    about:
      'the same actions with a 1000-person company against the demo company as seeded (org size must not matter)',
    ...faults('bench:engine-org'),
    needs: ['database'],
    seconds: { full: 150, quick: 30 }, // estimated: 2 sizes × 2 client counts × 2 rounds × 10 s + org import
    lane: 1,
  },
  {
    name: 'engine-pglite',
    about: 'the same actions on the embedded PGlite database against PostgreSQL',
    ...faults('bench:engine-pglite'),
    needs: ['database'],
    seconds: { full: 120, quick: 30 }, // estimated: 2 backends × 2 client counts × 2 rounds × 10 s
    lane: 1,
  },
  {
    name: 'burst',
    about:
      '100 and 1000 distinct people submitting at once; every acknowledged request exists, serials gap-free',
    ...faults('bench:burst'),
    needs: ['database'],
    seconds: { full: 90, quick: 25 }, // estimated: 1,100 people created, then their submits
    lane: 1,
  },
  {
    name: 'inbox',
    about: 'pending tasks, overdue and search over 1000 tenants and 1M tasks: p50/p99 and index use',
    ...faults('bench:inbox'),
    needs: ['database'],
    seconds: { full: 200, quick: 30 }, // estimated: the 1M tasks go in by COPY, then the indexes
    lane: 1,
  },
  {
    name: 'schema',
    about: 'validation of the 300-field form against raw ajv on the same schema (wrapper overhead)',
    cwd: 'packages/schema',
    command: ['pnpm', 'exec', 'vitest', 'bench', '--run'],
    needs: [],
    seconds: { full: 60, quick: 25 }, // 136 s at load 19 (a tenth of the machine)
    lane: 1,
  },
  {
    name: 'restore',
    about: 'restore of a 10,002-row backup, COPY vs one INSERT per page, on PGlite (and PostgreSQL)',
    cwd: '.',
    command: tsx('scripts/bench/restore-bench.ts'),
    needs: [],
    seconds: { full: 30, quick: 15 }, // docs: 6 × 0.5 s per load and backend, plus the fill
    lane: 1,
  },
  {
    name: 'renderer',
    about: 'the 300-field form: mount and keystroke → paint, Signoff against RJSF 6 in headless Chromium',
    cwd: 'apps/web',
    // 5 rounds, not the runner's default 9, to keep the whole run within 20 minutes
    command: [...tsx('bench/run-renderer-bench.ts'), '--rounds=5'],
    quickArgs: ['--rounds=1', '--keys=2', '--settle=0', '--kinds=signoff,rjsf'],
    needs: ['chromium'],
    seconds: { full: 130, quick: 20 }, // quick measured 31 s at load 14
    lane: 2,
  },
  {
    name: 'phone',
    about: 'login and fill page on a phone (390×844, CPU 4×, fast 3G) against unthrottled, cold and cached',
    cwd: 'apps/web',
    command: [...tsx('bench/run-phone-bench.ts'), '--runs=3'],
    quickArgs: ['--runs=1'],
    needs: ['chromium'],
    seconds: { full: 130, quick: 45 }, // quick measured 128 s at load 18; the throttled pages take 10 s by design
    lane: 2,
  },
  {
    name: 'designer',
    about: 'the form designer on 300 fields: select, keystroke, drag, each to the next paint',
    cwd: 'apps/web',
    command: [...tsx('bench/run-designer-bench.ts'), '--rounds=3'],
    quickArgs: ['--rounds=1', '--keys=2', '--steps=2', '--settle=0'],
    needs: ['chromium'],
    seconds: { full: 90, quick: 25 }, // quick measured 79 s at load 20
    lane: 2,
  },
  {
    name: 'route',
    about: 'the route designer on 500 nodes: drag and pan frame work against bare React Flow',
    cwd: 'apps/web',
    command: [...tsx('bench/run-route-bench.ts'), '--rounds=3'],
    quickArgs: ['--rounds=1', '--moves=10', '--layouts=1', '--settle=0'],
    needs: ['chromium'],
    seconds: { full: 90, quick: 25 }, // quick measured 65 s at load 20
    lane: 2,
  },
  {
    name: 'packages',
    about:
      "the other packages' vitest benches (flow, org, api, designer, server, cli): ops/s, pass/fail, time",
    cwd: '.',
    command: tsx('scripts/bench/packages-bench.ts'),
    needs: [],
    seconds: { full: 70, quick: 70 }, // the sizes are set in the bench files; 41 s for designer alone at load 5
    lane: 2,
  },
];

export function findBench(name: string): BenchSpec | undefined {
  return BENCHES.find((b) => b.name === name);
}

/** The argv of a run: a quick flag replaces the full run's flag of the same name (the runners take the first). */
export function argvFor(spec: BenchSpec, quick: boolean): string[] {
  if (!quick || !spec.quickArgs) return [...spec.command];
  const flagName = (arg: string) => (arg.startsWith('--') ? arg.split('=')[0] : undefined);
  const replaced = new Set(spec.quickArgs.map(flagName).filter((f) => f !== undefined));
  const kept = spec.command.filter((arg) => {
    const f = flagName(arg);
    return f === undefined || !replaced.has(f);
  });
  return [...kept, ...spec.quickArgs];
}

/** Expected seconds of a run of these benches: in a quick run the longer of the two lanes. */
export function budgetSeconds(specs: readonly BenchSpec[], quick: boolean, lanes = quick): number {
  const sum = (list: readonly BenchSpec[]) =>
    list.reduce((total, b) => total + (quick ? b.seconds.quick : b.seconds.full), 0);
  if (!lanes) return sum(specs);
  return Math.max(sum(specs.filter((b) => b.lane === 1)), sum(specs.filter((b) => b.lane === 2)));
}

export function timeoutSeconds(spec: BenchSpec, quick: boolean): number {
  return Math.max(300, 5 * (quick ? spec.seconds.quick : spec.seconds.full));
}
