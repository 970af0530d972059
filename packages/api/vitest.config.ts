import { defineConfig } from 'vitest/config';

export default defineConfig({
  // whole catalogs are imported and simulated in one hook; a loaded 2-core CI box needs the room
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
