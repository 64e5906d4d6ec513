import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Automatic backups on disk (docs/backup-format.md, "Automatic backups"): plain functions over a folder, so tests
 * run them on temp folders. The renderer produces the bytes (IndexedDB lives there); main only writes, rotates,
 * lists and reads them.
 */

/** 'xfdesk-20260525-180000-quit.xfbak': local date and time, then why it was made. */
export const AUTO_BACKUP_NAME = /^xfdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(daily|quit)\.xfbak$/;
const PARTIAL_SUFFIX = '.partial';

export type AutoBackupReason = 'daily' | 'quit';

export interface BackupEntry {
  name: string;
  size: number;
  /** Local time from the name, 'YYYY-MM-DDTHH:mm:ss'. */
  createdAt: string;
  reason: AutoBackupReason;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function autoBackupName(at: Date, reason: AutoBackupReason): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `xfdesk-${date}-${time}-${reason}.xfbak`;
}

function parseName(name: string): { createdAt: string; reason: AutoBackupReason } | null {
  const m = AUTO_BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason] = m;
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, reason: reason as AutoBackupReason };
}

/**
 * Writes the file under a temporary name in the same folder and renames it into place: rename is atomic within a
 * folder, so a crash or a full disk leaves either the whole backup or none, never half of one under a backup's name.
 * A failed write removes its temporary file; one a crash left behind is never listed and rotation deletes it.
 * `write` is the file write, replaceable so a test can fail it halfway.
 */
export async function writeBackupAtomically(
  folder: string,
  name: string,
  bytes: Uint8Array,
  write: (path: string, bytes: Uint8Array) => Promise<void> = (path, data) => writeFile(path, data, { flush: true }),
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `${name}.${randomUUID()}${PARTIAL_SUFFIX}`);
  try {
    await write(temporary, bytes);
    await rename(temporary, join(folder, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The backups in the folder, newest first; temporary and foreign files are not listed. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const size = await sizeOf(join(folder, name));
    // Rotation after another backup may have deleted it since readdir: it is simply no longer there.
    if (size !== null) entries.push({ name, size, ...parsed });
  }
  return entries.sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** The file's size, or null when it does not exist (any other failure is thrown). */
async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Monday of the entry's week, 'YYYY-MM-DD' (the office works Monday to Friday). */
function weekOf(createdAt: string): string {
  const day = new Date(
    Number(createdAt.slice(0, 4)),
    Number(createdAt.slice(5, 7)) - 1,
    Number(createdAt.slice(8, 10)),
  );
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Which backups rotation keeps: the newest of each of the 7 most recent days that have one (daily), and the newest
 * of each of the 4 most recent weeks that have one (weekly). Entries newest first, as listBackups gives them.
 */
export function backupsToKeep(entries: readonly BackupEntry[], daily = 7, weekly = 4): Set<string> {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const entry of entries) {
    const day = entry.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < daily) {
      days.add(day);
      keep.add(entry.name);
    }
    const week = weekOf(entry.createdAt);
    if (!weeks.has(week) && weeks.size < weekly) {
      weeks.add(week);
      keep.add(entry.name);
    }
  }
  return keep;
}

/** Deletes the backups rotation does not keep, and temporary files a crash left behind; returns the deleted names. */
export async function rotateBackups(folder: string): Promise<string[]> {
  const entries = await listBackups(folder);
  const keep = backupsToKeep(entries);
  const leftovers = (await readdir(folder)).filter((name) => name.endsWith(PARTIAL_SUFFIX));
  const doomed = [...entries.filter((e) => !keep.has(e.name)).map((e) => e.name), ...leftovers];
  for (const name of doomed) await rm(join(folder, name), { force: true });
  return doomed;
}

/** A daily backup is due when none was made today (local calendar day). */
export function isDailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return !entries.some((e) => e.createdAt.startsWith(today));
}

/** One backup's bytes; the name must be a backup's name, so no path can reach outside the folder. */
export async function readBackupFile(folder: string, name: string): Promise<Uint8Array> {
  if (!parseName(name)) throw new Error(`不是自动备份的文件名：${name}`);
  return new Uint8Array(await readFile(join(folder, name)));
}
