import type { Petition, Petitioner, Reception } from '../../domain/types';
import type { AuditHead } from '../audit/auditAnchor';
import { anchorRestoredTrail, restoredTrailChanges, type RestoreEvent } from '../audit/restoreTrail';
import type { DeskDatabase } from '../database';
import type { LedgerChunk } from '../../ledger/chunks';
import { ledgerChunksOf } from '../../ledger/persistence';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { authorize } from '../session';
import { BACKUP_MESSAGES, BackupError, backedUpTablesAt, type BackupProgress } from './format';
import type { ParsedBackup } from './readBackup';
import { storedNumberMarks, withNumberMarks } from './numberMarks';
import { changesFor, type KeepStored, type TableChanges } from './restoreChanges';
import { recordsWithBlobs, unchangedBlobRecords } from './unchangedBlobs';
import { upgradeRecords } from './upgradeRecords';

/** Records per bulkDelete, bulkPut or bulkAdd, progress reported between them. */
const WRITE_BATCH = 5_000;

/**
 * Makes the database hold exactly the backup's records, in ONE read-write transaction: either the whole backup is in
 * place or, when anything fails, the transaction aborts and the old data stays as it was. A backup from an older
 * schema version is first upgraded by the database's own upgrade functions (upgradeRecords.ts).
 *
 * IndexedDB's cost is per record written (bench: about 0.1 ms a record, whatever its size; clearing a table costs
 * about as much as filling it), and the usual restore is yesterday's backup over today's desk, almost all of it the
 * same. So nothing is cleared: each table's stored records are read inside the transaction and compared with the
 * backup's (restoreChanges.ts), and only what differs is written: the records the backup lacks deleted, the changed
 * ones put, the new ones added (into an empty desk, every record is added, as before). Byte arrays (letters, reports)
 * are compared inside the transaction; a Blob's bytes (attachments) cannot be read there, so those are compared by
 * SHA-256 just before it (unchangedBlobs.ts), and an attachment the desk already holds is not written again.
 *
 * The ledger's persisted index is built from the records already in memory, before anything changes, and compared
 * and written the same way in the same transaction: it is never out of step with the restored petitions, and nothing
 * is read back to rebuild it.
 *
 * The number counters are the other exception: the desk's 登记编号 and 文号 counters are merged with the backup's
 * by max(), never lowered (numberMarks.ts), so no number issued before the restore is issued again.
 *
 * The audit trail is the exception: nothing in it is ever lost by a restore (audit/restoreTrail.ts). When the desk's
 * trail continues the backup's it stays as it is; otherwise the backup's trail comes in and the desk's records it
 * lacks are carried inside the 恢复备份 record. Either way that record (`event` says which file and when) is appended
 * in this same transaction, and once it has committed it becomes the chain head kept outside the database.
 *
 * Progress counts records read (the records holding a Blob read once more, to be hashed) and records written. Until
 * the comparison is done the total assumes the most that could need writing (every stored record deleted, every backup
 * record written); it then shrinks to what does, so the bar only moves forward.
 */
export async function restoreBackup(
  db: DeskDatabase,
  backup: ParsedBackup,
  onProgress?: BackupProgress,
  event?: RestoreEvent,
): Promise<void> {
  // Who restores, fixed now: the desk may lock while the restore runs, and its record still names them.
  const actor = authorize(db, 'backup.manage');
  // A backup from before accounts existed holds none: the desk keeps its own rather than being left to whoever
  // creates the first administrator.
  const keepAccounts = !backedUpTablesAt(backup.header.schemaVersion).includes(db.users.name);
  let tables = backup.tables;
  if (backup.header.schemaVersion < CURRENT_SCHEMA_VERSION) {
    try {
      tables = await upgradeRecords(backup.header.schemaVersion, backup.tables);
    } catch (error) {
      throw new BackupError('restoreFailed', BACKUP_MESSAGES.restoreFailed(`升级旧版本备份时出错：${describe(error)}`));
    }
  }
  const names = backedUpTablesAt(CURRENT_SCHEMA_VERSION);
  const records = (name: string) => tables.get(name) ?? [];
  let chunks: LedgerChunk[];
  try {
    chunks = ledgerChunksOf(
      records('petitions') as Petition[],
      records('petitioners') as Petitioner[],
      records('receptions') as Reception[],
    );
  } catch (error) {
    throw new BackupError(
      'restoreFailed',
      BACKUP_MESSAGES.restoreFailed(`无法由备份的信访事项生成台账索引：${describe(error)}`),
    );
  }
  const wanted: [table: string, records: readonly unknown[]][] = [
    ...names.map((name): [string, unknown[]] => [name, records(name)]),
    [db.ledgerChunks.name, chunks],
  ];
  const incoming = sum(wanted.map(([, list]) => list.length));
  let done = 0;
  let total = 0;
  const advance = (records: number) => {
    done += records;
    onProgress?.(done, total);
  };
  let head: AuditHead | null = null;
  try {
    // Before the transaction, the records holding a Blob whose bytes the desk already has (by SHA-256); an empty
    // table has none.
    const before = await storedCounts(db, wanted);
    const toHash = wanted.map(([, list], i) => ((before[i] ?? 0) > 0 ? recordsWithBlobs(list) : 0));
    total = sum(toHash) + sum(before) * 2 + incoming;
    const keep = new Map<string, KeepStored>();
    for (const [i, [name, list]] of wanted.entries()) {
      if ((toHash[i] ?? 0) > 0) keep.set(name, await unchangedBlobRecords(db.table(name), list, advance));
    }
    await db.transaction(
      'rw',
      wanted.map(([name]) => db.table(name)),
      async () => {
        total = done + sum(await storedCounts(db, wanted)) * 2 + incoming;
        const changes: TableChanges[] = [];
        for (const [name, list] of wanted) {
          if (name === db.users.name && keepAccounts) continue;
          if (name === db.settings.name) {
            changes.push(await changesFor(db.settings, withNumberMarks(list, await storedNumberMarks(db)), advance));
            continue;
          }
          if (name !== db.audit.name) {
            changes.push(await changesFor(db.table(name), list, advance, keep.get(name)));
            continue;
          }
          const trail = await restoredTrailChanges(db, list, backup.summary, event, advance, actor);
          head = trail.head;
          changes.push(trail);
        }
        total = done + sum(changes.map((c) => c.deletes.length + c.puts.length + c.adds.length));
        advance(0);
        for (const { table, deletes, puts, adds } of changes) {
          // Deletes first: a put or add never meets a unique value that only a record on its way out still holds.
          await inBatches(deletes, (batch) => db.table(table).bulkDelete(batch), advance);
          await inBatches(puts, (batch) => db.table(table).bulkPut(batch), advance);
          await inBatches(adds, (batch) => db.table(table).bulkAdd(batch), advance);
        }
      },
    );
  } catch (error) {
    throw new BackupError('restoreFailed', BACKUP_MESSAGES.restoreFailed(describe(error)));
  }
  if (head) anchorRestoredTrail(db, head);
}

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

const storedCounts = (db: DeskDatabase, tables: readonly (readonly [string, unknown])[]) =>
  Promise.all(tables.map(([name]) => db.table(name).count()));

async function inBatches<T>(
  list: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
  advance: (records: number) => void,
): Promise<void> {
  for (let i = 0; i < list.length; i += WRITE_BATCH) {
    const batch = list.slice(i, i + WRITE_BATCH);
    await write(batch);
    advance(batch.length);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Dexie's BulkError lists every failed record; the first one says enough.
    const failures = (error as { failures?: unknown[] }).failures;
    const first = failures?.[0];
    if (first instanceof Error) return `${first.name}：${first.message}`;
    return error.message;
  }
  return String(error);
}
