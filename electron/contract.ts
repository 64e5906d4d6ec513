/**
 * The IPC contract: every channel between renderer and main, with its argument schema and result type.
 * Pure (zod only): imported by main (to validate), preload (to expose exactly these) and the renderer's platform layer.
 */
import { z } from 'zod';

/** A file name the user will see in the save dialog; no path separators. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not contain
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, '文件名不能包含路径分隔符（/ \\ :）、* ? " < > | 或控制字符')
  // Invisible format characters (U+202E can make 'gpj.exe' read as 'exe.jpg'), DEL, and names Windows silently
  // trims or treats as folders would let the saved name differ from the name the clerk sees.
  .refine((name) => !/[\p{Cf}\u007f]/u.test(name), '文件名不能包含不可见的格式字符')
  .refine((name) => !/[. ]$/.test(name), '文件名不能以点或空格结尾');

export const saveFileArgs = z.object({
  suggestedName: fileName,
  /** At most 200 MB. */
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 200 * 1024 * 1024, '文件过大：不能超过 200 MB'),
  filters: z
    .array(
      z.object({ name: z.string().min(1).max(50), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1) }),
    )
    .max(5)
    .default([]),
});
export type SaveFileArgs = z.input<typeof saveFileArgs>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const openPathArgs = z.object({ path: z.string().min(1).max(4096) });
export type OpenPathArgs = z.input<typeof openPathArgs>;
export type OpenPathResult = { opened: boolean; error?: string };

/** A backup file's bytes: larger than a letter, so its own limit (the whole file crosses IPC once). */
const backupBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= 2 * 1024 * 1024 * 1024, '备份文件过大：不能超过 2 GB');

/** 导出备份 through the native save dialog. */
export const exportBackupArgs = z.object({ suggestedName: fileName, bytes: backupBytes });
export type ExportBackupArgs = z.input<typeof exportBackupArgs>;

export const AUTO_BACKUP_REASONS = ['daily', 'quit'] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

/** A one-time token main sends with each request for an automatic backup; the bytes come back with it. */
const backupToken = z.uuid();

/** Main's request for an automatic backup, and the token the renderer must hand back with the bytes. */
export interface AutoBackupRequest {
  reason: AutoBackupReason;
  token: string;
}

/** An automatic backup the renderer made because main asked for it (daily, or before the window closes). */
export const saveAutoBackupArgs = z.object({
  bytes: backupBytes,
  reason: z.enum(AUTO_BACKUP_REASONS),
  token: backupToken,
});
export type SaveAutoBackupArgs = z.input<typeof saveAutoBackupArgs>;

/** One automatic backup in the user-data folder; createdAt is local time 'YYYY-MM-DDTHH:mm:ss'. */
export interface AutoBackupEntry {
  name: string;
  size: number;
  createdAt: string;
  reason: AutoBackupReason;
}

export const readAutoBackupArgs = z.object({
  name: z.string().regex(/^xfdesk-\d{8}-\d{6}-(daily|quit)\.xfbak$/, '不是自动备份的文件名'),
});
export type ReadAutoBackupArgs = z.input<typeof readAutoBackupArgs>;

/** The renderer's answer to a backup requested before closing: null when it was saved, else why it failed. */
export const finishQuitBackupArgs = z.object({ error: z.string().max(2000).nullable() });
export type FinishQuitBackupArgs = z.input<typeof finishQuitBackupArgs>;

/** One audit chain head: the newest record's seq (the number of records the chain has ever had) and its hash. */
const auditHead = z.object({
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/, '不是审计记录的哈希值'),
});
export type AuditHeadArgs = z.input<typeof auditHead>;

/**
 * Moves the audit anchor main keeps for one database (docs/security.md, "The audit trail"). Never backwards, except
 * `reset` after a restore replaced the trail.
 */
export const writeAuditAnchorArgs = z.object({
  databaseName: z.string().min(1).max(100),
  head: auditHead,
  reset: z.boolean().default(false),
});
export type WriteAuditAnchorArgs = z.input<typeof writeAuditAnchorArgs>;

/**
 * What main hands the renderer at start (Electron): the audit key (the renderer seals records synchronously with it),
 * how it is kept, and the anchors from main's file. `anchorFile`: `kept` read and its MAC verified; `none` not
 * written yet on this desk; `lost` the file is gone though the key was there before (deleted); `invalid` the file is
 * unreadable or its MAC does not match (edited, or the key was replaced).
 */
export interface AuditSealStart {
  key: Uint8Array;
  keyProtection: 'os' | 'none';
  anchors: Record<string, AuditHeadArgs>;
  anchorFile: 'kept' | 'none' | 'lost' | 'invalid';
}

/**
 * The desk's backup key (docs/backup-format.md): the data key and its wrapping under the 备份密码. Main keeps it
 * encrypted with safeStorage, so automatic backups are encrypted without asking for the password.
 */
export const backupKeyArgs = z.object({
  wrapping: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().positive(),
    salt: z.string().min(1).max(100),
    wrappedKey: z.string().min(1).max(200),
  }),
  key: z.instanceof(Uint8Array).refine((b) => b.byteLength === 32, '备份密钥应为 32 字节'),
});
export type BackupKeyArgs = z.input<typeof backupKeyArgs>;

/** Channel names, `domain:action`. */
export const CHANNELS = {
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
} as const;

/** Messages main sends to the renderer (no answer expected on the same channel). */
export const EVENTS = {
  /** Main asks for an automatic backup: once a day while the app runs, and before the window closes. */
  backupRequested: 'backups:requested',
  /** The operating system locked the screen: the desk locks too (issue 5). */
  screenLocked: 'session:screen-locked',
} as const;

/** What the preload exposes as `window.api` (and the browser implementation mirrors). */
export interface DeskApi {
  /** Asks the user where to save and writes the bytes there. */
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  /** Opens a file previously saved through saveFile with the system's default program. */
  openPath(args: OpenPathArgs): Promise<OpenPathResult>;
  /** 导出备份: asks where to save the backup file and writes it there. */
  exportBackup(args: ExportBackupArgs): Promise<SaveFileResult>;
  /** Writes an automatic backup into the user-data folder and rotates the folder (Electron only). */
  saveAutoBackup(args: SaveAutoBackupArgs): Promise<AutoBackupEntry>;
  /** The automatic backups, newest first (empty in the browser build, which has no user-data folder). */
  listAutoBackups(): Promise<AutoBackupEntry[]>;
  /** One automatic backup's bytes, to be checked and restored by the renderer. */
  readAutoBackup(args: ReadAutoBackupArgs): Promise<Uint8Array>;
  /** Tells main the backup it asked for before closing is done (or failed), so the window may close. */
  finishQuitBackup(args: FinishQuitBackupArgs): Promise<void>;
  /** Keeps the backup key on this machine (Electron: encrypted with safeStorage; browser: local storage). */
  saveBackupKey(args: BackupKeyArgs): Promise<void>;
  /** The backup key kept on this machine, or null when no 备份密码 was set here. */
  loadBackupKey(): Promise<BackupKeyArgs | null>;
  /** Listens for main's backup requests (each with its one-time token); returns the unsubscribe function. */
  onBackupRequested(listener: (request: AutoBackupRequest) => void): () => void;
  /** Listens for the operating system's screen lock (Electron only); returns the unsubscribe function. */
  onScreenLocked(listener: () => void): () => void;
  /** The audit key and anchors main keeps (Electron); null in the browser, which has no place outside the page. */
  openAuditSeal(): Promise<AuditSealStart | null>;
  /** Moves the audit anchor main keeps; resolves to the head main now keeps (never behind the one it had). */
  writeAuditAnchor(args: WriteAuditAnchorArgs): Promise<AuditHeadArgs>;
  /** 'electron' or 'browser', so the UI can word its messages. */
  readonly platform: 'electron' | 'browser';
}

/** The keys of DeskApi at runtime, so tests can prove the bridge exposes exactly these and nothing else. */
export const DESK_API_KEYS = [
  'saveFile',
  'openPath',
  'exportBackup',
  'saveAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
  'finishQuitBackup',
  'saveBackupKey',
  'loadBackupKey',
  'onBackupRequested',
  'onScreenLocked',
  'openAuditSeal',
  'writeAuditAnchor',
  'platform',
] as const satisfies readonly (keyof DeskApi)[];
/** Fails to compile when DeskApi gains a key that DESK_API_KEYS does not list. */
const _everyKeyListed: Exclude<keyof DeskApi, (typeof DESK_API_KEYS)[number]> extends never ? true : never = true;

/**
 * Parses the arguments of one request, or throws an Error that names the request in Chinese and each bad field;
 * used by main for every IPC call and by the browser implementation, so both refuse the same input the same way.
 */
export function parseArgs<T extends z.ZodType>(schema: T, value: unknown, request: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}：${issue.message}` : issue.message;
  });
  throw new Error(`${request}的参数无效：${problems.join('；')}`);
}
