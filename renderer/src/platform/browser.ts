import {
  backupKeyArgs,
  exportBackupArgs,
  parseArgs,
  saveFileArgs,
  type BackupKeyArgs,
  type DeskApi,
} from '../../../electron/contract';

/**
 * How long the downloaded file's object URL stays alive: revoking it right after the click can cancel the download
 * in some browsers, and the bytes are released once it is revoked.
 */
const OBJECT_URL_LIFETIME_MS = 40_000;

/** The platform API in a plain browser (`npm run web`): a save is a download, and a saved file cannot be opened. */
export const browserApi: DeskApi = {
  platform: 'browser',

  async saveFile(args) {
    // Validated like main does, so a name the desktop app would refuse fails in the browser as well.
    const { suggestedName, bytes } = parseArgs(saveFileArgs, args, '保存文件');
    download(suggestedName, bytes);
    return { saved: true, path: suggestedName };
  },

  async exportBackup(args) {
    const { suggestedName, bytes } = parseArgs(exportBackupArgs, args, '导出备份');
    download(suggestedName, bytes);
    return { saved: true, path: suggestedName };
  },

  // A browser has no user-data folder: the settings page offers export and restore by download and upload only.
  async saveAutoBackup() {
    throw new Error(NO_AUTO_BACKUPS);
  },
  async listAutoBackups() {
    return [];
  },
  async readAutoBackup() {
    throw new Error(NO_AUTO_BACKUPS);
  },
  async finishQuitBackup() {},
  // No safeStorage in a browser: the key sits in the profile's local storage, beside the records it protects in
  // backups (docs/backup-format.md says what the browser build can and cannot promise).
  async saveBackupKey(args) {
    const { wrapping, key } = parseArgs(backupKeyArgs, args, '保存备份密钥');
    localStorage.setItem(BACKUP_KEY_ITEM, JSON.stringify({ wrapping, key: toBase64(key) }));
  },
  async loadBackupKey() {
    const text = localStorage.getItem(BACKUP_KEY_ITEM);
    if (text === null) return null;
    const stored = JSON.parse(text) as { wrapping?: unknown; key?: unknown };
    const key = typeof stored.key === 'string' ? Uint8Array.from(atob(stored.key), (c) => c.charCodeAt(0)) : null;
    return parseArgs(backupKeyArgs, { wrapping: stored.wrapping, key }, '读取备份密钥') satisfies BackupKeyArgs;
  },
  onBackupRequested() {
    return () => undefined;
  },
  // A web page is never told that the operating system locked the screen; the idle lock still applies.
  onScreenLocked() {
    return () => undefined;
  },

  // A web page has no place outside its own storage for a key or an anchor: the trail's head stays in localStorage
  // (db/audit/auditAnchor.ts), and records carry no MAC (docs/security.md says what that does and does not promise).
  async openAuditSeal() {
    return null;
  },
  async writeAuditAnchor() {
    throw new Error('浏览器版本的审计链末端记在本页的 localStorage 中，不经主进程');
  },

  async openPath() {
    return { opened: false, error: '浏览器版本无法直接打开文件，请在下载目录中打开' };
  },
};

const BACKUP_KEY_ITEM = 'petition-desk.backup-key';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const NO_AUTO_BACKUPS = '浏览器版本没有本机备份目录，不做自动备份；请在“设置 → 数据备份”中导出备份文件保存';

function download(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([asBlobPart(bytes)]));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

/** Blob needs bytes over a plain ArrayBuffer; copy only in the rare case they sit in a SharedArrayBuffer. */
function asBlobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
