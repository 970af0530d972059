import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The designer benchmark page (designer.html): the real form designer in a production build of its own,
// beside the renderer's (vite.config.ts), so neither bench's page carries the other's code.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/designer/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: fileURLToPath(new URL('./designer.html', import.meta.url)) },
  },
});
