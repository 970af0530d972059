import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // property and fuzz tests run thousands of cases; on a loaded 2-core CI box one took 5.7 s
    testTimeout: 60_000,
  },
});
