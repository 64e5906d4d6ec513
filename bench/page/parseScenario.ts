import type { DeskDatabase } from '../../renderer/src/db/database';
import { previewAgainstDesk } from '../../renderer/src/db/imports';
import { suggestMapping } from '../../renderer/src/domain/import/columnMapping';
import { startImportWorker } from '../../renderer/src/features/import/importWorkerClient';
import { LEDGER_FILE } from './ledgerFile';
import type { BenchRow } from './measure';
import { oneRun } from './oneRun';

/**
 * Issue 17's first budget, measured as the clerk meets it: a 10,000-row ledger (bench/parse.ts builds it in Node;
 * bench/run.ts serves it beside the page) read by the import's real Web Worker (parse, then every row read through
 * the suggested mappings), then checked against the seeded desk (previewAgainstDesk). One figure, ≤ 5 s; and the
 * window stays responsive while the worker reads: no main-thread task over 200 ms (PerformanceObserver 'longtask').
 */
const PARSED_AND_PREVIEWED_BUDGET_MS = 5000;
const LONGEST_TASK_BUDGET_MS = 200;

/** The long tasks (≥ 50 ms) of the window's main thread from now on, until `stop`. */
function watchLongTasks(): { stop(): Promise<PerformanceEntry[]> } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    async stop() {
      // A task's entry is delivered after it ends: let the one that resolved the last step be reported.
      await new Promise((resolve) => setTimeout(resolve, 50));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries;
    },
  };
}

const longest = (entries: readonly PerformanceEntry[], from: number, to: number): number =>
  Math.max(0, ...entries.filter((e) => e.startTime >= from && e.startTime < to).map((e) => e.duration));

export async function runParseScenario(db: DeskDatabase, log: (line: string) => void): Promise<BenchRow[]> {
  const response = await fetch(LEDGER_FILE);
  if (!response.ok) throw new Error(`the bench's workbook ${LEDGER_FILE} was not served (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const size = bytes.byteLength;
  const worker = startImportWorker(() => undefined);
  try {
    log(`import: parsing a ${(size / 1024).toFixed(0)} KB workbook in the import worker`);
    const tasks = watchLongTasks();
    const start = performance.now();
    const parsed = await worker.parse(bytes, '2019年信访台账.xlsx');
    const rows = await worker.read(
      parsed.sheets.map((sheet) => suggestMapping(sheet.headers)),
      new Date(),
    );
    const readAt = performance.now();
    const checks = await previewAgainstDesk(
      db,
      rows.map((r) => r.reading.row),
    );
    const end = performance.now();
    const entries = await tasks.stop();
    const parseTask = longest(entries, start, readAt);
    const previewTask = longest(entries, readAt, end);
    const repeats = checks.filter((c) => c.repeatVisitors.length > 0).length;
    return [
      oneRun(
        `import: ${rows.length.toLocaleString('en')} rows parsed and previewed`,
        end - start,
        PARSED_AND_PREVIEWED_BUDGET_MS,
        `the worker's parse and read ${(readAt - start).toFixed(0)} ms, then the preview against the desk; ${repeats} rows with repeat visitors`,
      ),
      oneRun(
        'import: longest main-thread task while parsing',
        parseTask,
        LONGEST_TASK_BUDGET_MS,
        `${parsed.sheets.length} sheets; the preview's longest task after it: ${previewTask.toFixed(0)} ms`,
      ),
    ];
  } finally {
    worker.terminate();
  }
}
