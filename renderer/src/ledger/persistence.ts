import { Dexie, type EntityTable, type Table } from 'dexie';
import { compareLedgerDefault, type LedgerReception, type LedgerRow } from '../domain/ledgerQuery';
import type { Petition, Petitioner, Reception } from '../domain/types';
import { ledgerChunkKey, packChunk, putRow, readChunk, type LedgerChunk } from './chunks';
import { SharedValues } from './codec';
import { addContacts, personFacts, rowsOf, type PersonFacts } from './rows';

/**
 * The ledger's persisted index (docs/architecture.md, "Ledger at 100,000 petitions"). Petitions, petitioners and
 * receptions are the truth; the chunks are derived from them, kept in step by every write (middleware.ts, in the
 * writer's own transaction) and rebuilt from the truth whenever the loader finds them out of step. The database is
 * any Dexie with these tables (db/database.ts's is one), so this folder sits below db/, which composes it.
 */
export type LedgerDb = Dexie & {
  petitions: EntityTable<Petition, 'id'>;
  petitioners: EntityTable<Petitioner, 'id'>;
  receptions: EntityTable<Reception, 'id'>;
  ledgerChunks: Table<LedgerChunk, string>;
};

/** Records read per step of a rebuild: bounded memory for the structured clones, few round trips. */
const REBUILD_PAGE = 5_000;

/**
 * Chunks read per request of a load. The load asks for the next page before decoding this one, so the decoding runs
 * while IndexedDB reads: small pages keep the last, unhidden decode short; too small and the round trips add up.
 */
const LOAD_PAGE = 8;

/** The tables a row is read from, and its chunks: every transaction that writes a row holds them. */
export function ledgerTables(db: LedgerDb) {
  return [db.petitions, db.petitioners, db.receptions, db.ledgerChunks];
}

/** The petitions' rows with their petitioners' current names and 身份 and their receptions; two bulk reads. */
export async function ledgerRowsOf(db: LedgerDb, petitions: readonly Petition[]): Promise<LedgerRow[]> {
  const personIds = [...new Set(petitions.flatMap((p) => p.petitionerIds))];
  const [people, receptions] = await Promise.all([
    db.petitioners.bulkGet(personIds),
    db.receptions
      .where('petitionId')
      .anyOf(petitions.map((p) => p.id))
      .toArray(),
  ]);
  const byId = new Map(people.filter((p): p is Petitioner => p !== undefined).map((p) => [p.id, personFacts(p)]));
  const contacts = new Map<string, LedgerReception[]>();
  addContacts(contacts, receptions);
  return rowsOf(petitions, byId, contacts);
}

/**
 * Puts these rows into their chunks, in the current transaction (which must hold ledgerChunks). A chunk in another
 * format or unreadable is left as it is: the next load rebuilds the index from the petitions.
 */
export async function putLedgerRows(db: LedgerDb, rows: readonly LedgerRow[]): Promise<void> {
  if (!Dexie.currentTransaction) throw new Error('台账索引只能在写入信访事项的同一事务中更新');
  if (rows.length === 0) return;
  const byKey = byChunk(rows);
  const keys = [...byKey.keys()];
  const stored = await db.ledgerChunks.bulkGet(keys);
  const shared = new SharedValues();
  const changed: LedgerChunk[] = [];
  keys.forEach((key, i) => {
    const chunk = stored[i];
    const read = chunk ? readChunk(chunk, shared) : { rows: [] };
    if (!('rows' in read)) return;
    for (const row of byKey.get(key) ?? []) putRow(read.rows, row);
    changed.push(packChunk(key, read.rows));
  });
  await db.ledgerChunks.bulkPut(changed);
}

function byChunk(rows: readonly LedgerRow[]): Map<string, LedgerRow[]> {
  const byKey = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    const key = ledgerChunkKey(row.year, row.seq);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return byKey;
}

function packChunks(rows: readonly LedgerRow[]): LedgerChunk[] {
  return [...byChunk(rows)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, list]) =>
      packChunk(
        key,
        list.sort((a, b) => a.seq - b.seq),
      ),
    );
}

/**
 * Every chunk of the index for these records, built in memory: for a writer that holds all of them already (a restore
 * writes them and these chunks in one transaction, instead of reading everything back to rebuild).
 */
export function ledgerChunksOf(
  petitions: readonly Petition[],
  petitioners: readonly Petitioner[],
  receptions: readonly Reception[],
): LedgerChunk[] {
  const people = new Map<string, PersonFacts>(petitioners.map((p) => [p.id, personFacts(p)]));
  const contacts = new Map<string, LedgerReception[]>();
  addContacts(contacts, receptions);
  return packChunks(rowsOf(petitions, people, contacts));
}

/** Reads a whole table in primary-key order, REBUILD_PAGE records at a time, so only one page is in memory. */
async function forEachPage<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  visit: (page: T[]) => void,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page: T[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after))
      .limit(REBUILD_PAGE)
      .toArray();
    if (page.length === 0) return;
    visit(page);
    after = (page[page.length - 1] as T).id;
  }
}

/**
 * Rebuilds every chunk from the petitions, petitioners and receptions in one transaction (a registration waits
 * meanwhile), and returns the rows in the natural order, decoded from the chunks just written exactly as a later load
 * reads them. Slow at 100,000 petitions (it reads everything the chunks exist to avoid reading).
 */
export async function rebuildLedgerChunks(db: LedgerDb): Promise<LedgerRow[]> {
  const chunks = await db.transaction('rw', ledgerTables(db), async () => {
    // Every person and contact up front, read in pages: bulkGet would be one request per person, 170,000 of them.
    const people = new Map<string, PersonFacts>();
    await forEachPage(db.petitioners, (page) => {
      for (const p of page) people.set(p.id, personFacts(p));
    });
    const contacts = new Map<string, LedgerReception[]>();
    await forEachPage(db.receptions, (page) => addContacts(contacts, page));
    const rows: LedgerRow[] = [];
    await forEachPage(db.petitions, (petitions) => rows.push(...rowsOf(petitions, people, contacts)));
    const packed = packChunks(rows);
    await db.ledgerChunks.clear();
    await db.ledgerChunks.bulkAdd(packed);
    return packed;
  });
  const shared = new SharedValues();
  const decoded = chunks.map((chunk) => readChunk(chunk, shared));
  const problem = decoded.find((read) => !('rows' in read));
  if (problem && 'problem' in problem) throw new Error(`台账索引重建失败：${problem.problem}`);
  return inNaturalOrder(decoded.map((read) => ('rows' in read ? read.rows : [])));
}

/**
 * The chunks' rows (ascending by key, each ascending by seq) in the ledger's natural order. Newest chunk first and each
 * chunk's rows newest first: the rows then arrive nearly in that order, which the engine's merge sort finishes in close
 * to linear time.
 */
function inNaturalOrder(chunks: readonly LedgerRow[][]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c] as LedgerRow[];
    for (let i = chunk.length - 1; i >= 0; i--) rows.push(chunk[i] as LedgerRow);
  }
  return rows.sort(compareLedgerDefault);
}

/** What the loader read: the rows decoded from the chunks (or why they could not be), and what checks them. */
export interface StoredLedger {
  decoded: { rows: LedgerRow[] } | { problem: string };
  petitionCount: number;
  /** The row the most recently written petition gives now, to compare with its stored one. */
  newestRow: LedgerRow | null;
}

/**
 * Reads and decodes every chunk in one read transaction. Each page of chunks is decoded while IndexedDB reads the
 * next, so the load takes about as long as the read itself (bench: 'ledger cold load' against 'raw getAll ledgerChunks').
 */
export async function readStoredLedger(db: LedgerDb): Promise<StoredLedger> {
  return db.transaction('r', ledgerTables(db), async () => {
    const counting = db.petitions.count();
    const newest = db.petitions.orderBy('updatedAt').last();
    const shared = new SharedValues();
    const decoded: LedgerRow[][] = [];
    let problem: string | null = null;
    const page = (after: string | null) =>
      (after === null ? db.ledgerChunks.orderBy(':id') : db.ledgerChunks.where(':id').above(after))
        .limit(LOAD_PAGE)
        .toArray();
    let next: Promise<LedgerChunk[]> = page(null);
    for (;;) {
      const chunks = await next;
      if (chunks.length === 0) break;
      next = chunks.length < LOAD_PAGE ? Promise.resolve([]) : page((chunks[chunks.length - 1] as LedgerChunk).key);
      if (problem !== null) continue;
      for (const chunk of chunks) {
        const read = readChunk(chunk, shared);
        if ('rows' in read) decoded.push(read.rows);
        else problem = read.problem;
      }
    }
    const newestPetition = await newest;
    const newestRow = newestPetition ? ((await ledgerRowsOf(db, [newestPetition]))[0] ?? null) : null;
    return {
      decoded: problem === null ? { rows: inNaturalOrder(decoded) } : { problem },
      petitionCount: await counting,
      newestRow,
    };
  });
}
