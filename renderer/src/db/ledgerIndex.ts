import { Dexie, type EntityTable } from 'dexie';
import { isConfidential } from '../domain/access/confidential';
import { confidentialScrubber } from '../domain/access/scrubIdentity';
import {
  compareLedgerDefault,
  redactLedgerRow,
  toLedgerReception,
  toLedgerRow,
  type LedgerReception,
  type LedgerRow,
} from '../domain/ledgerQuery';
import type { IdentityType, Petition, Petitioner, Reception } from '../domain/types';
import { registeredCaseFacts } from './caseFacts';
import type { DeskDatabase } from './database';
import { authorize, maySeeConfidential } from './session';
import {
  decodeRow,
  encodeRow,
  ledgerChunkKey,
  packChunk,
  putTuple,
  readChunk,
  SEQ_AT,
  StringInterner,
  type LedgerChunk,
  type RowTuple,
} from './ledgerChunks';

/**
 * The ledger's persisted index (architecture.md, "Ledger at 100,000 petitions"). Petitions and petitioners are the
 * truth; the chunks are derived from them, kept in step by every write (writeLedgerRows, in the writer's own
 * transaction) and rebuilt from the truth whenever the loader finds them out of step.
 */

/** Records read per step of a rebuild: bounded memory for the structured clones, few round trips. */
const REBUILD_PAGE = 5_000;

/**
 * The tables a writer's transaction must include to call writeLedgerRows: spread them into its table list. A row
 * reads its petitioners (names, 身份) and its receptions, so a writer of either must rewrite the petition's row.
 */
export function ledgerIndexTables(db: DeskDatabase) {
  return [db.ledgerChunks, db.petitioners, db.receptions];
}

/**
 * What a row needs of a person: the name shown and searched, the 身份 the statistics count, and what identifies them,
 * to scrub a confidential row's texts for accounts without the grant.
 */
type PersonFacts = Pick<Petitioner, 'name' | 'identityType' | 'idNumber' | 'phone' | 'address'>;

const personFacts = (p: Petitioner): PersonFacts => ({
  name: p.name,
  identityType: p.identityType,
  idNumber: p.idNumber,
  phone: p.phone,
  address: p.address,
});

/** The petitions' rows with their petitioners' current names and 身份 and their receptions; two bulk reads. */
async function ledgerRowsOf(db: DeskDatabase, petitions: readonly Petition[]): Promise<LedgerRow[]> {
  const personIds = [...new Set(petitions.flatMap((p) => p.petitionerIds))];
  const [people, receptions] = await Promise.all([
    db.petitioners.bulkGet(personIds),
    db.receptions
      .where('petitionId')
      .anyOf(petitions.map((p) => p.id))
      .toArray(),
  ]);
  const byId = new Map(people.filter((p): p is Petitioner => p !== undefined).map((p) => [p.id, p]));
  const contacts = new Map<string, LedgerReception[]>();
  addContacts(contacts, receptions);
  return rowsOf(petitions, byId, contacts);
}

function addContacts(contacts: Map<string, LedgerReception[]>, receptions: readonly Reception[]): void {
  for (const r of receptions) {
    const list = contacts.get(r.petitionId);
    if (list) list.push(toLedgerReception(r));
    else contacts.set(r.petitionId, [toLedgerReception(r)]);
  }
}

function rowsOf(
  petitions: readonly Petition[],
  people: ReadonlyMap<string, PersonFacts>,
  contacts: ReadonlyMap<string, LedgerReception[]>,
): LedgerRow[] {
  return petitions.map((p) => {
    const petitionerNames: string[] = [];
    const identityTypes: (IdentityType | null)[] = [];
    const persons: PersonFacts[] = [];
    for (const id of p.petitionerIds) {
      const person = people.get(id);
      if (!person) continue;
      if (person.name) petitionerNames.push(person.name);
      identityTypes.push(person.identityType);
      persons.push(person);
    }
    const related = { petitionerNames, identityTypes, receptions: contacts.get(p.id) ?? [] };
    const scrubIdentity = isConfidential(p) ? confidentialScrubber(persons) : undefined;
    return toLedgerRow(
      p,
      scrubIdentity ? { ...related, scrubIdentity } : related,
      p.caseFacts ?? registeredCaseFacts(p),
    );
  });
}

/**
 * Puts these petitions' rows into their chunks. Call it inside the transaction that writes the petitions (with
 * ledgerIndexTables in its scope), after the petitions and their petitioners are written, so both commit or neither.
 * A chunk in another format or unreadable is left as it is: the next load rebuilds the index from the petitions.
 */
export async function writeLedgerRows(db: DeskDatabase, petitions: readonly Petition[]): Promise<void> {
  if (!Dexie.currentTransaction) throw new Error('台账索引只能在写入信访事项的同一事务中更新');
  if (petitions.length === 0) return;
  const byKey = new Map<string, RowTuple[]>();
  addToChunks(byKey, await ledgerRowsOf(db, petitions));
  const keys = [...byKey.keys()];
  const stored = await db.ledgerChunks.bulkGet(keys);
  const changed: LedgerChunk[] = [];
  keys.forEach((key, i) => {
    const chunk = stored[i];
    const read = chunk ? readChunk(chunk) : { tuples: [] };
    if (!('tuples' in read)) return;
    for (const tuple of byKey.get(key) ?? []) putTuple(read.tuples, tuple);
    changed.push(packChunk(key, read.tuples));
  });
  await db.ledgerChunks.bulkPut(changed);
}

function addToChunks(byKey: Map<string, RowTuple[]>, rows: readonly LedgerRow[]): void {
  for (const row of rows) {
    const key = ledgerChunkKey(row.year, row.seq);
    const list = byKey.get(key);
    if (list) list.push(encodeRow(row));
    else byKey.set(key, [encodeRow(row)]);
  }
}

function decodeChunks(chunks: readonly LedgerChunk[]): Checked {
  const strings = new StringInterner();
  const rows: LedgerRow[] = [];
  // Newest chunk first and each chunk's rows newest first: the rows then arrive nearly in the natural order, which
  // the engine's merge sort finishes in close to linear time.
  for (let c = chunks.length - 1; c >= 0; c--) {
    const read = readChunk(chunks[c] as LedgerChunk);
    if (!('tuples' in read)) return read;
    for (let i = read.tuples.length - 1; i >= 0; i--) rows.push(decodeRow(read.tuples[i] as RowTuple, strings));
  }
  return { rows: rows.sort(compareLedgerDefault) };
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

function packChunks(byKey: ReadonlyMap<string, RowTuple[]>): LedgerChunk[] {
  return [...byKey]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, tuples]) =>
      packChunk(
        key,
        tuples.sort((a, b) => a[SEQ_AT] - b[SEQ_AT]),
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
  const byKey = new Map<string, RowTuple[]>();
  addToChunks(byKey, rowsOf(petitions, people, contacts));
  return packChunks(byKey);
}

/** The rows as the signed-in account may see them: confidential ones redacted unless it holds the grant. In place. */
function asActorSees(db: DeskDatabase, rows: LedgerRow[]): LedgerRow[] {
  if (maySeeConfidential(db)) return rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    if (row.confidentialView !== null) rows[i] = redactLedgerRow(row);
  }
  return rows;
}

/**
 * Rebuilds every chunk from the petitions and petitioners in one transaction (a registration waits meanwhile), and
 * returns the rows in the natural order (as the signed-in account may see them), decoded from the chunks just written
 * exactly as a later load reads them. Slow at 100,000 petitions (it reads everything the chunks exist to avoid
 * reading): only for an index out of step, or after a restore.
 */
export async function rebuildLedgerIndex(db: DeskDatabase): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  return asActorSees(db, await rebuildChunks(db));
}

async function rebuildChunks(db: DeskDatabase): Promise<LedgerRow[]> {
  const chunks = await db.transaction('rw', [db.petitions, ...ledgerIndexTables(db)], async () => {
    // Every person and contact up front, read in pages: bulkGet would be one request per person, 170,000 of them.
    const people = new Map<string, PersonFacts>();
    await forEachPage(db.petitioners, (page) => {
      for (const p of page) people.set(p.id, personFacts(p));
    });
    const contacts = new Map<string, LedgerReception[]>();
    await forEachPage(db.receptions, (page) => addContacts(contacts, page));
    const byKey = new Map<string, RowTuple[]>();
    await forEachPage(db.petitions, (petitions) => addToChunks(byKey, rowsOf(petitions, people, contacts)));
    const packed = packChunks(byKey);
    await db.ledgerChunks.clear();
    await db.ledgerChunks.bulkAdd(packed);
    return packed;
  });
  const decoded = decodeChunks(chunks);
  if (!('rows' in decoded)) throw new Error(`台账索引重建失败：${decoded.problem}`);
  return decoded.rows;
}

/**
 * The ledger's in-memory index: every petition as a LedgerRow, newest first, read from the chunks. Rebuilds them
 * first when they are out of step with the petitions: a chunk in another format or unreadable, a row count other
 * than the petition count (a petition written or removed without its row, a chunk lost), or the most recently
 * written petition's row differing from what its record gives now (a writer that forgot writeLedgerRows).
 * The rows are as the signed-in account may see them: a confidential one is redacted without the grant.
 */
export async function loadLedgerRows(db: DeskDatabase): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  const stored = await db.transaction('r', [db.petitions, ...ledgerIndexTables(db)], async () => {
    const [chunks, petitionCount, newest] = await Promise.all([
      db.ledgerChunks.toArray(),
      db.petitions.count(),
      db.petitions.orderBy('updatedAt').last(),
    ]);
    const newestRow = newest ? ((await ledgerRowsOf(db, [newest]))[0] ?? null) : null;
    return { chunks, petitionCount, newestRow };
  });
  const checked = checkInStep(decodeChunks(stored.chunks), stored.petitionCount, stored.newestRow);
  if ('rows' in checked) return asActorSees(db, checked.rows);
  // Not an error for the clerk: the index heals itself. Logged so a drifting writer gets noticed in development.
  console.warn(`台账索引与信访事项不一致，已重建：${checked.problem}`);
  return asActorSees(db, await rebuildChunks(db));
}

type Checked = { rows: LedgerRow[] } | { problem: string };

function checkInStep(decoded: Checked, petitionCount: number, newestRow: LedgerRow | null): Checked {
  if (!('rows' in decoded)) return decoded;
  const { rows } = decoded;
  if (rows.length !== petitionCount) return { problem: `索引有 ${rows.length} 行，信访事项有 ${petitionCount} 件` };
  if (newestRow !== null) {
    const storedRow = rows.find((r) => r.id === newestRow.id);
    if (!storedRow || JSON.stringify(encodeRow(storedRow)) !== JSON.stringify(encodeRow(newestRow))) {
      return { problem: `最近写入的信访事项 ${newestRow.regNo} 的索引行已过时` };
    }
  }
  return decoded;
}

/** Fresh rows for the petitions a change announced (see changes.ts), read from the petitions themselves. */
export async function loadLedgerRowsByIds(db: DeskDatabase, ids: string[]): Promise<LedgerRow[]> {
  authorize(db, 'records.view');
  const rows = await db.transaction('r', [db.petitions, db.petitioners, db.receptions], async () => {
    const petitions = (await db.petitions.bulkGet(ids)).filter((p): p is Petition => p !== undefined);
    return ledgerRowsOf(db, petitions);
  });
  return asActorSees(db, rows);
}
