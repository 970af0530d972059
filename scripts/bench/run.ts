// `pnpm bench`: every bench (or the named ones) one after another as child processes, each with
// its own timeout, past any that fails; then the report from every docs/bench/*.json present.
// See scripts/bench/README.md.
import {
  accessSync,
  constants,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs, selectBenches, USAGE, UsageError, type RunArgs } from './args';
import { argvFor, BENCHES, budgetSeconds, timeoutSeconds, type BenchSpec, type Need } from './benches';
import { runChild, stopRunningChildren, tailOf } from './child';
import { isBenchResult, renderReport, replaceReportBlock, type RunOutcome } from './report';
import type { BenchResult } from './result';
import { REPO_ROOT, loadInfo, resultPath } from './result';

const BENCH_DIR = join(REPO_ROOT, 'docs', 'bench');
const QUICK_DIR = join(BENCH_DIR, 'quick');
const DOC = join(REPO_ROOT, 'docs', 'benchmarks.md');
const QUICK_BUDGET_SECONDS = 180;
const FULL_BUDGET_SECONDS = 20 * 60;

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const NEED_CHECKS: Record<Need, () => string | undefined> = {
  database: () =>
    process.env.DATABASE_URL
      ? undefined
      : 'needs DATABASE_URL (a PostgreSQL 15 it may create scratch databases on), e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench',
  chromium: () => {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    return existsSync(path) ? undefined : `needs Chromium at ${path} (set CHROMIUM_PATH)`;
  },
  pgbench: () =>
    onPath('pgbench') ? undefined : 'needs pgbench on PATH (postgresql-contrib / postgresql-client)',
};

/** Why this bench cannot run here, or undefined. */
function missing(spec: BenchSpec): { status: 'skipped' | 'not built'; reason: string } | undefined {
  if (spec.script) {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, spec.script.packageJson), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    if (!pkg.scripts?.[spec.script.name])
      return {
        status: 'not built',
        reason: `${spec.script.packageJson} has no "${spec.script.name}" script yet`,
      };
  }
  for (const need of spec.needs) {
    const why = NEED_CHECKS[need]();
    if (why) return { status: 'skipped', reason: why };
  }
  return undefined;
}

function argvOf(spec: BenchSpec, quick: boolean): string[] {
  const argv = argvFor(spec, quick);
  // a smoke run after `pnpm test` (which builds the app) need not build it again
  if (quick && spec.name === 'phone' && existsSync(join(REPO_ROOT, 'apps/web/dist/index.html')))
    argv.push('--no-build');
  return argv;
}

function envOf(args: RunArgs): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (args.quick) env.BENCH_QUICK = '1';
  else delete env.BENCH_QUICK; // a stray BENCH_QUICK in the shell must not make a full run small
  // the logs are read in an editor: no colour codes in them
  if (!args.verbose) env.FORCE_COLOR = '0';
  return env;
}

function wroteResult(spec: BenchSpec, quick: boolean, since: number): boolean {
  const path = resultPath(spec.name, quick);
  return existsSync(path) && statSync(path).mtimeMs >= since;
}

const clock = (s: number) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`;

/** Two benches at a time only where the figures are smoke anyway. */
const lanes = (args: RunArgs) => args.quick && !args.serial;

async function runOne(
  spec: BenchSpec,
  args: RunArgs,
  index: number,
  count: number,
  tty: boolean,
): Promise<RunOutcome> {
  const head = `[${index + 1}/${count}] ${spec.name.padEnd(13)}`;
  const absent = missing(spec);
  if (absent) {
    console.log(`${head} ${absent.status}: ${absent.reason}`);
    return { bench: spec.name, seconds: 0, ...absent };
  }
  const limit = timeoutSeconds(spec, args.quick);
  const logFile = join(args.quick ? QUICK_DIR : BENCH_DIR, 'logs', `${spec.name}.log`);
  if (!tty)
    console.log(
      `${head} running (expect ~${clock(args.quick ? spec.seconds.quick : spec.seconds.full)}, timeout ${clock(limit)})`,
    );
  const since = Date.now() - 1000;
  const run = await runChild({
    argv: argvOf(spec, args.quick),
    cwd: join(REPO_ROOT, spec.cwd),
    env: envOf(args),
    logFile,
    timeoutSeconds: limit,
    verbose: args.verbose,
    onTick: tty ? (s) => process.stdout.write(`\r${head} running ${clock(s)} `) : undefined,
  });
  if (tty) process.stdout.write('\r\x1b[2K');
  let outcome: RunOutcome;
  if (run.timedOut)
    outcome = {
      bench: spec.name,
      status: 'timed out',
      seconds: run.seconds,
      reason: `stopped after ${clock(limit)}`,
    };
  else if (run.spawnError)
    outcome = { bench: spec.name, status: 'failed', seconds: run.seconds, reason: run.spawnError };
  else if (run.exitCode !== 0)
    outcome = {
      bench: spec.name,
      status: 'failed',
      seconds: run.seconds,
      reason: `exit code ${run.exitCode ?? 'signal'}`,
    };
  else if (!wroteResult(spec, args.quick, since))
    outcome = {
      bench: spec.name,
      status: 'failed',
      seconds: run.seconds,
      reason: `exited 0 but wrote no ${resultPath(spec.name, args.quick).slice(REPO_ROOT.length + 1)}`,
    };
  else outcome = { bench: spec.name, status: 'passed', seconds: run.seconds };
  const mark = outcome.status === 'passed' ? '✓' : '✗';
  console.log(
    `${head} ${mark} ${outcome.status} in ${clock(run.seconds)}${outcome.reason ? ` — ${outcome.reason}` : ''}`,
  );
  if (outcome.status !== 'passed') {
    console.log(`  log: ${logFile.slice(REPO_ROOT.length + 1)}; its end:`);
    console.log(tailOf(logFile).replace(/^/gm, '  | '));
  }
  return outcome;
}

/** Every result file in the folder; files of another shape are named, not fatal. */
function readResults(dir: string): BenchResult[] {
  if (!existsSync(dir)) return [];
  const results: BenchResult[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file === 'report.json') continue;
    try {
      const value: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (isBenchResult(value)) results.push(value);
      else
        console.log(
          `  (report: ${file} is not in the BenchResult shape of scripts/bench/result.ts; left out)`,
        );
    } catch (e) {
      console.log(`  (report: ${file} is not JSON: ${e instanceof Error ? e.message : String(e)}; left out)`);
    }
  }
  return results;
}

function writeReport(args: RunArgs, outcomes: RunOutcome[]): void {
  const dir = args.quick ? QUICK_DIR : BENCH_DIR;
  const results = readResults(dir);
  const command = `pnpm bench${args.quick ? ' --quick' : ''}${args.names.length ? ` ${args.names.join(' ')}` : ''}`;
  const block = renderReport({
    results,
    outcomes,
    command,
    quick: args.quick,
    order: BENCHES.map((b) => b.name),
  });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (args.quick) {
    writeFileSync(join(QUICK_DIR, 'report.md'), `# Benchmarks, quick run\n\n${block}\n`);
    console.log(`report: docs/bench/quick/report.md (docs/benchmarks.md untouched)`);
  } else {
    writeFileSync(DOC, replaceReportBlock(readFileSync(DOC, 'utf8'), block));
    console.log(`report: docs/benchmarks.md (between the bench:report markers) and docs/bench/report.json`);
  }
}

function list(): void {
  console.log('bench          needs                  full        quick     what');
  for (const b of BENCHES)
    console.log(
      `${b.name.padEnd(14)} ${(b.needs.join(', ') || '—').padEnd(22)} ${clock(b.seconds.full).padEnd(11)} ${clock(b.seconds.quick).padEnd(9)} ${b.about}`,
    );
  console.log(
    `\nall: ~${clock(budgetSeconds(BENCHES, false))} (budget 20 min); --quick: ~${clock(budgetSeconds(BENCHES, true))} (two lanes side by side; budget 3 min)`,
  );
}

async function main(): Promise<number> {
  let args: RunArgs;
  try {
    args = parseArgs(
      process.argv.slice(2),
      BENCHES.map((b) => b.name),
    );
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.list) {
    list();
    return 0;
  }
  if (args.report) {
    writeReport(args, []);
    return 0;
  }
  const specs = selectBenches(BENCHES, args.names);
  console.log(
    `pnpm bench${args.quick ? ' --quick' : ''}: ${specs.length} benches, expect ~${clock(budgetSeconds(specs, args.quick, lanes(args)))}${lanes(args) ? ', two lanes side by side' : ''}; load ${loadInfo().join(' ')}`,
  );
  const started = performance.now();
  const byName = new Map<string, RunOutcome>();
  const runLane = async (lane: readonly BenchSpec[], tty: boolean) => {
    for (const spec of lane)
      byName.set(spec.name, await runOne(spec, args, specs.indexOf(spec), specs.length, tty));
  };
  const tty = process.stdout.isTTY && !args.verbose;
  if (lanes(args))
    await Promise.all(
      [1, 2].map((n) =>
        runLane(
          specs.filter((s) => s.lane === n),
          false,
        ),
      ),
    );
  else await runLane(specs, tty);
  const outcomes = specs.map((s) => byName.get(s.name)).filter((o) => o !== undefined);
  const total = (performance.now() - started) / 1000;
  writeReport(args, outcomes);

  const bad = outcomes.filter(
    (o) => o.status === 'failed' || o.status === 'timed out' || o.status === 'not built',
  );
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  const budget = args.quick ? QUICK_BUDGET_SECONDS : FULL_BUDGET_SECONDS;
  console.log(
    `\ntotal ${clock(total)} (budget ${clock(budget)}${total > budget && args.names.length === 0 ? ', OVER' : ''}); ${outcomes.length - bad.length - skipped.length} passed, ${bad.length} failed, ${skipped.length} skipped; load ${loadInfo().join(' ')}`,
  );
  for (const o of [...bad, ...skipped])
    console.log(`  ${o.bench}: ${o.status}${o.reason ? ` — ${o.reason}` : ''}`);
  return bad.length > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopRunningChildren();
    process.exit(130);
  });

process.exitCode = await main();
