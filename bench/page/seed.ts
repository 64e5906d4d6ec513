import { listCategories } from '../../renderer/src/db/categories';
import type { DeskDatabase } from '../../renderer/src/db/database';
import { ledgerRowsOf, ledgerTables, putLedgerRows } from '../../renderer/src/ledger/persistence';
import { listUnits } from '../../renderer/src/db/units';
import { regNoCounterKey } from '../../renderer/src/domain/regNo';
import { addPetition, spreadReceivedTimes, weightCategories, type SeedBatch, type SeedContext } from './generate';
import { Random } from './random';

export interface SeedResult {
  petitionIds: string[];
  petitioners: number;
  receptions: number;
  caseEvents: number;
  ms: number;
}

/** Petitions per transaction: big enough to amortise the commit, small enough to keep memory flat. */
const BATCH = 2_500;

/**
 * Seeds `count` petitions with their petitioners, receptions and events, plus the per-year number counters, so the
 * desk's own registerPetition continues the numbering afterwards.
 *
 * Bench code writing tables directly: the db layer has no bulk import (registering 100,000 petitions one by one
 * through registerPetition would take far longer than the bench is worth), so this builds records of the same shape
 * registerPetition writes, with searchText from the domain's buildSearchText, and bulkAdds them per transaction. Naming
 * the ledger's chunks, each transaction writes the batch's rows itself (ledger/persistence.ts), in one bulk write,
 * instead of leaving them to the middleware's per-write rewrite.
 */
export async function seedPetitions(
  db: DeskDatabase,
  count: number,
  now: Date,
  onProgress: (done: number, total: number) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const random = new Random(20260525);
  const [categories, units] = await Promise.all([listCategories(db), listUnits(db)]);
  if (categories.length === 0 || units.length === 0)
    throw new Error('the bench database has no default categories or units');
  const ctx: SeedContext = { random, categories: weightCategories(categories), unitIds: units.map((u) => u.id), now };
  const times = spreadReceivedTimes(random, count, now);
  const seqOfYear = new Map<number, number>();
  const petitionIds: string[] = [];
  let petitioners = 0;
  let receptions = 0;
  let caseEvents = 0;

  for (let startIndex = 0; startIndex < count; startIndex += BATCH) {
    const batch: SeedBatch = { petitions: [], receptions: [], petitioners: [], caseEvents: [] };
    for (const ms of times.slice(startIndex, startIndex + BATCH)) {
      const year = new Date(ms).getFullYear();
      const seq = (seqOfYear.get(year) ?? 0) + 1;
      seqOfYear.set(year, seq);
      addPetition(ctx, batch, ms, year, seq);
    }
    await db.transaction('rw', [db.receptions, db.caseEvents, ...ledgerTables(db)], async () => {
      await Promise.all([
        db.petitions.bulkAdd(batch.petitions),
        db.receptions.bulkAdd(batch.receptions),
        db.petitioners.bulkAdd(batch.petitioners),
        db.caseEvents.bulkAdd(batch.caseEvents),
      ]);
      // The rows as the middleware would write them, from the same records, in the same transaction.
      await putLedgerRows(db, await ledgerRowsOf(db, batch.petitions));
    });
    for (const p of batch.petitions) petitionIds.push(p.id);
    petitioners += batch.petitioners.length;
    receptions += batch.receptions.length;
    caseEvents += batch.caseEvents.length;
    onProgress(petitionIds.length, count);
  }

  await db.settings.bulkPut([...seqOfYear].map(([year, seq]) => ({ key: regNoCounterKey(year), value: seq })));
  return { petitionIds, petitioners, receptions, caseEvents, ms: performance.now() - started };
}
