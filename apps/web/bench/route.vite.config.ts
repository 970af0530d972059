import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The route designer benchmark page (route.html): a bare React Flow page and the real route canvas in a
// production build of their own, beside the renderer's and the form designer's.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/route/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: fileURLToPath(new URL('./route.html', import.meta.url)) },
  },
});
