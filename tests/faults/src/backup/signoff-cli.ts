import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = `${REPO}apps/cli/bin/signoff.mjs`;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `signoff …` as an operator types it, on the PostgreSQL database at `databaseUrl`. */
export function signoff(databaseUrl: string, ...args: string[]): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

/** The `rows / 行: N` figure of a backup or restore summary. */
export function summaryRows(stdout: string): number {
  const m = /rows \/ 行: (\d+)/.exec(stdout);
  if (!m?.[1]) throw new Error(`no row count in:\n${stdout}`);
  return Number(m[1]);
}
