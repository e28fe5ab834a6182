import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META_TAGS } from './electron/security/csp.js';

/**
 * The built page carries its Content-Security-Policy as a meta tag: Electron loads it from file://, where a
 * header is not reliably delivered. Build only: the dev server injects inline scripts the policy forbids.
 */
const cspMeta: Plugin = {
  name: 'winloop-csp-meta',
  apply: 'build',
  // Right after the charset, before any script or stylesheet, so it governs all of them.
  transformIndexHtml(html) {
    const charset = /<meta charset="UTF-8" \/>/i;
    if (!charset.test(html))
      throw new Error('renderer/index.html needs <meta charset="UTF-8" /> to place the CSP after.');
    return html.replace(charset, (tag) => `${tag}\n    ${CSP_META_TAGS}`);
  },
};

// Relative base and hash routing: the same build loads from file:// in Electron and from the loopback bridge.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
