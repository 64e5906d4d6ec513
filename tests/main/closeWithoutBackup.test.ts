import { describe, expect, it, vi } from 'vitest';

// The question Electron's dialog asks when the backup before closing failed; no Electron binary in tests.
const electron = vi.hoisted(() => ({ showMessageBox: vi.fn() }));
vi.mock('electron', () => ({
  BrowserWindow: class BrowserWindow {},
  dialog: { showMessageBox: electron.showMessageBox },
}));

const { BrowserWindow } = await import('electron');
const { confirmCloseWithoutBackup } = await import('../../electron/main/closeWithoutBackup');

const window = Object.assign(new BrowserWindow(), {
  webContents: {},
  on: vi.fn(),
  isDestroyed: () => false,
  close: vi.fn(),
});

describe('asking whether to close although the backup failed', () => {
  it('names the failure, defaults to 取消, and closes only on 仍然退出', async () => {
    electron.showMessageBox.mockResolvedValueOnce({ response: 1 }).mockResolvedValueOnce({ response: 0 });
    expect(await confirmCloseWithoutBackup(window as never, '磁盘已满')).toBe(false);
    const [parent, options] = electron.showMessageBox.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ type: 'warning', buttons: ['仍然退出', '取消'], defaultId: 1, cancelId: 1 });
    expect(options.detail).toContain('磁盘已满');
    expect(await confirmCloseWithoutBackup(window as never, '磁盘已满')).toBe(true);
  });
});
