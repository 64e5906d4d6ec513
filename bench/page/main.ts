import { withoutAudit } from '../../renderer/src/db/audit/auditMiddleware';
import { openDeskDatabase } from '../../renderer/src/db/database';
import { setActor } from '../../renderer/src/db/session';
import type { Actor } from '../../renderer/src/domain/access/account';
import type { BenchReport } from './measure';
import { usedHeapMb } from './measure';
import { runBackupScenario } from './backupScenario';
import { runImportScenario } from './importScenario';
import { runParseScenario } from './parseScenario';
import { runScenario } from './scenario';
import { runSuggestionScenario } from './suggestionScenario';
import { seedPetitions } from './seed';

declare global {
  interface Window {
    /** Resolves with the report when the bench is done; bench/run.ts awaits it through Playwright. */
    __bench?: Promise<BenchReport>;
  }
}

const DEFAULT_COUNT = 100_000;

/** Who the bench works as: the repositories authorize every call. An administrator sees and may do everything. */
const BENCH_ACTOR: Actor = {
  userId: 'bench-admin',
  username: 'bench',
  displayName: '基准测试',
  role: 'admin',
  confidentialAccess: true,
};

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
  setActor(db, BENCH_ACTOR);
  await db.open();
  try {
    log(`seeding ${count} petitions`);
    let lastReported = 0;
    // Years of history put in at once, not the clerk's work: no audit record per seeded row.
    const seeding = await withoutAudit(db, () =>
      seedPetitions(db, count, new Date(), (done, total) => {
        if (done - lastReported >= 10_000 || done === total) {
          lastReported = done;
          log(`seeded ${done}/${total}`);
        }
      }),
    );
    log(`seeding took ${(seeding.ms / 1000).toFixed(1)} s`);
    const afterSeeding = await usedHeapMb();
    const params = new URLSearchParams(location.search);
    const scenario = params.get('scenario');
    const { rows, ledger } =
      scenario === '0' || scenario === 'import' || scenario === 'suggestions'
        ? { rows: [], ledger: [] }
        : await runScenario(db, seeding.petitionIds, log, scenario === 'ledger');
    if (scenario === 'import') rows.push(...(await runParseScenario(db, log)), ...(await runImportScenario(db, log)));
    if (scenario === 'suggestions') rows.push(...(await runSuggestionScenario(db, log)));
    const withLedgerLoaded = await usedHeapMb();
    // Last: the restore replaces every table (with the same content) and the ledger index.
    if (params.get('backup') !== '0') rows.push(...(await runBackupScenario(db, seeding.petitionIds, log)));
    log(`done; the ledger held ${ledger.length} rows`);
    return {
      petitions: count,
      seeding: {
        ms: seeding.ms,
        petitioners: seeding.petitioners,
        receptions: seeding.receptions,
        caseEvents: seeding.caseEvents,
      },
      heapMb: { afterSeeding, withLedgerLoaded },
      rows,
    };
  } finally {
    db.close();
    await openDeskDatabase(db.name).delete();
  }
}

window.__bench = run();
window.__bench.catch((error: unknown) =>
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
);
