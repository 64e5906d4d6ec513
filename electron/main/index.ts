import { app, BrowserWindow, Menu, powerMonitor, session } from 'electron';
import { quitOnStartupFailure } from './fatal';
import { installAutoBackups } from './autoBackup';
import { confirmCloseWithoutBackup } from './closeWithoutBackup';
import { autoBackupFolder, registerIpc } from './ipc/register';
import { forwardScreenLock } from './lockScreen';
import { menuTemplate } from './menu';
import { guardWebContents, installSessionSecurity } from './security';
import { createMainWindow, rendererSource } from './window';

const source = rendererSource();

// Every renderer runs sandboxed, including any created later.
app.enableSandbox();

function start(): void {
  installSessionSecurity(session.defaultSession, source.isDev);
  registerIpc(source.appOrigin);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged })),
  );
  app.setAboutPanelOptions({ applicationName: '信访工作台', applicationVersion: app.getVersion() });
  // powerMonitor is usable only once the app is ready.
  forwardScreenLock(powerMonitor, () => BrowserWindow.getAllWindows());
  createMainWindow(source);
}

function focusExistingWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

// A second launch (a clerk double-clicking the icon again) focuses the open desk instead of starting another one.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  guardWebContents(source.appOrigin);
  app.on('second-instance', focusExistingWindow);
  app.on('browser-window-created', (_event, window) =>
    installAutoBackups(window, { folder: autoBackupFolder(), now: () => new Date(), confirmCloseWithoutBackup }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow(source);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => quitOnStartupFailure('初始化失败', error));
}
