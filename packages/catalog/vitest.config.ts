import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // a test loads a whole shipped catalog (31 template files) and checks each in depth
    testTimeout: 60_000,
  },
});
