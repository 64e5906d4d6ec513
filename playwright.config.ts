import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';
import { TEST_HOOKS_ENV } from './scripts/testHooks';

const isCI = Boolean(process.env.CI);
/**
 * E2E_PORT lets two checkouts or sessions run the suite side by side: each port gets its own build folder and
 * preview server, so one never tests the other's build.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = resolve(import.meta.dirname, `dist-web-${port}`);
const webServerCommand =
  port === 4173
    ? 'npm run build:web && npm run preview:web'
    : `npx vite build --config vite.web.config.ts --outDir ${outDir} && npx vite preview --config vite.web.config.ts --outDir ${outDir} --port ${port}`;

/**
 * Journeys run against the web build (`vite preview`) in Debian's Chromium: Playwright's own browser builds cannot be
 * downloaded here, so `npx playwright install` is never part of the setup. Every test gets a new browser context,
 * which means a new, empty IndexedDB.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Kept apart from test-results/ itself: Playwright empties its outputDir on start, and unit.json lives beside it.
  outputDir: port === 4173 ? 'test-results/e2e-artifacts' : `test-results/e2e-artifacts-${port}`,
  fullyParallel: true,
  forbidOnly: isCI,
  // Flaky tests get fixed, not retried.
  // One retry on CI so a timing hiccup on a loaded 2-core machine does not block a landing; a retried pass is
  // reported as flaky in test-results/e2e.json and must be looked at, never ignored.
  retries: isCI ? 1 : 0,
  // The machine has 2 cores; vite preview and the browser share them.
  workers: 2,
  // A journey takes 10–80 s on a busy 2-core machine (each sign-in hashes a password with 2,000,000 PBKDF2 rounds,
  // and journeys that sign several accounts in and out came close to 90 s); the budget is for hangs, not for speed.
  timeout: 150_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: port === 4173 ? 'test-results/e2e.json' : `test-results/e2e-${port}.json` }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: chromiumLaunchOptions,
      },
    },
    {
      // The Electron shell's own specs launch Electron themselves (and skip when its binary was not downloaded);
      // they never use the `page` fixture, so no browser is started for this project.
      name: 'electron-shell',
      testDir: 'tests/electron',
    },
  ],
  webServer: {
    command: webServerCommand,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !isCI,
    // A cold vite build of the whole renderer on 2 cores.
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The journeys move the desk's clock (window.__deskClock): a build with the test hooks (scripts/testHooks.ts).
    env: { [TEST_HOOKS_ENV]: '1' },
  },
});
