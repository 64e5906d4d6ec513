import { notification } from 'antd';
import { version } from '../../../../package.json';
import { now } from '../../app/clock';
import { recordSavedFile } from '../../db/audit/recordAudit';
import { exportBackup } from '../../db/backup/exportBackup';
import { BACKUP_EXTENSION, type BackupProgress } from '../../db/backup/format';
import { getDb } from '../../db/instance';
import { toTimestamp } from '../../domain/dates';
import { platform, type AutoBackupReason } from '../../platform';

export const APP_VERSION: string = version;

/**
 * The whole database as one backup file's bytes (db/backup/exportBackup.ts), stamped with the desk's clock. An
 * automatic backup is the system's and needs no signed-in administrator (exportBackup's `automatic`).
 */
export async function backupBytes(onProgress?: BackupProgress, automatic = false): Promise<Uint8Array<ArrayBuffer>> {
  const { blob } = await exportBackup(getDb(), { appVersion: APP_VERSION, createdAt: toTimestamp(now()), onProgress, automatic });
  return new Uint8Array(await blob.arrayBuffer());
}

const AUTO_BACKUP_LABELS: Record<AutoBackupReason, string> = { daily: '每日', quit: '退出时' };

/** A backup file written (by the clerk's 导出备份, or automatically) goes into the audit trail. */
export async function auditBackupSaved(summary: string): Promise<void> {
  await recordSavedFile(getDb(), { action: 'backup', entity: 'backup', summary }, now());
}

/** '信访工作台备份-20260525-1800.xfbak' */
export function backupFileName(at: Date = now()): string {
  const stamp = toTimestamp(at).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `信访工作台备份-${stamp}.${BACKUP_EXTENSION}`;
}

let started = false;

/**
 * Answers main's requests for an automatic backup (daily, and before the window closes): the renderer holds
 * IndexedDB, so it makes the bytes and hands them to main, which writes and rotates them. A failure is reported to
 * main, which asks the clerk whether to close anyway; in the browser build main never asks.
 */
export function startAutoBackups(): void {
  if (started) return;
  started = true;
  platform.onBackupRequested((reason) => void answerBackupRequest(reason));
}

async function answerBackupRequest(reason: AutoBackupReason): Promise<void> {
  let error: string | null = null;
  try {
    await platform.saveAutoBackup({ bytes: await backupBytes(undefined, true), reason });
    await auditBackupSaved(`自动备份（${AUTO_BACKUP_LABELS[reason]}）`);
  } catch (failed) {
    error = failed instanceof Error ? failed.message : String(failed);
    // Before closing, main shows the failure in its own dialog; a daily one is told here.
    if (reason === 'daily') notification.error({ title: '今日自动备份失败', description: `${error}。请在“设置 → 数据备份”中手动导出备份。`, duration: 0 });
  }
  if (reason === 'quit') await platform.finishQuitBackup({ error });
}
