import { dialog, type BrowserWindow, type WebContents } from 'electron';
import { EVENTS } from '../contract';
import { isDailyBackupDue, listBackups } from './backups';

/** How often main checks whether today's backup exists. */
const DAILY_CHECK_MS = 60 * 60 * 1000;
/** The first check, once the desk has opened and loaded. */
const FIRST_CHECK_MS = 2 * 60 * 1000;
/** How long a closing window waits for the renderer's backup (100,000 petitions take about 10 s). */
const QUIT_BACKUP_TIMEOUT_MS = 120 * 1000;

const closeGates = new WeakMap<WebContents, (error: string | null) => void>();

/**
 * Asks the window's renderer for a backup once a day and before the window closes (closing the last window is how
 * the desk quits on Windows). The renderer owns IndexedDB, so it makes the bytes and sends them back on
 * backups:save-auto, then answers backups:quit-done; main only decides when, and never waits forever.
 */
export function installAutoBackups(window: BrowserWindow, folder: string): void {
  const contents = window.webContents;
  const checkDaily = () => {
    listBackups(folder).then(
      (entries) => {
        if (!window.isDestroyed() && isDailyBackupDue(entries, new Date())) contents.send(EVENTS.backupRequested, 'daily');
      },
      (error: unknown) => console.error('自动备份目录无法读取', error),
    );
  };
  const first = setTimeout(checkDaily, FIRST_CHECK_MS);
  const daily = setInterval(checkDaily, DAILY_CHECK_MS);

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
      void dialog
        .showMessageBox(window, {
          type: 'warning',
          title: '自动备份失败',
          message: '退出前的自动备份没有完成',
          detail: `${error}\n仍要退出吗？本次的数据仍保存在本机数据库中。`,
          buttons: ['仍然退出', '取消'],
          defaultId: 1,
          cancelId: 1,
        })
        .then(({ response }) => {
          waiting = false;
          if (response === 0) closeNow();
        });
    };
    closeGates.set(contents, finish);
    contents.send(EVENTS.backupRequested, 'quit');
  });
  window.on('closed', () => {
    clearTimeout(first);
    clearInterval(daily);
  });
}

/** backups:quit-done from this renderer: lets its window close (or asks the clerk, when the backup failed). */
export function finishQuitBackup(sender: WebContents, error: string | null): void {
  closeGates.get(sender)?.(error);
}
