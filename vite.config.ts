import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from file:// inside Electron and from localhost in a browser: relative paths work in both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
});
