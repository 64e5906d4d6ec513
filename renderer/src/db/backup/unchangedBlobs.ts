import { Dexie, type IndexableType, type Table } from 'dexie';
import { sameBytes, sha256 } from './frames';
import { mapKey, sameStoredValue, type KeepStored } from './restoreChanges';

/** Stored records read per request, and blobs hashed at once (WebCrypto hashes off the main thread). */
const READ_PAGE = 100;
const HASHED_AT_ONCE = 8;

interface Split {
  rest: Record<string, unknown>;
  blobs: Map<string, Blob>;
}

/** A plain record's Blob fields apart from the rest; null for anything that is not a plain record. */
function splitBlobs(record: unknown): Split | null {
  if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype) return null;
  const rest: Record<string, unknown> = {};
  const blobs = new Map<string, Blob>();
  for (const [field, value] of Object.entries(record)) {
    if (value instanceof Blob) blobs.set(field, value);
    else rest[field] = value;
  }
  return { rest, blobs };
}

/** The same fields but the Blobs, and Blobs in the same fields with the same size and type: all a read can check. */
function sameButBlobBytes(a: Split, b: Split): boolean {
  if (a.blobs.size !== b.blobs.size || !sameStoredValue(a.rest, b.rest)) return false;
  for (const [field, blob] of a.blobs) {
    const other = b.blobs.get(field);
    if (other?.size !== blob.size || other.type !== blob.type) return false;
  }
  return true;
}

const digestOf = async (blob: Blob) => sha256(new Uint8Array(await blob.arrayBuffer()));

/**
 * Whether the Blobs hold the same bytes. A stored Blob that cannot be read (its file gone from the browser's
 * storage: the kind of damage a restore is for) is not the backup's: the record is written again.
 */
async function sameBlobBytes(stored: Split, incoming: Split): Promise<boolean> {
  for (const [field, blob] of stored.blobs) {
    let ours: Uint8Array;
    try {
      ours = await digestOf(blob);
    } catch {
      return false;
    }
    if (!sameBytes(ours, await digestOf(incoming.blobs.get(field) as Blob))) return false;
  }
  return true;
}

/**
 * Which of the table's stored records holding a Blob (attachments: a scanned page is about 200 KB) already hold the
 * backup's record, bytes included, so the restore leaves them in place instead of writing them again. A Blob's bytes
 * cannot be read inside the restore's transaction (IndexedDB commits a transaction that awaits anything but itself),
 * so they are read and compared by SHA-256 here, before it, for the records whose other fields, blob sizes and types
 * already match; `onRead` after each page of them.
 *
 * Inside the transaction the stored record is read again, and kept only if it is still as it was hashed: the same
 * fields, blob sizes and types. A change in between that keeps all of those but the bytes would go unseen; the desk
 * never makes one (an attachment is added under a new id and never rewritten; only a restore puts one, with the
 * bytes of an authenticated backup). A record the check refuses is written, as before.
 */
export async function unchangedBlobRecords(
  table: Table,
  incoming: readonly unknown[],
  onRead: (records: number) => void,
): Promise<KeepStored> {
  const keyPath = table.schema.primKey.keyPath as string | string[];
  const keyOf = (record: unknown) => Dexie.getByKeyPath(record as object, keyPath) as IndexableType;
  const withBlobs = incoming.flatMap((record) => {
    const split = splitBlobs(record);
    return split !== null && split.blobs.size > 0 ? [{ record, split }] : [];
  });
  /** The incoming record found unchanged, by its key, with the stored record as it was hashed. */
  const verified = new Map<unknown, { incoming: unknown; stored: Split }>();
  for (let i = 0; i < withBlobs.length; i += READ_PAGE) {
    const page = withBlobs.slice(i, i + READ_PAGE);
    const stored = await table.bulkGet(page.map(({ record }) => keyOf(record)));
    const candidates = page.flatMap(({ record, split }, j) => {
      const was = splitBlobs(stored[j]);
      return was !== null && sameButBlobBytes(was, split) ? [{ record, split, was }] : [];
    });
    for (let k = 0; k < candidates.length; k += HASHED_AT_ONCE) {
      await Promise.all(
        candidates.slice(k, k + HASHED_AT_ONCE).map(async ({ record, split, was }) => {
          if (await sameBlobBytes(was, split)) verified.set(mapKey(keyOf(record)), { incoming: record, stored: was });
        }),
      );
    }
    onRead(page.length);
  }
  return (stored, incomingRecord) => {
    const entry = verified.get(mapKey(keyOf(stored)));
    if (entry === undefined || entry.incoming !== incomingRecord) return false;
    const now = splitBlobs(stored);
    return now !== null && sameButBlobBytes(now, entry.stored);
  };
}

/** How many of the records hold a Blob: the records `unchangedBlobRecords` reads, for the progress total. */
export function recordsWithBlobs(incoming: readonly unknown[]): number {
  return incoming.filter((record) => (splitBlobs(record)?.blobs.size ?? 0) > 0).length;
}
