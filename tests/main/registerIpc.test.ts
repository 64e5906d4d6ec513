import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// register.ts binds the routes to Electron's ipcMain; there is no Electron binary in tests, so ipcMain records the
// handlers it is given and app answers with a temp folder.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, args: unknown) => unknown>(),
  folder: '',
}));
vi.mock('electron', () => ({
  app: { getPath: () => electron.folder },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, args: unknown) => unknown) =>
      electron.handlers.set(channel, handler),
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog: vi.fn() },
  shell: { openPath: vi.fn() },
  safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
}));

const { CHANNELS } = await import('../../electron/contract');
const { registerIpc } = await import('../../electron/main/ipc/register');

const APP_ORIGIN = 'http://127.0.0.1:5173';
const fromFrame = (url: string | undefined) => ({ sender: {}, senderFrame: url === undefined ? null : { url } });

beforeAll(async () => {
  electron.folder = await mkdtemp(join(tmpdir(), 'petition-desk-register-'));
  registerIpc(APP_ORIGIN);
});
afterAll(async () => {
  await rm(electron.folder, { recursive: true, force: true });
});

describe('registerIpc binds every contract channel to ipcMain, answering only the app’s own page', () => {
  it('binds each channel of the contract, and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('answers the app’s page through the routes (the automatic backups of the user-data folder)', async () => {
    const list = electron.handlers.get(CHANNELS.listAutoBackups);
    await expect(Promise.resolve(list?.(fromFrame(`${APP_ORIGIN}/#/settings`), {}))).resolves.toEqual([]);
  });

  it('refuses a frame showing another page, and one with no frame, before any handler runs', async () => {
    const list = electron.handlers.get(CHANNELS.listAutoBackups);
    expect(() => list?.(fromFrame('https://example.com/'), {})).toThrow('拒绝来自非本应用页面的请求（backups:list）');
    expect(() => list?.(fromFrame(undefined), {})).toThrow('拒绝来自非本应用页面的请求');
  });

  it('validates the arguments of what it answers', async () => {
    const read = electron.handlers.get(CHANNELS.readAutoBackup);
    await expect(
      Promise.resolve().then(() => read?.(fromFrame(`${APP_ORIGIN}/`), { name: '../../etc/passwd' })),
    ).rejects.toThrow('不是自动备份的文件名');
  });
});
