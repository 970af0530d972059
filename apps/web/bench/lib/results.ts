import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../results/', import.meta.url));

/** Keeps a run's raw samples in bench/results/ (ignored by git) for a closer look than the printed medians. */
export function resultPath(file: string): string {
  mkdirSync(DIR, { recursive: true });
  return `${DIR}${file}`;
}

export function saveResults(name: string, data: unknown): string {
  const path = resultPath(`${name}.json`);
  writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);
  return path;
}
