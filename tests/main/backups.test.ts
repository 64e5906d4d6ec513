import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupsToKeep,
  isDailyBackupDue,
  listBackups,
  readBackupFile,
  rotateBackups,
  writeBackupAtomically,
  type BackupEntry,
} from '../../electron/main/backups';
import { exportBackup, readAutoBackup, saveAutoBackup } from '../../electron/main/ipc/backups';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-backups-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = new Uint8Array([0x58, 0x46, 1, 2, 3]);
const TOKEN = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

/** An entry made at this local time (the names carry the time; nothing reads the clock). */
function entryAt(createdAt: string, reason: 'daily' | 'quit' = 'daily'): BackupEntry {
  const [date, time] = createdAt.split('T') as [string, string];
  return {
    name: `xfdesk-${date.replaceAll('-', '')}-${time.replaceAll(':', '')}-${reason}.xfbak`,
    size: 5,
    createdAt,
    reason,
  };
}

describe('rotation keeps 7 daily and 4 weekly backups', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks, and nothing else', () => {
    // Two backups a day (daily at noon, quit at 18:00) for 60 days up to Wednesday 2026-05-27.
    const entries: BackupEntry[] = [];
    for (let d = 0; d < 60; d++) {
      const day = new Date(2026, 4, 27 - d);
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      entries.push(entryAt(`${iso}T18:00:00`, 'quit'), entryAt(`${iso}T12:00:00`));
    }
    const kept = [...backupsToKeep(entries)].sort().reverse();
    expect(kept).toEqual([
      // daily: 05-21 … 05-27, the quit backup of each day
      ...['27', '26', '25', '24', '23', '22', '21'].map((d) => `xfdesk-202605${d}-180000-quit.xfbak`),
      // weekly: the newest of the weeks starting 05-18 (the 24th, a Sunday, already kept), 05-11 and 05-04
      'xfdesk-20260517-180000-quit.xfbak',
      'xfdesk-20260510-180000-quit.xfbak',
    ]);
    expect(kept).toContain('xfdesk-20260524-180000-quit.xfbak');
  });

  it('rotateBackups deletes the others from the folder and leftovers of interrupted writes', async () => {
    for (let d = 1; d <= 20; d++)
      await writeBackupAtomically(folder, autoBackupName(new Date(2026, 4, d, 18), 'quit'), bytes);
    await writeFile(join(folder, 'xfdesk-20260520-180000-quit.xfbak.1234.partial'), bytes.slice(0, 2));
    await writeFile(join(folder, '说明.txt'), '别的文件');
    await rotateBackups(folder);
    const left = (await readdir(folder)).sort();
    expect(left).toEqual([
      'xfdesk-20260503-180000-quit.xfbak',
      'xfdesk-20260510-180000-quit.xfbak',
      ...['14', '15', '16', '17', '18', '19', '20'].map((d) => `xfdesk-202605${d}-180000-quit.xfbak`),
      '说明.txt',
    ]);
  });
});

describe('writing a backup', () => {
  it('writes the bytes under the backup’s name and nothing else', async () => {
    await writeBackupAtomically(join(folder, 'backups'), 'xfdesk-20260525-180000-quit.xfbak', bytes);
    expect(await readdir(join(folder, 'backups'))).toEqual(['xfdesk-20260525-180000-quit.xfbak']);
    expect(new Uint8Array(await readFile(join(folder, 'backups', 'xfdesk-20260525-180000-quit.xfbak')))).toEqual(bytes);
  });

  it('an interrupted write leaves no partial file and no backup under the name', async () => {
    // A folder where the name is taken by a directory: the write succeeds, the rename into place fails.
    const name = 'xfdesk-20260525-180000-quit.xfbak';
    await mkdir(join(folder, name, 'inside'), { recursive: true });
    await expect(writeBackupAtomically(folder, name, bytes)).rejects.toThrow();
    expect(await readdir(folder)).toEqual([name]);
    expect(await listBackups(folder)).toHaveLength(1);
    expect(await readdir(join(folder, name))).toEqual(['inside']);
  });

  it('a write that fails midway (disk full) leaves no partial file behind', async () => {
    const name = 'xfdesk-20260525-180000-quit.xfbak';
    const halfThenFail = async (path: string, data: Uint8Array) => {
      await writeFile(path, data.slice(0, 2));
      throw new Error('ENOSPC: no space left on device');
    };
    await expect(writeBackupAtomically(folder, name, bytes, halfThenFail)).rejects.toThrow(/ENOSPC/);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('listing, reading and saving automatic backups', () => {
  it('lists backups newest first with their size and time, skipping other files', async () => {
    await writeBackupAtomically(folder, 'xfdesk-20260524-180000-quit.xfbak', bytes);
    await writeBackupAtomically(folder, 'xfdesk-20260525-120000-daily.xfbak', bytes.slice(0, 3));
    await writeFile(join(folder, 'notes.xfbak'), 'x');
    expect(await listBackups(folder)).toEqual([
      { name: 'xfdesk-20260525-120000-daily.xfbak', size: 3, createdAt: '2026-05-25T12:00:00', reason: 'daily' },
      { name: 'xfdesk-20260524-180000-quit.xfbak', size: 5, createdAt: '2026-05-24T18:00:00', reason: 'quit' },
    ]);
    expect(await listBackups(join(folder, 'not-yet-created'))).toEqual([]);
  });

  it('a daily backup is due when none was made today', () => {
    const now = new Date(2026, 4, 25, 9);
    expect(isDailyBackupDue([entryAt('2026-05-24T18:00:00', 'quit')], now)).toBe(true);
    expect(isDailyBackupDue([entryAt('2026-05-25T08:00:00', 'quit')], now)).toBe(false);
    expect(isDailyBackupDue([], now)).toBe(true);
  });

  it('saveAutoBackup names the file by the time and reason, rotates, and returns the entry', async () => {
    const entry = await saveAutoBackup(
      { bytes, reason: 'daily', token: TOKEN },
      { folder, now: () => new Date(2026, 4, 25, 12, 0, 5), takeToken: () => true },
    );
    expect(entry).toEqual({
      name: 'xfdesk-20260525-120005-daily.xfbak',
      size: 5,
      createdAt: '2026-05-25T12:00:05',
      reason: 'daily',
    });
    expect(await readAutoBackup({ name: entry.name }, { folder })).toEqual(bytes);
  });

  it('refuses names that are not automatic backups, so no path leaves the folder', async () => {
    await expect(readAutoBackup({ name: '../secrets.xfbak' }, { folder })).rejects.toThrow(/^读取自动备份的参数无效/);
    await expect(readBackupFile(folder, '../../etc/passwd')).rejects.toThrow(/^不是自动备份的文件名/);
    await expect(
      saveAutoBackup(
        { bytes, reason: 'whenever', token: TOKEN },
        { folder, now: () => new Date(), takeToken: () => true },
      ),
    ).rejects.toThrow(/^保存自动备份的参数无效/);
  });

  it('a backup from another machine’s user-data folder is listed and read like one made here', async () => {
    const otherMachine = await mkdtemp(join(tmpdir(), 'petition-desk-other-'));
    await saveAutoBackup(
      { bytes, reason: 'quit', token: TOKEN },
      { folder: otherMachine, now: () => new Date(2026, 3, 1, 17, 30), takeToken: () => true },
    );
    for (const name of await readdir(otherMachine))
      await writeFile(join(folder, name), await readFile(join(otherMachine, name)));
    await rm(otherMachine, { recursive: true, force: true });
    const [entry] = await listBackups(folder);
    expect(entry?.createdAt).toBe('2026-04-01T17:30:00');
    expect(await readAutoBackup({ name: entry?.name }, { folder })).toEqual(bytes);
  });
});

describe('导出备份 through the save dialog', () => {
  it('writes the file where the clerk chose, offering the .xfbak filter', async () => {
    const requests: unknown[] = [];
    const result = await exportBackup(
      { suggestedName: '信访工作台备份-20260525.xfbak', bytes },
      {
        showSaveDialog: async (request) => {
          requests.push(request);
          return { canceled: false, filePath: join(folder, '备份.xfbak') };
        },
        defaultDirectory: '/home/clerk/Documents',
      },
    );
    expect(result).toEqual({ saved: true, path: join(folder, '备份.xfbak') });
    expect(new Uint8Array(await readFile(join(folder, '备份.xfbak')))).toEqual(bytes);
    expect(requests).toEqual([
      {
        defaultPath: join('/home/clerk/Documents', '信访工作台备份-20260525.xfbak'),
        filters: [{ name: '信访工作台备份', extensions: ['xfbak'] }],
      },
    ]);
    expect(await readdir(folder)).toEqual(['备份.xfbak']);
  });
});
