/**
 * Test hooks (the movable clock `window.__deskClock`, the bench page) exist only in builds made for tests: the e2e
 * build (playwright.config.ts sets the variable for its web server) and the bench (bench/run.ts). `npm run build`,
 * `npm run build:web` and `npm run dist` leave it unset, so the hooks are compiled out and a user cannot move the
 * clock that lockouts and audit timestamps read. tests/main/testHooksBuild.test.ts checks the built bundle.
 */
export const TEST_HOOKS_ENV = 'DESK_TEST_HOOKS';

export function testHooksEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[TEST_HOOKS_ENV] === '1';
}

/** Vite `define` entries: `__DESK_TEST_HOOKS__` becomes a literal, so the minifier drops the guarded code. */
export function testHooksDefine(enabled: boolean = testHooksEnabled()): Record<string, string> {
  return { __DESK_TEST_HOOKS__: JSON.stringify(enabled) };
}
