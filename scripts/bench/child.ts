// One bench as a child process: its output to a log file (and the terminal with --verbose), a
// ticking one-line progress, a timeout that ends the whole process group (benches start servers
// and browsers of their own), and the last lines of the log when it fails.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ChildRun {
  exitCode: number | null;
  timedOut: boolean;
  seconds: number;
  /** why the process could not start, if it could not */
  spawnError?: string;
}

export interface ChildOptions {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutSeconds: number;
  verbose: boolean;
  /** called about once a second with the seconds so far (the progress line) */
  onTick?: (seconds: number) => void;
}

/** The process groups of the running benches, so Ctrl-C in the runner ends them too. */
const running = new Set<number>();

export function stopRunningChildren(): void {
  for (const pid of running) killGroup(pid, 'SIGTERM');
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function runChild(o: ChildOptions): Promise<ChildRun> {
  mkdirSync(dirname(o.logFile), { recursive: true });
  const log = createWriteStream(o.logFile);
  log.write(`$ (cd ${o.cwd} && ${o.argv.join(' ')})\n`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const [command, ...args] = o.argv;
  return new Promise((resolve) => {
    const child = spawn(command ?? 'false', args, {
      cwd: o.cwd,
      env: o.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group: a timeout kills the servers and browsers it started as well
      detached: true,
    });
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const tick = setInterval(() => o.onTick?.(elapsed()), 1000);
    const timeout = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), 10_000);
    }, o.timeoutSeconds * 1000);
    if (child.pid !== undefined) running.add(child.pid);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (o.verbose) process.stdout.write(chunk);
      });
    }
    const finish = (run: ChildRun) => {
      clearInterval(tick);
      clearTimeout(timeout);
      if (killTimer) clearTimeout(killTimer);
      if (child.pid !== undefined) running.delete(child.pid);
      log.end(
        `\n[exit ${run.exitCode ?? 'by signal'}${run.timedOut ? ', timed out' : ''} after ${run.seconds.toFixed(1)} s]\n`,
      );
      resolve(run);
    };
    let done = false;
    const once = (run: ChildRun) => {
      if (done) return;
      done = true;
      finish(run);
    };
    child.once('error', (e) => once({ exitCode: null, timedOut, seconds: elapsed(), spawnError: e.message }));
    child.once('exit', (code) => {
      // whatever it left behind in its group (a server, a browser) goes with it
      if (child.pid !== undefined) killGroup(child.pid, 'SIGTERM');
      const seconds = elapsed();
      // 'close' waits for the pipes, which a leftover holding them could keep open
      setTimeout(() => once({ exitCode: code, timedOut, seconds }), 5000).unref();
      child.once('close', () => once({ exitCode: code, timedOut, seconds }));
    });
  });
}

/** The last lines of a log, for a failed bench's message. */
export function tailOf(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
