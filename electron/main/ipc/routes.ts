import { CHANNELS, finishQuitBackupArgs, parseArgs } from '../../contract';
import type { AuditSeal } from '../auditSeal';
import { finishQuitBackup, takeAutoBackupToken } from '../autoBackup';
import { loadBackupKey, saveBackupKey } from '../backupKey';
import type { OsSecrets } from '../osSecrets';
import { exportBackup, listAutoBackups, readAutoBackup, saveAutoBackup } from './backups';
import { openPath, saveFile, type OpenablePaths, type SaveDialogAnswer, type SaveDialogRequest } from './files';

/** What main's handlers need from the machine: Electron's dialog, shell and paths in the app, temp folders in tests. */
export interface MainDeps {
  /** The native save dialog, modal to the sender's window. */
  showSaveDialog(sender: object, request: SaveDialogRequest): Promise<SaveDialogAnswer>;
  /** shell.openPath: resolves to '' on success, otherwise to the reason it failed. */
  openPath(path: string): Promise<string>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Where save dialogs start, e.g. the user's Documents folder. */
  documentsFolder: string;
  /** The automatic backups' folder, <userData>/backups. */
  backupsFolder: string;
  /** Where the backup key is kept, encrypted with safeStorage: <userData>/backup-key.bin. */
  backupKeyFile: string;
  /** The operating system's encryption (Electron safeStorage) for the backup key. */
  osSecrets: OsSecrets;
  now(): Date;
  /** The audit key and anchor kept in <userData>/audit (auditSeal.ts). */
  auditSeal: AuditSeal;
}

/** One channel's handler: who sent it (its WebContents) and the untrusted arguments, which the handler validates. */
export type Route = (sender: object, args: unknown) => Promise<unknown>;

type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/**
 * Every contract channel and its handler, as plain functions (the handlers live in ipc/<capability>.ts). register.ts
 * binds them to ipcMain; the desktop e2e bridge calls the very same table, so both run one wiring.
 */
export function buildRoutes(deps: MainDeps): Record<Channel, Route> {
  const allowedPaths: OpenablePaths = new Set();
  const backups = { folder: deps.backupsFolder, now: deps.now };
  const backupKey = { file: deps.backupKeyFile, secrets: deps.osSecrets };
  return {
    [CHANNELS.saveFile]: (sender, args) =>
      saveFile(args, {
        showSaveDialog: (request) => deps.showSaveDialog(sender, request),
        writeFile: deps.writeFile,
        defaultDirectory: deps.documentsFolder,
        allowedPaths,
      }),
    [CHANNELS.openPath]: (_sender, args) => openPath(args, { openPath: deps.openPath, allowedPaths }),
    [CHANNELS.exportBackup]: (sender, args) =>
      exportBackup(args, {
        showSaveDialog: (request) => deps.showSaveDialog(sender, request),
        defaultDirectory: deps.documentsFolder,
      }),
    [CHANNELS.saveAutoBackup]: (sender, args) =>
      saveAutoBackup(args, { ...backups, takeToken: (token) => takeAutoBackupToken(sender, token) }),
    [CHANNELS.listAutoBackups]: () => listAutoBackups(backups),
    [CHANNELS.readAutoBackup]: (_sender, args) => readAutoBackup(args, backups),
    [CHANNELS.saveBackupKey]: (_sender, args) => saveBackupKey(args, backupKey),
    [CHANNELS.loadBackupKey]: () => loadBackupKey(backupKey),
    [CHANNELS.finishQuitBackup]: async (sender, args) => {
      finishQuitBackup(sender, parseArgs(finishQuitBackupArgs, args, '完成退出备份').error);
    },
    [CHANNELS.openAuditSeal]: () => deps.auditSeal.open(),
    [CHANNELS.writeAuditAnchor]: (_sender, args) => deps.auditSeal.write(args),
  };
}
