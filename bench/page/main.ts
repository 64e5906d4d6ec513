import { openDeskDatabase } from '../../renderer/src/db/database';
import type { BenchReport } from './measure';
import { usedHeapMb } from './measure';
import { runBackupScenario } from './backupScenario';
import { runScenario } from './scenario';
import { seedPetitions } from './seed';

declare global {
  interface Window {
    /** Resolves with the report when the bench is done; bench/run.ts awaits it through Playwright. */
    __bench?: Promise<BenchReport>;
  }
}

const DEFAULT_COUNT = 100_000;

/** Progress goes to the console (bench/run.ts prints it) and onto the page for someone watching in a browser. */
function log(line: string): void {
  console.log(`[bench] ${line}`);
  const out = document.getElementById('log');
  if (out) out.textContent += `${line}\n`;
}

async function run(): Promise<BenchReport> {
  const count = Number(new URLSearchParams(location.search).get('n') ?? DEFAULT_COUNT);
  if (!Number.isInteger(count) || count < 100) throw new Error(`bad petition count: ${count}`);
  // A fresh database each run, so no earlier bench or app data skews the figures.
  const db = openDeskDatabase(`bench-${Date.now()}`);
  await db.open();
  try {
    log(`seeding ${count} petitions`);
    let lastReported = 0;
    const seeding = await seedPetitions(db, count, new Date(), (done, total) => {
      if (done - lastReported >= 10_000 || done === total) {
        lastReported = done;
        log(`seeded ${done}/${total}`);
      }
    });
    log(`seeding took ${(seeding.ms / 1000).toFixed(1)} s`);
    const afterSeeding = await usedHeapMb();
    const { rows, ledger } = await runScenario(db, seeding.petitionIds, log);
    const withLedgerLoaded = await usedHeapMb();
    // Last: the restore replaces every table (with the same content) and rebuilds the ledger index.
    if (new URLSearchParams(location.search).get('backup') !== '0') rows.push(...(await runBackupScenario(db, seeding.petitionIds, log)));
    log(`done; the ledger held ${ledger.length} rows`);
    return {
      petitions: count,
      seeding: { ms: seeding.ms, petitioners: seeding.petitioners, receptions: seeding.receptions, caseEvents: seeding.caseEvents },
      heapMb: { afterSeeding, withLedgerLoaded },
      rows,
    };
  } finally {
    db.close();
    await openDeskDatabase(db.name).delete();
  }
}

window.__bench = run();
window.__bench.catch((error: unknown) => log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
