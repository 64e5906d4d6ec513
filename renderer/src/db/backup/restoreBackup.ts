import type { DeskDatabase } from '../database';
import { authorize } from '../session';
import { rebuildLedgerIndex } from '../ledgerIndex';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { BACKUP_MESSAGES, BackupError, backedUpTablesAt, type BackupProgress } from './format';
import type { ParsedBackup } from './readBackup';
import { upgradeRecords } from './upgradeRecords';

/** Records written per bulkAdd: one request batch, progress reported between them. */
const WRITE_BATCH = 5_000;

/**
 * Replaces everything in the database by the backup's records, in ONE read-write transaction: either the whole backup
 * is in place or, when anything fails, the transaction aborts and the old data stays as it was. A backup from an
 * older schema version is first upgraded by the database's own upgrade functions (upgradeRecords.ts). The ledger's
 * persisted index is emptied in the same transaction (a crash right after the commit leaves it out of step, so its
 * loader rebuilds it) and rebuilt from the restored petitions once the restore has committed; the caller reloads the
 * in-memory ledger afterwards.
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
  const total = names.reduce((sum, name) => sum + (tables.get(name)?.length ?? 0), 0);
  let done = 0;
  try {
    await db.transaction('rw', [...names.map((name) => db.table(name)), db.ledgerChunks], async () => {
      for (const name of names) await db.table(name).clear();
      await db.ledgerChunks.clear();
      for (const name of names) {
        const records = tables.get(name) ?? [];
        for (let i = 0; i < records.length; i += WRITE_BATCH) {
          const batch = records.slice(i, i + WRITE_BATCH);
          await db.table(name).bulkAdd(batch);
          done += batch.length;
          onProgress?.(done, total);
        }
      }
    });
  } catch (error) {
    throw new BackupError('restoreFailed', BACKUP_MESSAGES.restoreFailed(describe(error)));
  }
  try {
    await rebuildLedgerIndex(db);
  } catch (error) {
    throw new BackupError('indexRebuild', BACKUP_MESSAGES.indexRebuild(describe(error)));
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
