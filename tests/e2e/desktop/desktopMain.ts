import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CHANNELS, EVENTS } from '../../../electron/contract';
import { createAuditSeal } from '../../../electron/main/auditSeal';
import { installAutoBackups, type BackupContents, type BackupWindow } from '../../../electron/main/autoBackup';
import { autoBackupName, listBackups, type BackupEntry } from '../../../electron/main/backups';
import { buildRoutes } from '../../../electron/main/ipc/routes';
import { forwardScreenLock } from '../../../electron/main/lockScreen';
import { desktopPreloadScript, fromWire, toWire } from './preloadScript';

/**
 * The desktop app's main process for a Playwright journey, where no Electron binary can run: the real main code
 * (ipc/routes.ts's handlers, autoBackup.ts's schedule and close gate, lockScreen.ts) in the test process, a real
 * user-data folder in tmp, and the real preload API (desktopPreloadScript) in every page of the context. Only
 * Electron's transport is replaced: ipcRenderer.invoke by an exposed binding, webContents.send by an evaluate, and a
 * BrowserWindow by PageWindow over the tab. Dialogs answer as a clerk would: save where proposed; close anyway or not.
 */
export interface DesktopMainOptions {
  /** Main's clock, e.g. '2026-05-25T09:30' (local time): it stamps the backups' names and drives the daily check. */
  now: string;
  /** How often main checks whether today's backup exists (the app: 2 minutes after opening, then hourly). */
  dailyCheckMs?: number;
  /** Daily backups already in the folder before the first window opens, one a day over these dates (inclusive). */
  earlierDailyBackups?: { from: string; to: string };
}

export class DesktopMain {
  private clock: Date;
  private readonly windows = new Map<Page, PageWindow>();
  private readonly powerMonitor = new EventEmitter();
  /** What the clerk answers when the backup before closing failed: true closes anyway. */
  closeWithoutBackup = false;
  /** The failures main asked the clerk about before closing, in order. */
  readonly closeQuestions: string[] = [];
  /** Automatic backups reach the disk only once this settles (holdBackupWrites: a slow disk). */
  diskHold: Promise<void> = Promise.resolve();

  /** Holds every automatic backup's write until the returned function is called. */
  holdBackupWrites(): () => void {
    let release!: () => void;
    this.diskHold = new Promise((resolve) => (release = resolve));
    return release;
  }

  private constructor(
    readonly userData: string,
    now: string,
  ) {
    this.clock = new Date(now);
  }

  get backupsFolder(): string {
    return join(this.userData, 'backups');
  }

  get documentsFolder(): string {
    return join(this.userData, 'Documents');
  }

  /** Sets main's clock (the renderer's has its own: BasePage.setClock). */
  setNow(iso: string): void {
    this.clock = new Date(iso);
  }

  /** The automatic backups in the user-data folder, newest first, as main lists them. */
  backups(): Promise<BackupEntry[]> {
    return listBackups(this.backupsFolder);
  }

  /** The window that shows `page`. */
  window(page: Page): PageWindow {
    const window = this.windows.get(page);
    if (!window) throw new Error('this page was not opened in the desktop context');
    return window;
  }

  /** The operating system locks the screen (Win+L): powerMonitor's 'lock-screen'. */
  lockScreen(): void {
    this.powerMonitor.emit('lock-screen');
  }

  static async install(context: BrowserContext, options: DesktopMainOptions): Promise<DesktopMain> {
    const main = new DesktopMain(await mkdtemp(join(tmpdir(), 'petition-desk-userdata-')), options.now);
    await mkdir(main.documentsFolder, { recursive: true });
    if (options.earlierDailyBackups) await main.writeEarlierBackups(options.earlierDailyBackups);
    const now = () => new Date(main.clock);
    const routes = buildRoutes({
      showSaveDialog: async (_sender, request) => ({
        canceled: false,
        filePath: join(main.documentsFolder, basename(request.defaultPath)),
      }),
      openPath: async () => '',
      writeFile: (path, bytes) => writeFile(path, bytes),
      documentsFolder: main.documentsFolder,
      backupsFolder: main.backupsFolder,
      backupKeyFile: join(main.userData, 'backup-key.bin'),
      // safeStorage stands in as a reversible transformation (no OS keychain here); main's code around it is real.
      osSecrets: {
        available: () => true,
        encrypt: (plain) => Buffer.from(Buffer.from(plain).toString('base64').split('').reverse().join('')),
        decrypt: (sealed) =>
          Buffer.from(Buffer.from(sealed).toString().split('').reverse().join(''), 'base64').toString(),
      },
      now,
      // No operating-system keyring here: the key is kept as main keeps it where safeStorage is unavailable.
      auditSeal: createAuditSeal({
        folder: join(main.userData, 'audit'),
        secrets: { available: () => false, encrypt: () => new Uint8Array(), decrypt: () => '' },
      }),
    });
    const check = options.dailyCheckMs ?? 24 * 60 * 60 * 1000;
    // app.on('browser-window-created', …) in electron/main/index.ts; each new tab is a window.
    context.on('page', (page) => {
      const window = new PageWindow(page);
      main.windows.set(page, window);
      installAutoBackups(window, {
        folder: main.backupsFolder,
        now,
        confirmCloseWithoutBackup: async (_window, error) => {
          main.closeQuestions.push(error);
          return main.closeWithoutBackup;
        },
        firstCheckMs: check,
        checkEveryMs: check,
      });
    });
    forwardScreenLock(main.powerMonitor as never, () => [...main.windows.values()].filter((w) => !w.isDestroyed()));
    await context.exposeBinding('__desktopInvoke', async ({ page }, channel: string, args: unknown) => {
      const route = (routes as Record<string, ((sender: object, args: unknown) => Promise<unknown>) | undefined>)[
        channel
      ];
      if (!route) throw new Error(`no handler for ${channel}`);
      if (channel === CHANNELS.saveAutoBackup) await main.diskHold;
      return toWire(await route(main.window(page).webContents, fromWire(args)));
    });
    await context.addInitScript({ content: await desktopPreloadScript() });
    return main;
  }

  /** Placeholder files under daily backups' names (rotation goes by names; nothing reads them). */
  private async writeEarlierBackups({ from, to }: { from: string; to: string }): Promise<void> {
    await mkdir(this.backupsFolder, { recursive: true });
    for (let day = new Date(from); day <= new Date(to); day.setDate(day.getDate() + 1)) {
      await writeFile(join(this.backupsFolder, autoBackupName(day, 'daily')), 'an earlier backup');
    }
  }

  async dispose(): Promise<void> {
    await rm(this.userData, { recursive: true, force: true });
  }
}

/** A BrowserWindow over one tab, as main's code uses it. */
export class PageWindow extends EventEmitter implements BackupWindow {
  private destroyed = false;
  /** How often main asked this window's renderer for the daily backup. */
  dailyRequests = 0;
  readonly closed: Promise<void>;
  private markClosed!: () => void;
  readonly webContents: BackupContents & { send(channel: string, payload?: unknown): void; isDestroyed(): boolean };

  constructor(readonly page: Page) {
    super();
    this.closed = new Promise((resolve) => (this.markClosed = resolve));
    // A tab closed otherwise (the test ends, the context closes) is a window destroyed: main stops its timers.
    page.on('close', () => this.destroy());
    this.webContents = {
      send: (channel: string, payload?: unknown) => {
        if (channel === EVENTS.backupRequested && (payload as { reason?: unknown } | undefined)?.reason === 'daily')
          this.dailyRequests += 1;
        void page
          .evaluate(
            ([name, value]) =>
              (globalThis as unknown as { __desktopEmit(c: string, p: unknown): number }).__desktopEmit(name, value),
            [channel, payload] as const,
          )
          .catch((error: unknown) => console.error(`desktop bridge: could not deliver ${channel}`, error));
      },
      isCrashed: () => false,
      isLoading: () => false,
      isDestroyed: () => this.destroyed,
    };
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The clerk closes the window: 'close' may be prevented (main waits for the backup); else the tab goes. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented || this.destroyed) return;
    this.destroy();
    void this.page.close();
  }

  private destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
    this.markClosed();
  }
}
