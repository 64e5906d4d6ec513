import { basename, dirname, join, resolve } from 'node:path';
import {
  exportBackupArgs,
  parseArgs,
  readAutoBackupArgs,
  saveAutoBackupArgs,
  type AutoBackupEntry,
  type SaveFileResult,
} from '../../contract';
import { autoBackupName, listBackups, readBackupFile, rotateBackups, writeBackupAtomically } from '../backups';
import type { SaveDialogAnswer, SaveDialogRequest } from './files';

export interface AutoBackupDeps {
  /** The automatic backups' folder, e.g. <userData>/backups. */
  folder: string;
  now(): Date;
}

/**
 * Writes an automatic backup the renderer made, rotates the folder and returns the new entry. Only for a request main
 * made: `takeToken` consumes the one-time token main sent with it (autoBackup.ts).
 */
export async function saveAutoBackup(
  args: unknown,
  deps: AutoBackupDeps & { takeToken(token: string): boolean },
): Promise<AutoBackupEntry> {
  const { bytes, reason, token } = parseArgs(saveAutoBackupArgs, args, '保存自动备份');
  if (!deps.takeToken(token)) throw new Error('保存自动备份被拒绝：本机程序没有发起这次自动备份（或已经保存过）');
  const name = autoBackupName(deps.now(), reason);
  try {
    await writeBackupAtomically(deps.folder, name, bytes);
  } catch (error) {
    throw new Error(
      `无法写入自动备份“${join(deps.folder, name)}”：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  await rotateBackups(deps.folder);
  const entry = (await listBackups(deps.folder)).find((e) => e.name === name);
  if (!entry) throw new Error(`自动备份“${name}”写入后未找到`);
  return entry;
}

export function listAutoBackups(deps: Pick<AutoBackupDeps, 'folder'>): Promise<AutoBackupEntry[]> {
  return listBackups(deps.folder);
}

export async function readAutoBackup(args: unknown, deps: Pick<AutoBackupDeps, 'folder'>): Promise<Uint8Array> {
  const { name } = parseArgs(readAutoBackupArgs, args, '读取自动备份');
  try {
    return await readBackupFile(deps.folder, name);
  } catch (error) {
    throw new Error(`无法读取自动备份“${name}”：${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

export interface ExportBackupDeps {
  showSaveDialog(request: SaveDialogRequest): Promise<SaveDialogAnswer>;
  defaultDirectory: string;
}

/** 导出备份: the native save dialog, then the same temporary-name-and-rename write as the automatic backups. */
export async function exportBackup(args: unknown, deps: ExportBackupDeps): Promise<SaveFileResult> {
  const { suggestedName, bytes } = parseArgs(exportBackupArgs, args, '导出备份');
  const answer = await deps.showSaveDialog({
    defaultPath: join(deps.defaultDirectory, suggestedName),
    filters: [{ name: '信访工作台备份', extensions: ['xfbak'] }],
  });
  if (answer.canceled || !answer.filePath) return { saved: false };
  const path = resolve(answer.filePath);
  try {
    await writeBackupAtomically(dirname(path), basename(path), bytes);
  } catch (error) {
    throw new Error(`无法写入文件“${path}”：${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return { saved: true, path };
}
