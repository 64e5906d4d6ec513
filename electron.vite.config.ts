import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const fromRoot = (path: string): string => resolve(import.meta.dirname, path);

/**
 * In development the CSP comes from main's response header (see electron/main/securityPolicy.ts), which allows
 * Vite's inline React refresh preamble; the page's strict <meta> policy would block it, so the dev server drops
 * that <meta>. The built page keeps it: file:// responses carry no headers.
 */
function devServerWithoutCspMeta(): Plugin {
  return {
    name: 'petition-desk:dev-without-csp-meta',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  };
}

export default defineConfig({
  main: {
    build: {
      // Bundle zod and everything else main uses, so out/ runs without node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: fromRoot('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload is loaded as a classic script: it must be CommonJS even though package.json says
      // "type": "module", and the .cjs extension keeps Node from reading it as an ES module.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    build: { rolldownOptions: { input: { index: fromRoot('renderer/index.html') } } },
    plugins: [react(), devServerWithoutCspMeta()],
  },
});
