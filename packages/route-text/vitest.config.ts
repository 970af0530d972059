import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // property tests run hundreds of random command sequences; a loaded 2-core box can take seconds for one
    testTimeout: 60_000,
  },
});
