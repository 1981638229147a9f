import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the same build loads from file:// in Electron and from the HTTP bridge.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
