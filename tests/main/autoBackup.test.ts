import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { EVENTS, type AutoBackupRequest } from '../../electron/contract';
import {
  finishQuitBackup,
  installAutoBackups,
  requestAutoBackup,
  takeAutoBackupToken,
  type AutoBackupOptions,
} from '../../electron/main/autoBackup';
import { listBackups } from '../../electron/main/backups';
import { saveAutoBackup } from '../../electron/main/ipc/backups';

/** A BrowserWindow as installAutoBackups uses it, whose renderer answers backup requests like backupActions.ts. */
class FakeWindow extends EventEmitter {
  destroyed = false;
  closed = 0;
  readonly sent: unknown[][] = [];
  /** The one-time tokens main sent with its requests. */
  readonly tokens: string[] = [];
  /** What the renderer does when asked: save a backup into the folder, or fail. */
  answer: 'save' | 'fail' | 'silent' = 'save';
  readonly webContents = {
    isCrashed: () => false,
    isLoading: () => false,
    send: (channel: string, request: AutoBackupRequest) => {
      this.sent.push([channel, request.reason]);
      this.tokens.push(request.token);
      if (this.answer !== 'silent') void this.renderer(request);
    },
  };

  constructor(private readonly folder: string) {
    super();
  }

  isDestroyed() {
    return this.destroyed;
  }

  /** What the user's close does: emit 'close' with a preventable event; close for real unless prevented. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed += 1;
      this.destroyed = true;
      this.emit('closed');
    }
  }

  private async renderer({ reason, token }: AutoBackupRequest) {
    let error: string | null = null;
    try {
      if (this.answer === 'fail') throw new Error('磁盘已满');
      await saveAutoBackup(
        { bytes: new Uint8Array([0x58, 0x46, 0x44, 1]), reason, token },
        { folder: this.folder, now: () => new Date(), takeToken: (t) => takeAutoBackupToken(this.webContents, t) },
      );
    } catch (failed) {
      error = (failed as Error).message;
    }
    if (reason === 'quit') finishQuitBackup(this.webContents, error);
  }
}

let folder: string;
/** The clerk's answer when a backup before closing failed (Electron's dialog in the app): true closes anyway. */
const confirmCloseWithoutBackup = vi.fn<AutoBackupOptions['confirmCloseWithoutBackup']>();
const options = (): AutoBackupOptions => ({ folder, now: () => new Date(), confirmCloseWithoutBackup });
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-auto-'));
  confirmCloseWithoutBackup.mockReset();
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('automatic backups, as main wires them to a window', () => {
  it('closing the window (quitting) first has the renderer save a backup into the folder, then closes', async () => {
    const window = new FakeWindow(folder);
    installAutoBackups(window, options());
    window.close();
    expect(window.sent).toEqual([[EVENTS.backupRequested, 'quit']]);
    await vi.waitFor(() => expect(window.closed).toBe(1));
    const backups = await listBackups(folder);
    expect(backups.map((b) => b.reason)).toEqual(['quit']);
  });

  it('a backup that failed before closing asks the clerk, and the window stays open when they cancel', async () => {
    const window = new FakeWindow(folder);
    window.answer = 'fail';
    confirmCloseWithoutBackup.mockResolvedValue(false);
    installAutoBackups(window, options());
    window.close();
    await vi.waitFor(() => expect(confirmCloseWithoutBackup).toHaveBeenCalledOnce());
    expect(confirmCloseWithoutBackup.mock.calls[0]?.[1]).toContain('磁盘已满');
    await settle();
    expect(window.closed).toBe(0);
    expect(await listBackups(folder)).toEqual([]);

    confirmCloseWithoutBackup.mockResolvedValue(true);
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(1));
  });

  it('asks for the daily backup once the desk has been open a while, and only when today has none', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const window = new FakeWindow(folder);
    installAutoBackups(window, options());
    expect(window.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * 60 * 1000);
    await vi.waitFor(async () => expect((await listBackups(folder)).map((b) => b.reason)).toEqual(['daily']));
    expect(window.sent).toEqual([[EVENTS.backupRequested, 'daily']]);

    // An hour later today's backup exists: nothing more is asked.
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    vi.useRealTimers();
    await settle();
    expect(window.sent).toHaveLength(1);
    expect(await listBackups(folder)).toHaveLength(1);

    // On a day with no backup yet (the folder emptied), the next start asks again.
    await rm(folder, { recursive: true, force: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const later = new FakeWindow(folder);
    installAutoBackups(later, options());
    await vi.advanceTimersByTimeAsync(2 * 60 * 1000);
    await vi.waitFor(() => expect(later.sent).toEqual([[EVENTS.backupRequested, 'daily']]));
  });

  it('a renderer that crashed cannot answer: the window closes at once', () => {
    const window = new FakeWindow(folder);
    window.webContents.isCrashed = () => true;
    installAutoBackups(window, options());
    window.close();
    expect(window.sent).toEqual([]);
    expect(window.closed).toBe(1);
  });

  it('each request carries a fresh one-time token; main saves only bytes that bring back one it sent to that window', async () => {
    const window = new FakeWindow(folder);
    window.answer = 'silent';
    requestAutoBackup(window.webContents, 'daily');
    requestAutoBackup(window.webContents, 'daily');
    const [first, second] = window.tokens;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    const other = new FakeWindow(folder);
    const save = (token: string, sender: object) =>
      saveAutoBackup(
        { bytes: new Uint8Array([1, 2, 3]), reason: 'daily', token },
        { folder, now: () => new Date(), takeToken: (t) => takeAutoBackupToken(sender, t) },
      );
    const refused = /^保存自动备份被拒绝：本机程序没有发起这次自动备份/;
    await expect(save(crypto.randomUUID(), window.webContents)).rejects.toThrow(refused);
    await expect(save(first as string, other.webContents)).rejects.toThrow(refused);
    await expect(save(first as string, window.webContents)).resolves.toMatchObject({ reason: 'daily' });
    await expect(save(first as string, window.webContents)).rejects.toThrow(refused);
    expect(await listBackups(folder)).toHaveLength(1);
  });
});
