import { defineConfig } from 'vitest/config';

// `pnpm bench` in this package: load runs against real server processes, one file at a time,
// never inside the test command (they measure, they do not judge).
export default defineConfig({
  test: {
    include: ['src/bench/**/*.run.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
