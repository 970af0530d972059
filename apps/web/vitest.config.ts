import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
          // The first render pulls in antd and its CSS-in-JS; on a loaded 2-core CI box that alone takes ~30 s.
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // a browser step on a loaded 2-core machine can take seconds; expect.poll's default is 1 s
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
