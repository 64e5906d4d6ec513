import { app, dialog } from 'electron';

/**
 * Tells the clerk in Chinese why the desk cannot start, then quits: without a window there would otherwise be an
 * invisible process holding the single-instance lock, and every later launch would silently do nothing.
 */
export function quitOnStartupFailure(what: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('信访工作台无法启动', `${what}：${reason}`);
  app.quit();
}
