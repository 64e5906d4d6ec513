/** One line of the bench table, as bench/run.ts prints it and writes bench/results.json. */
export interface BenchRow {
  name: string;
  n: number;
  median_ms: number;
  floor_ms: number;
  /** null for a figure reported beside the floor without a budget of its own (the cold load). */
  budget_ms: number | null;
  /** What the figure measured (match counts, the query), for the reader of the table. */
  note: string;
}

/** What the page hands back to bench/run.ts. */
export interface BenchReport {
  petitions: number;
  seeding: { ms: number; petitioners: number; receptions: number; caseEvents: number };
  /** performance.memory (Chromium only), in MB; null where the browser has none. */
  heapMb: { afterSeeding: number | null; withLedgerLoaded: number | null };
  rows: BenchRow[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs `action` once to warm up (JIT, IndexedDB caches) and then `runs` times, and returns the median duration.
 * `action` gets the run's index (-1 for the warm-up) so each run can use a different input.
 */
export async function medianOf(
  runs: number,
  action: (run: number) => unknown,
  /** Untimed, before each timed run: e.g. collectGarbage, so a run does not pay for the garbage of the one before. */
  before?: () => Promise<void>,
): Promise<number> {
  await action(-1);
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    await before?.();
    const start = performance.now();
    await action(run);
    durations.push(performance.now() - start);
  }
  return median(durations);
}

/**
 * Collects garbage when the browser exposes gc (bench/run.ts starts Chromium with --expose-gc), first letting a few
 * tasks pass, because Chromium keeps a finished IndexedDB request (and so its whole result, say every record a getAll
 * read) alive until the task that read it is long over.
 */
export async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    (globalThis as { gc?: () => void }).gc?.();
  }
}

/** Used JS heap in MB from Chromium's non-standard performance.memory, or null, once the garbage is gone: the figure
 * is what stays alive. */
export async function usedHeapMb(): Promise<number | null> {
  await collectGarbage();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / (1024 * 1024)) : null;
}

/** A raw IndexedDB getAll over one store, with no Dexie in between; resolves with the record count. */
export function rawGetAll(idb: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve((request.result as unknown[]).length);
    request.onerror = () => reject(request.error ?? new Error(`getAll over ${store} failed`));
  });
}
