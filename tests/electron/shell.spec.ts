import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { DESK_API_KEYS } from '../../electron/contract';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The Electron executable, or null when `npm ci` ran with ELECTRON_SKIP_BINARY_DOWNLOAD. Read from the package's
 * path.txt rather than by require('electron'), which would try to download the binary on the spot.
 */
function electronExecutable(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** The page's globals the specs touch, typed without the DOM library (this file compiles under the node tsconfig). */
interface PageGlobals {
  api?: Record<string, unknown>;
  require?: unknown;
  process?: unknown;
  open(url: string, target: string): unknown;
  location: { href: string };
}

const executable = electronExecutable();
let desk: ElectronApplication | undefined;

// One desk for the whole file: the app holds a single-instance lock, so two launches at once would collide.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.skip(!executable, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): shell spec skipped');
  expect(existsSync(join(projectRoot, 'out/main/index.js')), 'run `npm run build` before the shell spec').toBe(true);
  // Root (as in CI containers) cannot start Chromium's setuid sandbox at all.
  const runsAsRoot = process.getuid?.() === 0;
  desk = await electron.launch({
    executablePath: executable ?? undefined,
    args: runsAsRoot ? ['--no-sandbox', projectRoot] : [projectRoot],
    // The built page, never a dev server.
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
});

test.afterAll(async () => {
  await desk?.close();
  desk = undefined;
});

test('the shell opens one window titled 信访工作台', async () => {
  if (!desk) throw new Error('the desk was not launched');
  await desk.firstWindow();
  const titles = await desk.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => window.getTitle()),
  );
  expect(titles).toEqual(['信访工作台']);
});

test('the page sees exactly the contract as window.api and no Node require', async () => {
  if (!desk) throw new Error('the desk was not launched');
  const page = await desk.firstWindow();
  await page.waitForLoadState('domcontentloaded');

  const exposed = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return {
      keys: page.api ? Object.keys(page.api).sort() : null,
      platform: page.api?.platform,
      requireType: typeof page.require,
      processType: typeof page.process,
    };
  });

  expect(exposed.keys).toEqual([...DESK_API_KEYS].sort());
  expect(exposed.platform).toBe('electron');
  expect(exposed.requireType).toBe('undefined');
  expect(exposed.processType).toBe('undefined');
});

test('a link to a web site neither replaces the app page nor opens a window', async () => {
  if (!desk) throw new Error('the desk was not launched');
  const page = await desk.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const appUrl = page.url();
  // Listens after the security guard (installed before the window existed), so it sees the guard's verdict.
  await desk.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    if (!contents) throw new Error('no window');
    (globalThis as { navigationVerdict?: Promise<unknown> }).navigationVerdict = new Promise((resolve) => {
      contents.once('will-navigate', (event) => resolve({ url: event.url, prevented: event.defaultPrevented }));
    });
  });

  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    page.open('https://example.com/popup', '_blank');
    page.location.href = 'https://example.com/';
  });
  const verdict = await desk.evaluate(() => (globalThis as { navigationVerdict?: Promise<unknown> }).navigationVerdict);

  expect(verdict).toEqual({ url: 'https://example.com/', prevented: true });
  expect(page.url()).toBe(appUrl);
  expect(desk.windows()).toHaveLength(1);
});
