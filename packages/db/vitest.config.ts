import { defineConfig } from 'vitest/config';

export default defineConfig({
  // backup round trips and 10 000-job runs take tens of seconds on a loaded 2-core CI box
  test: { testTimeout: 180_000, hookTimeout: 120_000 },
});
