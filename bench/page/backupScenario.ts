import { withoutAudit } from '../../renderer/src/db/audit/auditMiddleware';
import { createBackupKey, importBackupKey } from '../../renderer/src/db/backup/backupCrypto';
import { exportBackup } from '../../renderer/src/db/backup/exportBackup';
import { backedUpTablesAt } from '../../renderer/src/db/backup/format';
import { readBackup } from '../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../renderer/src/db/backup/restoreBackup';
import { openDeskDatabase, type DeskDatabase } from '../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { currentActor, setActor } from '../../renderer/src/db/session';
import { hashPassword } from '../../renderer/src/domain/access/password';
import type { Attachment } from '../../renderer/src/domain/types';
import { usedHeapMb, type BenchRow } from './measure';
import { Random } from './random';

/** Issue 5's budget on this 2-core machine, each way. */
const BACKUP_BUDGET_MS = 10_000;
/**
 * Restoring into an empty desk (a new machine, a lost disk) writes every record with its indexes: its cost is per
 * record, so its budget follows the same run's floor, IndexedDB alone adding the same records (issue 14).
 */
const EMPTY_RESTORE_BUDGET_RATIO = 1.2;
const ATTACHMENTS = 1_000;
/** Blobs read at once by the export floor: the frames the export seals at once (frames.ts). */
const BLOBS_READ_AT_ONCE = 4;
/** A scanned page as a clerk attaches it: about 200 KB. */
const ATTACHMENT_BYTES = 200 * 1024;
/** Each figure is one timed run: at 100,000 petitions a run takes tens of seconds, so no warm-up either. */
const RUNS = 1;

const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The highest JS heap seen while work runs, in MB: sampled every 50 ms and whenever the work reports progress (a long
 * synchronous step starves the timer). Garbage not yet collected counts too: this is what the page needs at the worst
 * moment, not what stays alive.
 */
function heapPeak(): { sample(): void; stop(): number | null } {
  // performance.memory is a getter returning a fresh snapshot each time: a kept object would give one figure forever.
  const used = () =>
    (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
  let peak = used() ?? 0;
  const sample = () => {
    peak = Math.max(peak, used() ?? 0);
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return used() === null ? null : Math.round(peak / MB);
    },
  };
}

/** Runs `action` once and returns its duration with the heap's peak during it. */
async function measure(action: (sample: () => void) => Promise<void>): Promise<{ ms: number; peakMb: number | null }> {
  const peak = heapPeak();
  const start = performance.now();
  await action(peak.sample);
  const ms = performance.now() - start;
  return { ms, peakMb: peak.stop() };
}

const BENCH_BACKUP_PASSWORD = 'bench-backup-2026';

/** The desk's administrator, as a restore requires one. */
async function addAdministrator(db: DeskDatabase): Promise<void> {
  const at = new Date().toISOString().slice(0, 19);
  const password = await hashPassword('bench-admin-2026');
  const account = {
    id: 'bench-admin',
    username: 'bench',
    displayName: '基准测试',
    role: 'admin' as const,
    confidentialAccess: true,
    password,
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
  await withoutAudit(db, () => db.users.put(account));
}

/** Adds the attachments the backup figures are measured with, spread over random petitions. */
async function seedAttachments(db: DeskDatabase, petitionIds: readonly string[]): Promise<number> {
  const random = new Random(5);
  const records: Attachment[] = [];
  for (let i = 0; i < ATTACHMENTS; i++) {
    const bytes = new Uint8Array(ATTACHMENT_BYTES);
    // Not compressible, like a JPEG: fill with pseudo-random bytes 4 at a time.
    const words = new Uint32Array(bytes.buffer);
    for (let w = 0; w < words.length; w++) words[w] = (random.next() * 0xffffffff) >>> 0;
    records.push({
      id: crypto.randomUUID(),
      petitionId: random.pick(petitionIds),
      receptionId: null,
      name: `扫描件${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      size: bytes.byteLength,
      data: new Blob([bytes], { type: 'image/jpeg' }),
      createdAt: new Date().toISOString(),
    });
  }
  await withoutAudit(db, () => db.attachments.bulkAdd(records));
  return records.reduce((sum, a) => sum + a.size, 0);
}

/**
 * Backup and restore of the whole seeded database with 1,000 attachments (issue 5), each timed end to end with the
 * heap's peak: export to one file; read, validate and restore that file over the same database a day's work later
 * (dayOfWork: the restore writes only what differs); and restore it into an empty database, as on a new or
 * reinstalled machine (every record written).
 */
export async function runBackupScenario(
  db: DeskDatabase,
  petitionIds: readonly string[],
  log: (line: string) => void,
): Promise<BenchRow[]> {
  log(`backup: seeding ${ATTACHMENTS} attachments`);
  const attachmentBytes = await seedAttachments(db, petitionIds);
  // A restore refuses a backup without an administrator (restorePolicy.ts); the backup password's key, made once.
  await addAdministrator(db);
  const stored = await createBackupKey(BENCH_BACKUP_PASSWORD);
  const key = await importBackupKey(stored);
  const rows: BenchRow[] = [];
  const size = `${petitionIds.length.toLocaleString('en')} + ${ATTACHMENTS.toLocaleString('en')} attachments`;

  log('backup: export');
  let file = new Blob([]);
  let counts = '';
  const exported = await measure(async (sample) => {
    const result = await exportBackup(db, {
      appVersion: 'bench',
      createdAt: new Date().toISOString(),
      onProgress: sample,
      key,
    });
    file = result.blob;
    counts = `${result.counts.petitions ?? 0} petitions, ${result.counts.attachments ?? 0} attachments`;
  });
  const afterExport = await usedHeapMb();
  log('backup: export floor, the same records and blob bytes read by IndexedDB alone');
  const exportFloor = await readFloor(db);
  rows.push({
    name: `backup export (${size})`,
    n: RUNS,
    median_ms: exported.ms,
    floor_ms: exportFloor.ms,
    budget_ms: BACKUP_BUDGET_MS,
    note: `${counts}; file ${(file.size / MB).toFixed(0)} MB (attachments ${(attachmentBytes / MB).toFixed(0)} MB); peak JS heap ${exported.peakMb ?? '?'} MB, after ${afterExport ?? '?'} MB; ${exportFloor.note}`,
  });

  /** Reads and validates the file, then restores it into `target`; `keep` receives the records afterwards. */
  const readAndRestore = async (target: DeskDatabase, keep?: (tables: Map<string, unknown[]>) => void) => {
    let readMs = 0;
    const whole = await measure(async (sample) => {
      const started = performance.now();
      const parsed = await readBackup(file, { password: BENCH_BACKUP_PASSWORD, onProgress: sample });
      readMs = performance.now() - started;
      await restoreBackup(target, parsed, sample);
      keep?.(parsed.tables);
    });
    return {
      ...whole,
      note: `read and validate ${seconds(readMs)}, write ${seconds(whole.ms - readMs)}; peak JS heap ${whole.peakMb ?? '?'} MB`,
    };
  };

  log('backup: a day of work, then read, validate and restore over the same database');
  const day = await dayOfWork(db);
  const over = await readAndRestore(db);
  const overNote = `${day}; ${over.note}, after ${(await usedHeapMb()) ?? '?'} MB`;

  log('backup: read, validate and restore into an empty database');
  let tables = new Map<string, unknown[]>();
  const fresh = await withEmptyDesk(db, 'restored', (empty) => readAndRestore(empty, (parsed) => (tables = parsed)));

  log('backup: floor, the same records added by IndexedDB alone');
  const floorMs = await withEmptyDesk(db, 'floor', (empty) => rawAdd(empty, tables));
  const floorNote = `floor: IndexedDB alone adding the same records to an empty database in one transaction (no Dexie, validation or ledger index)`;
  const floors = await storageFloors(db, tables, log);
  rows.push(...floors.rows);
  const emptyBudget = Math.round(EMPTY_RESTORE_BUDGET_RATIO * floorMs);
  const beside = `indexed floor ${seconds(floorMs)} (budget ${EMPTY_RESTORE_BUDGET_RATIO}× = ${seconds(emptyBudget)}), floor without indexes ${seconds(floors.bareMs)}`;
  rows.push(
    {
      name: 'backup restore over the desk a day later (writes what differs)',
      n: RUNS,
      median_ms: over.ms,
      floor_ms: floorMs,
      budget_ms: BACKUP_BUDGET_MS,
      note: overNote,
    },
    {
      name: 'backup restore into an empty desk',
      n: RUNS,
      median_ms: fresh.ms,
      floor_ms: floorMs,
      budget_ms: emptyBudget,
      note: `${fresh.note}; ${beside}; ${floorNote}`,
    },
  );
  return rows;
}

/**
 * What changes on a busy day after the backup, so restoring it is the usual restore (undoing a day gone wrong), not a
 * copy of identical data: 1,000 petitions changed and 200 case events deleted (restore puts and adds them back).
 */
async function dayOfWork(db: DeskDatabase): Promise<string> {
  await withoutAudit(db, () =>
    db.transaction('rw', [db.petitions, db.caseEvents], async () => {
      await db.petitions.limit(1_000).modify((p) => {
        p.summary = `${p.summary}（已补充材料）`;
      });
      await db.caseEvents.limit(200).delete();
    }),
  );
  return 'after 1,000 petitions changed and 200 case events deleted';
}

/** Runs `use` on a new, empty desk database beside the bench's, with the same account signed in; deleted afterwards. */
async function withEmptyDesk<T>(
  bench: DeskDatabase,
  suffix: string,
  use: (db: DeskDatabase) => Promise<T>,
): Promise<T> {
  const empty = openDeskDatabase(`${bench.name}-${suffix}`);
  setActor(empty, currentActor(bench));
  try {
    await empty.open();
    return await use(empty);
  } finally {
    empty.close();
    await empty.delete();
  }
}

/**
 * The export's floor: IndexedDB alone reading every table the export reads (one getAll each, in one transaction) and
 * then the bytes of every Blob in them, as many at once as the export seals; no Dexie, JSON or encryption. An export
 * far above it is the code's; an export slow with it is the machine's (a slower IndexedDB, not a slower desk).
 */
async function readFloor(db: DeskDatabase): Promise<{ ms: number; note: string }> {
  const names = backedUpTablesAt(CURRENT_SCHEMA_VERSION);
  const start = performance.now();
  const lists = await new Promise<unknown[][]>((resolve, reject) => {
    const tx = db.backendDB().transaction(names, 'readonly');
    const results: unknown[][] = [];
    names.forEach((name, i) => {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => (results[i] = request.result as unknown[]);
    });
    tx.oncomplete = () => resolve(results);
    tx.onerror = () => reject(tx.error ?? new Error('the export floor could not read the tables'));
  });
  const readMs = performance.now() - start;
  const blobs = lists
    .flat()
    .flatMap((record) =>
      typeof record === 'object' && record !== null ? Object.values(record).filter((v) => v instanceof Blob) : [],
    );
  let bytes = 0;
  for (let i = 0; i < blobs.length; i += BLOBS_READ_AT_ONCE) {
    const read = await Promise.all(blobs.slice(i, i + BLOBS_READ_AT_ONCE).map((blob) => blob.arrayBuffer()));
    bytes += read.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  }
  const ms = performance.now() - start;
  const records = lists.reduce((sum, list) => sum + list.length, 0);
  return {
    ms,
    note: `floor: IndexedDB alone reading the same ${records.toLocaleString('en')} records (${seconds(readMs)}, ${((readMs * 1000) / records).toFixed(0)} µs a record) and ${blobs.length.toLocaleString('en')} blobs' ${(bytes / MB).toFixed(0)} MB (${seconds(ms - readMs)})`,
  };
}

/** Adds the records straight through IndexedDB in one transaction (the default rows cleared first); its duration. */
async function rawAdd(db: DeskDatabase, tables: ReadonlyMap<string, readonly unknown[]>): Promise<number> {
  const start = performance.now();
  await addInOneTransaction(db.backendDB(), tables, true);
  return performance.now() - start;
}

/**
 * Where the restore's time goes, below the desk's schema: the same records added by IndexedDB to an empty database
 * whose stores have no index at all, and the same records packed 1,000 to a value (what a chunked storage would
 * write). The first is the least any restore of one record per row can take; the gap to the second is the cost
 * per record, not per byte.
 */
async function storageFloors(
  bench: DeskDatabase,
  tables: ReadonlyMap<string, readonly unknown[]>,
  log: (line: string) => void,
): Promise<{ rows: BenchRow[]; bareMs: number }> {
  const records = [...tables.values()].reduce((sum, list) => sum + list.length, 0);
  const keyPaths = new Map<string, string>();
  const idb = bench.backendDB();
  const names = [...tables.keys()];
  const schema = idb.transaction(names, 'readonly');
  for (const name of names) keyPaths.set(name, schema.objectStore(name).keyPath as string);

  log('backup: floor without indexes');
  const bare = await withRawDatabase(`${bench.name}-bare`, keyPaths, (raw) => addInOneTransaction(raw, tables));
  log('backup: the same records packed 1,000 to a value');
  const packed = new Map<string, unknown[]>();
  for (const [name, list] of tables) {
    const values: unknown[] = [];
    for (let i = 0; i < list.length; i += 1_000)
      values.push({ [keyPaths.get(name) ?? 'id']: `${name}-${i}`, rows: list.slice(i, i + 1_000) });
    packed.set(name, values);
  }
  const chunked = await withRawDatabase(`${bench.name}-packed`, keyPaths, (raw) => addInOneTransaction(raw, packed));
  const row = (name: string, ms: number, note: string): BenchRow => ({
    name,
    n: RUNS,
    median_ms: ms,
    floor_ms: ms,
    budget_ms: null,
    note,
  });
  const rows = [
    row(
      'floor: the same records, stores without indexes',
      bare,
      `${records.toLocaleString('en')} records, ${((bare * 1000) / records).toFixed(0)} µs a record on average, attachments included: the least a restore of one record per row can take`,
    ),
    row(
      'the same records packed 1,000 to a value',
      chunked,
      `${Math.ceil(records / 1000).toLocaleString('en')} values: the cost is per record, not per byte`,
    ),
  ];
  return { rows, bareMs: bare };
}

/** A plain IndexedDB database with these stores (in-line keys, no indexes), deleted afterwards; `use`'s duration. */
async function withRawDatabase(
  name: string,
  keyPaths: ReadonlyMap<string, string>,
  use: (db: IDBDatabase) => Promise<void>,
): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const [store, keyPath] of keyPaths) request.result.createObjectStore(store, { keyPath });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`could not open ${name}`));
  });
  try {
    const start = performance.now();
    await use(db);
    return performance.now() - start;
  } finally {
    db.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = () => resolve();
    });
  }
}

function addInOneTransaction(
  db: IDBDatabase,
  tables: ReadonlyMap<string, readonly unknown[]>,
  clearFirst = false,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction([...tables.keys()], 'readwrite');
    for (const [name, records] of tables) {
      const store = tx.objectStore(name);
      if (clearFirst) store.clear();
      for (const record of records) store.add(record);
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the transaction aborted'));
  });
}
