import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  safeStorage,
  shell,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { createAuditSeal } from '../auditSeal';
import { osSecretsOf } from '../osSecrets';
import { isAllowedNavigation } from '../securityPolicy';
import type { SaveDialogRequest } from './files';
import { buildRoutes, type Route } from './routes';

/** Binds every contract channel to its handler (routes.ts) on ipcMain, with Electron's dialog, shell and paths. */
export function registerIpc(appOrigin: string): void {
  const osSecrets = osSecretsOf(safeStorage);
  const routes = buildRoutes({
    showSaveDialog: (sender, request) => showSaveDialog(sender as WebContents, request),
    openPath: (path) => shell.openPath(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    documentsFolder: app.getPath('documents'),
    backupsFolder: autoBackupFolder(),
    backupKeyFile: join(app.getPath('userData'), 'backup-key.bin'),
    osSecrets,
    now: () => new Date(),
    // The audit key and anchor, outside the browser profile; the key encrypted by the operating system.
    auditSeal: createAuditSeal({
      folder: join(app.getPath('userData'), 'audit'),
      secrets: osSecrets,
    }),
  });
  for (const [channel, route] of Object.entries(routes)) handle(channel, appOrigin, route);
}

/** Where the automatic backups live: the user-data folder, which a reinstall keeps. */
export function autoBackupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

/**
 * Registers one channel, answering only frames that show the app's own page: a foreign page that somehow got into
 * a frame must not reach the file system.
 */
function handle(channel: string, appOrigin: string, route: Route): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => {
    const senderUrl = event.senderFrame?.url;
    if (!senderUrl || !isAllowedNavigation(senderUrl, appOrigin)) {
      throw new Error(`拒绝来自非本应用页面的请求（${channel}）`);
    }
    return route(event.sender, args);
  });
}

function showSaveDialog(sender: WebContents, request: SaveDialogRequest) {
  const options: SaveDialogOptions = {
    title: '保存文件',
    buttonLabel: '保存',
    defaultPath: request.defaultPath,
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  // Parented to the sender's window so the dialog is modal to the desk rather than a free-floating window.
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}
