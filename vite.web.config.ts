import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/cspPlugin';
import { testHooksDefine, testHooksEnabled } from './scripts/testHooks';

const hooks = testHooksEnabled();

/**
 * The renderer as a plain web app: same code, browser implementation of the platform API. The bench page (it seeds
 * a database as an administrator) and the test hooks are built only when DESK_TEST_HOOKS=1 (scripts/testHooks.ts).
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta({ devHeaderOnly: false })],
  define: testHooksDefine(hooks),
  build: {
    outDir: resolve(import.meta.dirname, 'dist-web'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        ...(hooks ? { bench: resolve(import.meta.dirname, 'renderer/bench.html') } : {}),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
