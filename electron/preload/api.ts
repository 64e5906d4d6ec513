import type {
  AuditHeadArgs,
  AuditSealStart,
  AutoBackupEntry,
  BackupKeyArgs,
  CHANNELS,
  DeskApi,
  EVENTS,
  OpenPathResult,
  SaveFileResult,
} from '../contract';

/** ipcRenderer.invoke, narrowed to what the bridge needs; injected so the object can be built and tested anywhere. */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/** ipcRenderer.on for one channel, returning the function that removes the listener; injected like invoke. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * The channel names, written out because the preload must not bundle the contract's runtime (it pulls in zod);
 * `satisfies typeof CHANNELS` turns any drift from the contract into a compile error.
 */
const channels = {
  saveFile: 'files:save',
  openPath: 'files:open',
  exportBackup: 'backups:export',
  saveAutoBackup: 'backups:save-auto',
  listAutoBackups: 'backups:list',
  readAutoBackup: 'backups:read',
  finishQuitBackup: 'backups:quit-done',
  openAuditSeal: 'audit:open-seal',
  writeAuditAnchor: 'audit:write-anchor',
  saveBackupKey: 'backups:key-save',
  loadBackupKey: 'backups:key-load',
} as const satisfies typeof CHANNELS;
const events = {
  backupRequested: 'backups:requested',
  screenLocked: 'session:screen-locked',
} as const satisfies typeof EVENTS;

/** Builds window.api: exactly the contract's methods, each one invoke on its channel, and nothing else. */
export function buildDeskApi(invoke: Invoke, subscribe: Subscribe) {
  return {
    saveFile: (args) => invoke(channels.saveFile, args) as Promise<SaveFileResult>,
    openPath: (args) => invoke(channels.openPath, args) as Promise<OpenPathResult>,
    exportBackup: (args) => invoke(channels.exportBackup, args) as Promise<SaveFileResult>,
    saveAutoBackup: (args) => invoke(channels.saveAutoBackup, args) as Promise<AutoBackupEntry>,
    listAutoBackups: () => invoke(channels.listAutoBackups, {}) as Promise<AutoBackupEntry[]>,
    readAutoBackup: (args) => invoke(channels.readAutoBackup, args) as Promise<Uint8Array>,
    finishQuitBackup: async (args) => {
      await invoke(channels.finishQuitBackup, args);
    },
    saveBackupKey: async (args) => {
      await invoke(channels.saveBackupKey, args);
    },
    loadBackupKey: () => invoke(channels.loadBackupKey, {}) as Promise<BackupKeyArgs | null>,
    // Only the reason and the token cross over, never the IPC event (it would hand the page a sender object).
    onBackupRequested: (listener) =>
      subscribe(events.backupRequested, (payload) => {
        const request = (payload ?? {}) as { reason?: unknown; token?: unknown };
        listener({
          reason: request.reason === 'quit' ? 'quit' : 'daily',
          token: typeof request.token === 'string' ? request.token : '',
        });
      }),
    // Nothing crosses over but the fact that it happened.
    onScreenLocked: (listener) => subscribe(events.screenLocked, () => listener()),
    openAuditSeal: () => invoke(channels.openAuditSeal, {}) as Promise<AuditSealStart | null>,
    writeAuditAnchor: (args) => invoke(channels.writeAuditAnchor, args) as Promise<AuditHeadArgs>,
    platform: 'electron',
  } satisfies DeskApi;
}
