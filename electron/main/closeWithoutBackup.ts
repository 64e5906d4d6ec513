import { BrowserWindow, dialog } from 'electron';
import type { BackupWindow } from './autoBackup';

/** Electron's question when the backup before closing failed: 仍然退出 resolves true, 取消 (the default) false. */
export async function confirmCloseWithoutBackup(window: BackupWindow, error: string): Promise<boolean> {
  const options = {
    type: 'warning' as const,
    title: '自动备份失败',
    message: '退出前的自动备份没有完成',
    detail: `${error}\n仍要退出吗？本次的数据仍保存在本机数据库中。`,
    buttons: ['仍然退出', '取消'],
    defaultId: 1,
    cancelId: 1,
  };
  const parent = window instanceof BrowserWindow ? window : null;
  const { response } = await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  return response === 0;
}
