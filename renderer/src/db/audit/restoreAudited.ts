import type { BackupProgress } from '../backup/format';
import type { ParsedBackup } from '../backup/readBackup';
import { restoreBackup } from '../backup/restoreBackup';
import type { DeskDatabase } from '../database';
import { recordAudit } from './recordAudit';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 恢复备份, audited as ONE record: the restore's transaction spans the trail and every audited table, which the audit
 * middleware leaves to it (not a record per restored row; auditing stays on for everything else meanwhile, such as a
 * lock), and appends 「恢复备份：…」 to the trail in that transaction, losing none of the desk's audit records
 * (restoreTrail.ts). A refused or failed restore changes nothing but is recorded too, afterwards.
 */
export async function restoreBackupAudited(
  db: DeskDatabase,
  backup: ParsedBackup,
  source: string,
  now: () => Date,
  onProgress?: BackupProgress,
): Promise<void> {
  try {
    await restoreBackup(db, backup, onProgress, { source, at: now() });
  } catch (failure) {
    // Committed, with its record; only the chain head kept outside the database could not be written.
    if (reason(failure).startsWith('数据已恢复')) throw failure;
    try {
      await recordAudit(
        db,
        { action: 'restore', entity: 'backup', summary: `恢复备份失败（原有数据未变）：${source}：${reason(failure)}` },
        now(),
      );
    } catch (error) {
      throw new Error(`${reason(failure)}（写入审计记录也失败：${reason(error)}）`, { cause: error });
    }
    throw failure;
  }
}
