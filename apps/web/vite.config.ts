import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor groups keep antd (large, changes rarely) apart from React and from our own code,
// so a release of Signoff does not make every phone download antd again.
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 25 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion)[\\/]/, priority: 20 },
  { name: 'data', test: /node_modules[\\/](@tanstack|@trpc|i18next|react-i18next|dayjs)[\\/]/, priority: 10 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/trpc': 'http://127.0.0.1:3000' },
  },
  preview: {
    proxy: { '/trpc': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
