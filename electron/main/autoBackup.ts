import { randomUUID } from 'node:crypto';
import { EVENTS, type AutoBackupReason, type AutoBackupRequest } from '../contract';
import { isDailyBackupDue, listBackups } from './backups';

/** How often main checks whether today's backup exists. */
const DAILY_CHECK_MS = 60 * 60 * 1000;
/** The first check, once the desk has opened and loaded. */
const FIRST_CHECK_MS = 2 * 60 * 1000;
/** How long a closing window waits for the renderer's backup (100,000 petitions take about 10 s). */
const QUIT_BACKUP_TIMEOUT_MS = 120 * 1000;

/** The part of a window's WebContents this needs. */
export interface BackupContents {
  send(channel: string, request: AutoBackupRequest): void;
  isCrashed(): boolean;
  isLoading(): boolean;
}

/** The part of a BrowserWindow this needs: Electron's own in the app, an adapter in tests. */
export interface BackupWindow {
  readonly webContents: BackupContents;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  isDestroyed(): boolean;
  close(): void;
}

export interface AutoBackupOptions {
  /** The automatic backups' folder, e.g. <userData>/backups. */
  folder: string;
  /** The clock the daily check reads (the same one the backups' names are stamped with). */
  now(): Date;
  /** Asks the clerk whether to close although the backup before closing failed; resolves true to close anyway. */
  confirmCloseWithoutBackup(window: BackupWindow, error: string): Promise<boolean>;
  /** The first daily check after the window opens, and the interval of the later ones (ms). */
  firstCheckMs?: number;
  checkEveryMs?: number;
}

const closeGates = new WeakMap<object, (error: string | null) => void>();

/** The tokens main sent with its requests to each renderer and that have not come back yet. */
const issuedTokens = new WeakMap<object, Set<string>>();
/** A renderer that never answers does not make the set grow without end. */
const MAX_OUTSTANDING_TOKENS = 16;

/**
 * Asks `contents` for an automatic backup with a fresh one-time token: the renderer's automatic export runs only for
 * a token main sent (renderer/src/db/backup/autoBackupTokens.ts), and main writes only bytes that bring one back.
 */
export function requestAutoBackup(contents: BackupContents, reason: AutoBackupReason): void {
  const token = randomUUID();
  const tokens = issuedTokens.get(contents) ?? new Set<string>();
  if (tokens.size >= MAX_OUTSTANDING_TOKENS) tokens.delete(tokens.values().next().value as string);
  tokens.add(token);
  issuedTokens.set(contents, tokens);
  contents.send(EVENTS.backupRequested, { reason, token });
}

/** Whether main sent `token` to this renderer and it has not been used; it cannot be used again either way. */
export function takeAutoBackupToken(sender: object, token: string): boolean {
  return issuedTokens.get(sender)?.delete(token) ?? false;
}

/**
 * Asks the window's renderer for a backup once a day and before the window closes (closing the last window is how
 * the desk quits on Windows). The renderer owns IndexedDB, so it makes the bytes and sends them back on
 * backups:save-auto, then answers backups:quit-done; main only decides when, and never waits forever.
 */
export function installAutoBackups(window: BackupWindow, options: AutoBackupOptions): void {
  const { folder, now, confirmCloseWithoutBackup } = options;
  const contents = window.webContents;
  const checkDaily = () => {
    listBackups(folder).then(
      (entries) => {
        if (!window.isDestroyed() && isDailyBackupDue(entries, now())) requestAutoBackup(contents, 'daily');
      },
      (error: unknown) => console.error('自动备份目录无法读取', error),
    );
  };
  const first = setTimeout(checkDaily, options.firstCheckMs ?? FIRST_CHECK_MS);
  const daily = setInterval(checkDaily, options.checkEveryMs ?? DAILY_CHECK_MS);

  let mayClose = false;
  let waiting = false;
  const closeNow = () => {
    mayClose = true;
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (mayClose) return;
    // A renderer that crashed or never loaded cannot answer: close at once rather than wait for the timeout.
    if (contents.isCrashed() || contents.isLoading()) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    const timeout = setTimeout(() => finish('渲染进程未在规定时间内完成备份'), QUIT_BACKUP_TIMEOUT_MS);
    const finish = (error: string | null) => {
      clearTimeout(timeout);
      closeGates.delete(contents);
      if (error === null) return closeNow();
      void confirmCloseWithoutBackup(window, error).then(
        (close) => {
          waiting = false;
          if (close) closeNow();
        },
        (failed: unknown) => {
          // The question could not be asked: keep the window open, the clerk can close it again.
          waiting = false;
          console.error('无法询问是否在备份失败时退出', failed);
        },
      );
    };
    closeGates.set(contents, finish);
    requestAutoBackup(contents, 'quit');
  });
  window.on('closed', () => {
    clearTimeout(first);
    clearInterval(daily);
  });
}

/** backups:quit-done from this renderer: lets its window close (or asks the clerk, when the backup failed). */
export function finishQuitBackup(sender: object, error: string | null): void {
  closeGates.get(sender)?.(error);
}
