import { formatDateTime } from '../../domain/dates';
import type { BackupProgress } from '../backup/format';
import type { ParsedBackup } from '../backup/readBackup';
import { restoreBackup } from '../backup/restoreBackup';
import type { DeskDatabase } from '../database';
import { withoutAudit } from './auditMiddleware';
import { recordAudit } from './recordAudit';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 恢复备份, audited as ONE record: the restore replaces every table with auditing suspended, so the backup's own
 * trail comes back exactly as it was (not a record per restored row), and then 「恢复备份：…」 is appended after it,
 * continuing the restored chain. A refused or failed restore changes nothing but is recorded too.
 */
export async function restoreBackupAudited(
  db: DeskDatabase,
  backup: ParsedBackup,
  source: string,
  now: () => Date,
  onProgress?: BackupProgress,
): Promise<void> {
  let failure: unknown = null;
  try {
    await withoutAudit(db, () => restoreBackup(db, backup, onProgress));
  } catch (error) {
    failure = error;
  }
  const restored = failure === null;
  try {
    await recordAudit(
      db,
      { action: 'restore', entity: 'backup', summary: restored ? restoredSummary(backup, source) : `恢复备份失败（原有数据未变）：${source}：${reason(failure)}` },
      now(),
    );
  } catch (error) {
    if (restored) throw new Error(`数据已恢复，但写入审计记录失败：${reason(error)}`, { cause: error });
    throw new Error(`${reason(failure)}（写入审计记录也失败：${reason(error)}）`, { cause: error });
  }
  if (failure !== null) throw failure;
}

function restoredSummary(backup: ParsedBackup, source: string): string {
  const { summary } = backup;
  const counts = summary.counts;
  return `恢复备份：${source}（备份时间 ${formatDateTime(summary.createdAt)}，数据版本 ${summary.schemaVersion}，信访事项 ${counts.petitions ?? 0} 件，审计记录 ${counts.audit ?? 0} 条）`;
}
