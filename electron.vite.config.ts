import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/cspPlugin';
import { testHooksDefine } from './scripts/testHooks';

const fromRoot = (path: string): string => resolve(import.meta.dirname, path);

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
    plugins: [react(), cspMeta({ devHeaderOnly: true })],
    // Off for `npm run build` and `npm run dist`; see scripts/testHooks.ts.
    define: testHooksDefine(),
  },
});
