import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { CHANNELS, finishQuitBackupArgs, parseArgs } from '../../contract';
import { finishQuitBackup } from '../autoBackup';
import { exportBackup, listAutoBackups, readAutoBackup, saveAutoBackup } from './backups';
import { isAllowedNavigation } from '../securityPolicy';
import { openPath, saveFile, type OpenablePaths, type SaveDialogRequest } from './files';

/** Wires every contract channel to its handler; the handlers themselves are plain functions in ipc/<capability>.ts. */
export function registerIpc(appOrigin: string): void {
  const allowedPaths: OpenablePaths = new Set();

  handle(CHANNELS.saveFile, appOrigin, (event, args) =>
    saveFile(args, {
      showSaveDialog: (request) => showSaveDialog(event, request),
      writeFile: (path, bytes) => writeFile(path, bytes),
      defaultDirectory: app.getPath('documents'),
      allowedPaths,
    }),
  );
  handle(CHANNELS.openPath, appOrigin, (_event, args) =>
    openPath(args, { openPath: (path) => shell.openPath(path), allowedPaths }),
  );

  const backups = { folder: autoBackupFolder(), now: () => new Date() };
  handle(CHANNELS.exportBackup, appOrigin, (event, args) =>
    exportBackup(args, { showSaveDialog: (request) => showSaveDialog(event, request), defaultDirectory: app.getPath('documents') }),
  );
  handle(CHANNELS.saveAutoBackup, appOrigin, (_event, args) => saveAutoBackup(args, backups));
  handle(CHANNELS.listAutoBackups, appOrigin, () => listAutoBackups(backups));
  handle(CHANNELS.readAutoBackup, appOrigin, (_event, args) => readAutoBackup(args, backups));
  handle(CHANNELS.finishQuitBackup, appOrigin, async (event, args) => {
    finishQuitBackup(event.sender, parseArgs(finishQuitBackupArgs, args, '完成退出备份').error);
  });
}

/** Where the automatic backups live: the user-data folder, which a reinstall keeps. */
export function autoBackupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

/**
 * Registers one channel, answering only frames that show the app's own page: a foreign page that somehow got into
 * a frame must not reach the file system.
 */
function handle(
  channel: string,
  appOrigin: string,
  handler: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>,
): void {
  ipcMain.handle(channel, (event, args: unknown) => {
    const senderUrl = event.senderFrame?.url;
    if (!senderUrl || !isAllowedNavigation(senderUrl, appOrigin)) {
      throw new Error(`拒绝来自非本应用页面的请求（${channel}）`);
    }
    return handler(event, args);
  });
}

function showSaveDialog(event: IpcMainInvokeEvent, request: SaveDialogRequest) {
  const options: SaveDialogOptions = {
    title: '保存文件',
    buttonLabel: '保存',
    defaultPath: request.defaultPath,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  // Parented to the sender's window so the dialog is modal to the desk rather than a free-floating window.
  const window = BrowserWindow.fromWebContents(event.sender);
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}
