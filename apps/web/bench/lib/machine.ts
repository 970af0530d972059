import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

/** The facts docs/benchmarks.md records beside each figure. */
export function machineFacts(browserVersion: string): Record<string, string> {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /Model name:\s*(.+)/.exec(execFileSync('lscpu', { encoding: 'utf8' }));
    if (m?.[1]) model = m[1].trim();
  } catch {
    // no lscpu: os.cpus() said enough
  }
  return {
    cpu: `${model}, ${cpus().length} cores`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString().slice(0, 10),
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
