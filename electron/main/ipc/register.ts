import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { CHANNELS } from '../../contract';
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
