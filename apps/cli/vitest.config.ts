import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Each test spawns the real CLI (tsx, then PGlite); on a loaded 2-core CI box one spawn took 12–20 s.
  test: { testTimeout: 180_000 },
});
