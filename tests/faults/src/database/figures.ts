import { appendFile } from 'node:fs/promises';
import { FULL_SIZE } from '../harness/fault-size.js';

/** Where the measured figures go for the lead to merge into docs/reliability.md (override with FAULTS_FIGURES). */
const FIGURES = process.env.FAULTS_FIGURES ?? '/work/notes/reliability-database.runs.md';

/** Appends one run's figures as a small table; a missing notes folder only loses the figures. */
export async function recordFigures(test: string, figures: Record<string, string | number>): Promise<void> {
  const rows = Object.entries(figures).map(([k, v]) => `| ${k} | ${v} |`);
  const text = `\n### ${test} (${FULL_SIZE ? 'full' : 'quick'}, ${new Date().toISOString()})\n\n| figure | value |\n|---|---|\n${rows.join('\n')}\n`;
  await appendFile(FIGURES, text).catch(() => undefined);
}

/** `key: n; key: n` for a figure cell, most frequent first */
export function countBy(keys: readonly string[]): string {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return (
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`)
      .join('; ') || 'none'
  );
}
