// `pnpm bench [names…] [--quick] [--list] [--verbose]`, parsed without I/O so the choices are testable.

export interface RunArgs {
  names: string[];
  quick: boolean;
  list: boolean;
  help: boolean;
  /** the benches' own output on the terminal instead of only in their log file */
  verbose: boolean;
  /** a quick run one bench at a time, as a full run always is */
  serial: boolean;
  /** only rebuild the report from the result files present, run nothing */
  report: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `usage: pnpm bench [name …] [--quick [--serial]] [--list] [--report] [--verbose]
  (no name)   every bench, in order
  name …      only these (see --list)
  --quick     smoke sizes (BENCH_QUICK=1), two benches at a time: results go to docs/bench/quick/,
              docs/benchmarks.md is left alone
  --serial    a quick run one bench at a time
  --report    run nothing: rebuild the report from the docs/bench/*.json present
  --list      the benches, what each needs and how long it takes here
  --verbose   show each bench's own output (always kept in docs/bench/logs/<name>.log)`;

export function parseArgs(argv: readonly string[], known: readonly string[]): RunArgs {
  const args: RunArgs = {
    names: [],
    quick: false,
    list: false,
    help: false,
    verbose: false,
    serial: false,
    report: false,
  };
  for (const arg of argv) {
    if (arg === '--')
      continue; // `pnpm bench -- engine` passes the separator through
    else if (arg === '--quick') args.quick = true;
    else if (arg === '--list') args.list = true;
    else if (arg === '--verbose' || arg === '-v') args.verbose = true;
    else if (arg === '--serial') args.serial = true;
    else if (arg === '--report') args.report = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else if (!known.includes(arg))
      throw new UsageError(`no bench named "${arg}"; the benches are: ${known.join(', ')}`);
    else if (!args.names.includes(arg)) args.names.push(arg);
  }
  return args;
}

/** The benches to run, in registry order whatever order they were named in. */
export function selectBenches<T extends { name: string }>(all: readonly T[], names: readonly string[]): T[] {
  return names.length === 0 ? [...all] : all.filter((b) => names.includes(b.name));
}
