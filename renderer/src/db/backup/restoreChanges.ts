import { Dexie, type IndexableType, type Table } from 'dexie';
import { TABLE_LABELS } from './format';
import { forEachStoredPage } from './tablePages';

/**
 * Records read per request while comparing a table with the backup. The tables holding letters' and reports' bytes
 * (Uint8Array, read into memory whole) are read in small pages so a page stays a few MB.
 */
const READ_PAGE = 5_000;
const BYTES_READ_PAGE = 100;
const TABLES_WITH_BYTES: ReadonlySet<string> = new Set(['documents', 'reports']);

/** What writing one table's backup records over its stored records takes. */
export interface TableChanges {
  table: string;
  /**
   * Keys to delete before any put: records the backup does not have, and changed records whose value in a unique
   * index changes (two accounts that swapped 登录名 would otherwise collide, whichever is put first).
   */
  deletes: IndexableType[];
  /** Backup records that differ from the stored ones, in the table's order. */
  puts: unknown[];
  /** Backup records with a key the table does not hold, in the backup's order. */
  adds: unknown[];
}

/**
 * Whether a stored record the comparison finds different may be left in place of the backup's all the same: one
 * holding a Blob whose bytes were found the backup's before the transaction (unchangedBlobs.ts).
 */
export type KeepStored = (stored: unknown, incoming: unknown) => boolean;

/**
 * Compares a table's stored records with the backup's, reading the table in pages inside the caller's transaction
 * (`onRead` after each page), and says what to delete, what to put over a stored record and what to add. Throws when the backup holds two records with
 * one key: put one after the other, the second would silently replace the first.
 */
export async function changesFor(
  table: Table,
  incoming: readonly unknown[],
  onRead: (records: number) => void,
  keep?: KeepStored,
): Promise<TableChanges> {
  const keyPath = table.schema.primKey.keyPath as string | string[];
  const keyOf = (record: unknown): IndexableType => Dexie.getByKeyPath(record as object, keyPath) as IndexableType;
  const uniqueKeyPaths = table.schema.indexes
    .filter((index) => index.unique && index.keyPath !== undefined)
    .map((index) => index.keyPath as string | string[]);

  const position = new Map<unknown, number>();
  incoming.forEach((record, i) => {
    const key = mapKey(keyOf(record));
    if (position.has(key))
      throw new Error(
        `备份中的${TABLE_LABELS[table.name] ?? table.name}有两条记录的编号相同（${String(keyOf(record))}）`,
      );
    position.set(key, i);
  });

  const matched = new Uint8Array(incoming.length);
  const deletes: IndexableType[] = [];
  const puts: unknown[] = [];
  await forEachStoredPage(table, TABLES_WITH_BYTES.has(table.name) ? BYTES_READ_PAGE : READ_PAGE, (page) => {
    for (const stored of page) {
      const key = keyOf(stored);
      const i = position.get(mapKey(key));
      if (i === undefined) {
        deletes.push(key);
        continue;
      }
      matched[i] = 1;
      const record = incoming[i];
      if (sameStoredValue(stored, record) || keep?.(stored, record) === true) continue;
      if (
        uniqueKeyPaths.some(
          (path) =>
            !sameStoredValue(Dexie.getByKeyPath(stored as object, path), Dexie.getByKeyPath(record as object, path)),
        )
      ) {
        deletes.push(key);
      }
      puts.push(record);
    }
    onRead(page.length);
  });
  const adds = incoming.filter((_, i) => matched[i] === 0);
  return { table: table.name, deletes, puts, adds };
}

/**
 * Whether writing `incoming` over `stored` would leave the same value in the database: plain data compared exactly
 * (a Date is not its ISO text, NaN is not null, -0 is not 0, undefined in an array is not null), byte arrays by
 * their bytes and layout, and any other object, a Blob above all (its bytes cannot be read inside a transaction),
 * as different. Two things are the same though a restore would write them differently: a property holding undefined
 * and no property (IndexedDB indexes neither, and a read gives undefined for both), and the order of properties.
 */
export function sameStoredValue(stored: unknown, incoming: unknown): boolean {
  if (typeof stored !== 'object' || stored === null || typeof incoming !== 'object' || incoming === null)
    return Object.is(stored, incoming);
  if (Array.isArray(stored)) {
    if (!Array.isArray(incoming) || stored.length !== incoming.length) return false;
    for (let i = 0; i < stored.length; i++) if (!sameStoredValue(stored[i], incoming[i])) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(stored) as unknown;
  if (prototype !== Object.getPrototypeOf(incoming)) return false;
  if (prototype === Uint8Array.prototype) return sameBytes(stored as Uint8Array, incoming as Uint8Array);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return samePlainObject(stored as Record<string, unknown>, incoming as Record<string, unknown>);
}

function samePlainObject(stored: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  const storedKeys = Object.keys(stored);
  const incomingKeys = Object.keys(incoming);
  // The usual case, a record written as the backup has it: the same properties in the same order.
  if (storedKeys.length === incomingKeys.length && storedKeys.every((key, i) => key === incomingKeys[i])) {
    return storedKeys.every((key) => sameStoredValue(stored[key], incoming[key]));
  }
  const defined = (object: Record<string, unknown>, keys: string[]) => keys.filter((key) => object[key] !== undefined);
  const storedDefined = defined(stored, storedKeys);
  const incomingDefined = defined(incoming, incomingKeys);
  if (storedDefined.length !== incomingDefined.length) return false;
  return incomingDefined.every((key) => Object.hasOwn(stored, key) && sameStoredValue(stored[key], incoming[key]));
}

/** Equal bytes, and the same view of a buffer of the same length (what a put would store). */
function sameBytes(stored: Uint8Array, incoming: Uint8Array): boolean {
  if (
    stored.length !== incoming.length ||
    stored.byteOffset !== incoming.byteOffset ||
    stored.buffer.byteLength !== incoming.buffer.byteLength
  )
    return false;
  for (let i = 0; i < stored.length; i++) if (stored[i] !== incoming[i]) return false;
  return true;
}

/** A primary key as a Map key: the desk's keys are strings and numbers; any other kind is keyed by its JSON. */
export function mapKey(key: unknown): unknown {
  return typeof key === 'string' || typeof key === 'number' ? key : `\u0000${JSON.stringify(key)}`;
}
