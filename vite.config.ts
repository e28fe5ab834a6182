import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base and hash routing: the same build loads from file:// in Electron and from the loopback bridge.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
