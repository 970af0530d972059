/**
 * Two sizes of every fault test: `quick` runs inside the README's test command (CI, a few seconds
 * each), `full` is `pnpm test:faults` on a developer's machine, at the sizes issue 16 names.
 */
export const FULL_SIZE = process.env.FAULTS_SIZE === 'full';

export function sized(quick: number, full: number): number {
  return FULL_SIZE ? full : quick;
}

/** The PostgreSQL the suite runs against; without it every fault test is skipped. */
export const DATABASE_URL = process.env.DATABASE_URL;
