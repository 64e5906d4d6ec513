import { testHooksDefine } from './scripts/testHooks';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests run the release path of the renderer (scripts/testHooks.ts): no movable clock.
  define: testHooksDefine(false),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
