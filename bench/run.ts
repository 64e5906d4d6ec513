/**
 * `npm run bench`: builds the web app, serves it on a free loopback port, opens bench.html in Debian's Chromium
 * (the page seeds 100,000 petitions into a fresh IndexedDB database and times the desk's interactions through the
 * real db layer), then prints the table and writes bench/results.json.
 *
 *   npm run bench                     full run at 100,000 petitions
 *   npm run bench -- --n=10000        fewer petitions
 *   npm run bench -- --no-build       reuse the existing dist-bench/
 *   npm run bench -- --no-backup      leave out the backup and restore figures (the slowest part)
 *   npm run bench -- --backup-only    seed, then only the backup and restore figures
 *   npm run bench -- --import-only    seed, then only the Excel import figures (issue 17): a 10,000-row workbook
 *                                     (built here, bench/parse.ts) read by the import worker in the page and
 *                                     previewed, then the import and its undo
 *   npm run bench -- --suggestions-only  seed, then only the 意见建议 figures at 10,000 suggestions (issue 16)
 *   npm run bench -- --ledger-only    seed, then only the ledger's cold load, its floors and its queries (issue 14)
 *   npm run bench -- --profile=FILE   also write a CPU profile (DevTools' .cpuprofile) of what follows the seeding
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { LEDGER_FILE } from './page/ledgerFile';
import { ledgerWorkbook } from './parse';
import { TEST_HOOKS_ENV } from '../scripts/testHooks';

const ROOT = resolve(import.meta.dirname, '..');
/** Its own build folder, so a bench never empties the one the e2e tests' preview server is serving. */
const DIST = resolve(ROOT, 'dist-bench');
const RESULTS = resolve(ROOT, 'bench', 'results.json');
/** Seeding 100,000 petitions takes a few minutes on 2 cores; a stuck run must still end. */
const TIMEOUT_MS = 40 * 60_000;

/** What bench/page/main.ts resolves with (its types live with the page code, under the web tsconfig). */
interface BenchRow {
  name: string;
  n: number;
  median_ms: number;
  floor_ms: number;
  budget_ms: number | null;
  note: string;
}
interface BenchReport {
  petitions: number;
  seeding: { ms: number; petitioners: number; receptions: number; caseEvents: number };
  heapMb: { afterSeeding: number | null; withLedgerLoaded: number | null };
  rows: BenchRow[];
}

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : (arg.split('=')[1] ?? '');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A tiny static server for dist-bench on 127.0.0.1 and a port the system picks. */
async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(DIST, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(DIST + sep)) {
      res.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function isReport(value: unknown): value is BenchReport {
  const v = value as BenchReport | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.rows) && typeof v.seeding?.ms === 'number';
}

/** The page's query: the count and which parts to run. */
function benchQuery(count: number): string {
  const query = new URLSearchParams({ n: String(count) });
  if (option('no-backup') !== undefined) query.set('backup', '0');
  if (option('backup-only') !== undefined) query.set('scenario', '0');
  if (option('import-only') !== undefined) {
    query.set('scenario', 'import');
    query.set('backup', '0');
  }
  if (option('suggestions-only') !== undefined) {
    query.set('scenario', 'suggestions');
    query.set('backup', '0');
  }
  if (option('ledger-only') !== undefined) {
    query.set('scenario', 'ledger');
    query.set('backup', '0');
  }
  return query.toString();
}

/**
 * With --profile=FILE, samples the page's main thread from the end of the seeding (the page's log says when) to the
 * report, and writes the profile to FILE (open it in DevTools' Performance panel). Without it, does nothing.
 */
async function cpuProfiler(page: Page, file: string | undefined): Promise<{ start(): void; stop(): Promise<void> }> {
  if (!file) return { start: () => undefined, stop: async () => undefined };
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  let started: Promise<unknown> | null = null;
  return {
    start: () => {
      started ??= session.send('Profiler.start');
    },
    stop: async () => {
      if (!started) throw new Error('the CPU profile never started: the page did not log the end of its seeding');
      await started;
      const { profile } = await session.send('Profiler.stop');
      await writeFile(resolve(file), JSON.stringify(profile));
      console.log(`wrote the CPU profile to ${resolve(file)}`);
    },
  };
}

async function runInChromium(origin: string, count: number): Promise<BenchReport> {
  // A profile on disk, as the desk's own: Playwright's default context is an incognito one, whose in-memory IndexedDB
  // (SQLite in Chromium 150) writes 3–4 times slower than the on-disk one (LevelDB) and slows as it grows.
  const profile = await mkdtemp(join(tmpdir(), 'desk-bench-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumLaunchOptions.executablePath,
    // --enable-precise-memory-info: performance.memory otherwise reports coarse, bucketed figures.
    // --expose-gc: the page collects garbage before reading the heap, so the figure is what stays alive.
    args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    const profiler = await cpuProfiler(page, option('profile'));
    page.on('console', (message) => {
      // The browser asks for a favicon the bench does not have; that 404 is noise.
      if (message.location().url.endsWith('/favicon.ico')) return;
      if (message.text().startsWith('[bench] seeding took')) profiler.start();
      if (message.text().startsWith('[bench]') || message.type() === 'error') console.log(message.text());
    });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${origin}/bench.html?${benchQuery(count)}`);
    const report = await Promise.race([
      page.evaluate(() => (globalThis as { __bench?: Promise<unknown> }).__bench ?? null),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`the bench did not finish within ${TIMEOUT_MS / 60_000} min`)),
          TIMEOUT_MS,
        ).unref(),
      ),
    ]);
    if (report === null)
      throw new Error('bench.html did not start the bench (window.__bench is missing): see the page errors above');
    if (!isReport(report)) throw new Error('the bench page returned something that is not a report');
    await profiler.stop();
    return report;
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const fixed = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

/** Columns line up in a terminal only if a Chinese character counts as two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function pad(text: string, width: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return left ? text + fill : fill + text;
}

function printTable(report: BenchReport): boolean {
  const header = ['name', 'n', 'median_ms', 'floor_ms', 'budget_ms', 'ok', 'note'];
  const lines = report.rows.map((r) => {
    const ok = r.budget_ms === null ? '—' : r.median_ms <= r.budget_ms ? 'yes' : 'NO';
    return [
      r.name,
      String(r.n),
      fixed(r.median_ms),
      fixed(r.floor_ms),
      r.budget_ms === null ? '—' : String(r.budget_ms),
      ok,
      r.note,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => displayWidth(l[i] ?? ''))));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i === 0 || i === cells.length - 1))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(
    `${report.petitions} petitions: seeded in ${(report.seeding.ms / 1000).toFixed(1)} s with ${report.seeding.petitioners} petitioners, ${report.seeding.receptions} receptions, ${report.seeding.caseEvents} case events`,
  );
  const heap = (mb: number | null) => (mb === null ? 'n/a' : `${mb} MB`);
  console.log(
    `JS heap: ${heap(report.heapMb.afterSeeding)} after seeding, ${heap(report.heapMb.withLedgerLoaded)} with the ledger loaded`,
  );
  console.log('');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  return report.rows.every((r) => r.budget_ms === null || r.median_ms <= r.budget_ms);
}

async function main(): Promise<void> {
  const count = Number(option('n') ?? 100_000);
  if (!Number.isInteger(count) || count < 100)
    throw new Error(`--n must be a whole number of at least 100, not ${option('n')}`);
  // bench.html is built only with the test hooks on (scripts/testHooks.ts).
  if (option('no-build') === undefined)
    await run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--outDir', DIST], {
      ...process.env,
      [TEST_HOOKS_ENV]: '1',
    });
  const { server, origin } = await serveDist();
  try {
    console.log(`serving dist-bench at ${origin}`);
    // The workbook the page's import worker reads (bench/page/parseScenario.ts), served beside the page.
    if (option('import-only') !== undefined) await writeFile(resolve(DIST, LEDGER_FILE), await ledgerWorkbook());
    const report = await runInChromium(origin, count);
    const withinBudget = printTable(report);
    const results = report.rows.map(({ name, n, median_ms, floor_ms }) => ({
      name,
      n,
      median_ms: Number(median_ms.toFixed(2)),
      floor_ms: Number(floor_ms.toFixed(2)),
    }));
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote ${RESULTS}`);
    console.log(withinBudget ? 'every budget met' : 'SOME BUDGETS MISSED (marked NO above)');
    if (!withinBudget) process.exitCode = 1;
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
