import type { Petition, Petitioner, Reception } from '../../domain/types';
import type { DeskDatabase } from '../database';
import type { LedgerChunk } from '../ledgerChunks';
import { ledgerChunksOf } from '../ledgerIndex';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { authorize } from '../session';
import { BACKUP_MESSAGES, BackupError, backedUpTablesAt, type BackupProgress } from './format';
import type { ParsedBackup } from './readBackup';
import { upgradeRecords } from './upgradeRecords';

/**
 * Records per bulkAdd, progress reported between them. IndexedDB's own write is the cost: 1,000, 5,000 or all at once,
 * and one batch queued ahead or none, measured the same within the machine's noise.
 */
const WRITE_BATCH = 5_000;

/**
 * Replaces everything in the database by the backup's records, in ONE read-write transaction: either the whole backup
 * is in place or, when anything fails, the transaction aborts and the old data stays as it was. A backup from an
 * older schema version is first upgraded by the database's own upgrade functions (upgradeRecords.ts).
 *
 * The ledger's persisted index is built from the records already in memory, before anything changes, and written in
 * the same transaction: it is never out of step with the restored petitions, and nothing is read back to rebuild it.
 * What remains is IndexedDB's own work (bench, 100,000 petitions with their 480,000 other records: about 70 s to add
 * them to an empty desk, 0.1–0.4 ms a record as it has fewer or more indexes; clearing old ones costs about as much).
 */
export async function restoreBackup(db: DeskDatabase, backup: ParsedBackup, onProgress?: BackupProgress): Promise<void> {
  authorize(db, 'backup.manage');
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
    chunks = ledgerChunksOf(records('petitions') as Petition[], records('petitioners') as Petitioner[], records('receptions') as Reception[]);
  } catch (error) {
    throw new BackupError('restoreFailed', BACKUP_MESSAGES.restoreFailed(`无法由备份的信访事项生成台账索引：${describe(error)}`));
  }
  const writes: [table: string, records: readonly unknown[]][] = [...names.map((name): [string, unknown[]] => [name, records(name)]), [db.ledgerChunks.name, chunks]];
  const total = writes.reduce((sum, [, list]) => sum + list.length, 0);
  let done = 0;
  try {
    await db.transaction('rw', writes.map(([name]) => db.table(name)), async () => {
      for (const [name] of writes) await db.table(name).clear();
      for (const [name, list] of writes) {
        for (let i = 0; i < list.length; i += WRITE_BATCH) {
          const batch = list.slice(i, i + WRITE_BATCH);
          await db.table(name).bulkAdd(batch);
          done += batch.length;
          onProgress?.(done, total);
        }
      }
    });
  } catch (error) {
    throw new BackupError('restoreFailed', BACKUP_MESSAGES.restoreFailed(describe(error)));
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
