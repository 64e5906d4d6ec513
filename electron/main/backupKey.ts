import { readFile, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { backupKeyArgs, parseArgs, type BackupKeyArgs } from '../contract';
import { writeBackupAtomically } from './backups';
import type { OsSecrets } from './osSecrets';

export interface BackupKeyDeps {
  /** <userData>/backup-key.bin */
  file: string;
  secrets: OsSecrets;
}

/**
 * Keeps the desk's backup key (the data key and its wrapping under the 备份密码) in the user-data folder, encrypted
 * with safeStorage (DPAPI on Windows: only this Windows account on this machine can read it). Automatic backups are
 * encrypted with it without asking for the password; a restore elsewhere needs only the password (docs/backup-format.md).
 */
export async function saveBackupKey(args: unknown, deps: BackupKeyDeps): Promise<void> {
  const key = parseArgs(backupKeyArgs, args, '保存备份密钥');
  if (!deps.secrets.available()) throw new Error('本机无法安全保存备份密钥（系统的加密存储不可用），备份密码未设置');
  const text = JSON.stringify({ wrapping: key.wrapping, key: Buffer.from(key.key).toString('base64') });
  await writeBackupAtomically(dirname(deps.file), basename(deps.file), deps.secrets.encrypt(text));
}

/** The key kept on this machine, or null when none was set here. */
export async function loadBackupKey(deps: BackupKeyDeps): Promise<BackupKeyArgs | null> {
  let encrypted: Uint8Array;
  try {
    encrypted = await readFile(deps.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let stored: { wrapping?: unknown; key?: unknown };
  try {
    stored = JSON.parse(deps.secrets.decrypt(encrypted)) as typeof stored;
  } catch (error) {
    throw new Error(`本机保存的备份密钥无法读取（可能换了 Windows 账号或电脑）：请管理员重新设置备份密码`, {
      cause: error,
    });
  }
  const key = typeof stored.key === 'string' ? new Uint8Array(Buffer.from(stored.key, 'base64')) : null;
  return parseArgs(backupKeyArgs, { wrapping: stored.wrapping, key }, '读取备份密钥');
}

/** Forgets the key (tests; a desk reset). */
export async function removeBackupKey(deps: Pick<BackupKeyDeps, 'file'>): Promise<void> {
  await rm(deps.file, { force: true });
}
