import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import electronConfig from '../../electron.vite.config';
import { TEST_HOOKS_ENV, testHooksDefine } from '../../scripts/testHooks';

const ROOT = resolve(import.meta.dirname, '../..');
/** What a test hook leaves in a bundle: the clock's window property and its sessionStorage key. */
const HOOK_NAMES = ['__deskClock', 'desk-clock'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The renderer's clock module alone, minified with the test-hooks flag as given: seconds, not a whole app. */
async function clockBundle(enabled: boolean): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    define: testHooksDefine(enabled),
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, 'renderer/src/services/clock.ts'), formats: ['es'], fileName: 'clock' },
    },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap((o) => o.output)
    .map((chunk) => ('code' in chunk ? chunk.code : ''))
    .join('\n');
}

describe('test hooks are compiled out of production builds', () => {
  let outDir = '';
  let shipped = '';
  let files: string[] = [];
  const saved = { hooks: process.env[TEST_HOOKS_ENV], nodeEnv: process.env.NODE_ENV };

  beforeAll(async () => {
    // `npm run build:web` exactly as a release builds it: the real config, the flag unset, and NODE_ENV production
    // (vitest sets 'test', which would make Vite build development JSX).
    delete process.env[TEST_HOOKS_ENV];
    process.env.NODE_ENV = 'production';
    outDir = await mkdtemp(join(tmpdir(), 'desk-prod-build-'));
    try {
      await build({
        configFile: resolve(ROOT, 'vite.web.config.ts'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = saved.nodeEnv;
    }
    files = await filesUnder(outDir);
    shipped = (await Promise.all(files.filter((f) => /\.(js|html)$/.test(f)).map((f) => readFile(f, 'utf8')))).join(
      '\n',
    );
  }, 600_000);

  afterAll(async () => {
    if (saved.hooks === undefined) delete process.env[TEST_HOOKS_ENV];
    else process.env[TEST_HOOKS_ENV] = saved.hooks;
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('the production web build names no test hook', () => {
    expect(shipped.includes('信访工作台')).toBe(true);
    expect(HOOK_NAMES.filter((name) => shipped.includes(name))).toEqual([]);
  });

  it('the production web build has no bench page, which seeds a database as an administrator', () => {
    expect(files.some((f) => f.endsWith('bench.html'))).toBe(false);
    expect(shipped.includes('__bench')).toBe(false);
  });

  it('the Electron renderer is built with the hooks off unless the flag is set', () => {
    expect(electronConfig.renderer?.define).toEqual(testHooksDefine(false));
  });

  it('the clock exposes its hook only with the flag on', async () => {
    const withHooks = await clockBundle(true);
    expect(HOOK_NAMES.filter((name) => withHooks.includes(name))).toEqual(HOOK_NAMES);
    const withoutHooks = await clockBundle(false);
    expect(HOOK_NAMES.filter((name) => withoutHooks.includes(name))).toEqual([]);
  }, 120_000);
});
