import { defineConfig } from 'vitest/config';

// Each file spawns its own server processes and databases; running files one at a time keeps
// their load from distorting each other's timings and keeps a 2-core machine responsive.
export default defineConfig({
  test: {
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
