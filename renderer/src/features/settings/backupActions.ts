import { notification } from 'antd';
import { version } from '../../../../package.json';
import { ACTIVITY_EVENTS } from '../../services/activity';
import { now } from '../../services/clock';
import { importBackupKey, type BackupKey, type RawBackupKey } from '../../db/backup/backupCrypto';
import { BACKUP_EXTENSION, type BackupProgress } from '../../db/backup/format';
import { recordSavedFile } from '../../services/data/audit';
import { exportBackup } from '../../services/data/backup';
import { toTimestamp } from '../../domain/dates';
import { platform, type AutoBackupReason, type AutoBackupRequest } from '../../platform';
import { errorText } from '../../db/errors';
import { backupRequestGate, dailyFailureText } from './backupRequestGate';
import { closeQuitBackupNotice, showQuitBackupNotice } from './quitBackupNotice';

export const APP_VERSION: string = version;

/**
 * The whole database as one encrypted backup file's bytes (db/backup/exportBackup.ts), stamped with the desk's clock,
 * under the backup key kept on this machine. An automatic backup is the system's and needs no signed-in
 * administrator, only the one-time token main sent with its request (exportBackup's `automatic`).
 */
export async function backupBytes(
  onProgress?: BackupProgress,
  automaticToken?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await deskBackupKey();
  const automatic = automaticToken === undefined ? undefined : { token: automaticToken };
  const { blob } = await exportBackup({
    appVersion: APP_VERSION,
    createdAt: toTimestamp(now()),
    onProgress,
    key,
    automatic,
  });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The backup key kept on this machine, ready to encrypt; null when no 备份密码 was set here. */
export async function deskBackupKey(): Promise<BackupKey | null> {
  const stored = await platform.loadBackupKey();
  return stored ? importBackupKey({ wrapping: stored.wrapping, raw: new Uint8Array(stored.key) }) : null;
}

/** Keeps a backup key on this machine (a new 备份密码, or the key of a backup restored onto a desk without one). */
export async function keepBackupKey(key: RawBackupKey): Promise<void> {
  await platform.saveBackupKey({ wrapping: key.wrapping, key: key.raw });
}

const AUTO_BACKUP_LABELS: Record<AutoBackupReason, string> = { daily: '每日', quit: '退出时' };

/** A backup file written (by the clerk's 导出备份, or automatically) goes into the audit trail. */
export async function auditBackupSaved(summary: string): Promise<void> {
  await recordSavedFile({ action: 'backup', entity: 'backup', summary }, now());
}

/** '信访工作台备份-20260525-1800.xfbak' */
export function backupFileName(at: Date = now()): string {
  const stamp = toTimestamp(at).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `信访工作台备份-${stamp}.${BACKUP_EXTENSION}`;
}

let started = false;
/** The desk clock's time of the last keyboard or mouse input. */
let lastInput = 0;

/** A daily backup waits for this long without input: reading every table holds the clerk's saves back meanwhile. */
const QUIET_MS = 60_000;
/** …but no longer than this, so a desk in constant use is still backed up. */
const MAX_WAIT_MS = 30 * 60_000;
const QUIET_CHECK_MS = 5_000;

/**
 * Answers main's requests for an automatic backup (daily, and before the window closes): the renderer holds
 * IndexedDB, so it makes the bytes and hands them to main, which writes and rotates them. A failure is reported to
 * main, which asks the clerk whether to close anyway; in the browser build main never asks.
 */
export function startAutoBackups(): void {
  if (started) return;
  started = true;
  lastInput = now().getTime();
  const onInput = () => {
    lastInput = now().getTime();
  };
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  // Only main's requests carry a token the automatic export accepts (db/backup/autoBackupTokens.ts).
  platform.onBackupRequested(backupRequestGate({ quietMoment, answer: answerBackupRequest }));
}

/**
 * Resolves at a pause in the clerk's work: QUIET_MS without input (desk clock), or MAX_WAIT_MS after it was asked.
 * The backup reads every table in one transaction (seconds with years of records), and a save waits for it.
 */
async function quietMoment(): Promise<void> {
  const asked = now().getTime();
  for (;;) {
    const at = now().getTime();
    // A clock set back (the office corrects the machine's time) counts from then, not from a future input.
    if (at < lastInput) lastInput = at;
    if (at - lastInput >= QUIET_MS || at - asked >= MAX_WAIT_MS) return;
    await new Promise((resolve) => setTimeout(resolve, QUIET_CHECK_MS));
  }
}

async function answerBackupRequest({ reason, token }: AutoBackupRequest): Promise<void> {
  // The window waits for this backup before it closes (some seconds with years of records): the clerk sees why.
  const progress = reason === 'quit' ? quitProgress() : null;
  let error: string | null = null;
  try {
    const bytes = await backupBytes(progress?.update, token);
    progress?.writing();
    await platform.saveAutoBackup({ bytes, reason, token });
    await auditBackupSaved(`自动备份（${AUTO_BACKUP_LABELS[reason]}）`);
    // A daily backup made after one that failed (the 备份密码 was set since, the disk has room again): the notice is past.
    if (reason === 'daily') notification.destroy(DAILY_FAILED_NOTICE);
  } catch (failed) {
    error = errorText(failed);
    // Before closing, main shows the failure in its own dialog; a daily one is told here, once: a retry that fails
    // again replaces the notice rather than stacking another over the page.
    if (reason === 'daily')
      notification.error({
        key: DAILY_FAILED_NOTICE,
        title: '今日自动备份失败',
        description: dailyFailureText(error),
        duration: 0,
      });
  } finally {
    progress?.close();
  }
  if (reason === 'quit') await platform.finishQuitBackup({ error });
}

const DAILY_FAILED_NOTICE = 'daily-backup-failed';

/** How far the backup before closing has come, in the notice the clerk sees until the window closes. */
function quitProgress() {
  let shown = -1;
  const update = (done: number, total: number) => {
    const percent = total > 0 ? Math.min(99, Math.floor((done * 100) / total)) : 0;
    if (percent === shown) return;
    shown = percent;
    showQuitBackupNotice(`已完成 ${percent}%，备份完成后窗口将自动关闭`);
  };
  update(0, 1);
  return {
    update,
    writing: () => showQuitBackupNotice('正在写入备份文件，完成后窗口将自动关闭'),
    close: closeQuitBackupNotice,
  };
}
