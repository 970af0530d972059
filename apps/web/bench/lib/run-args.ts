import type { CDPSession } from 'playwright-core';

/** `--name=N` from the command line; `allowZero` for counts and waits that may be 0. */
export function numberFlag(name: string, fallback: number, allowZero = false): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new Error(allowZero ? `--${name} must be a number ≥ 0` : `--${name} must be a positive number`);
  }
  return value;
}

/** Round r's order: rotated by r and reversed every other round, so no contender always runs first or after the same one. */
export function interleavedOrder<K>(kinds: readonly K[], r: number): K[] {
  const rotated = kinds.map((_, i) => kinds[(i + r) % kinds.length] as K);
  return Math.floor(r / kinds.length) % 2 ? rotated.reverse() : rotated;
}

/** Chromium's cumulative main-thread counters (CDP Performance.getMetrics, after Performance.enable), in seconds. */
export async function mainThreadSeconds(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}
