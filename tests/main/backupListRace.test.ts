import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Rotation (after another backup was saved) may delete a file between listBackups' readdir and its stat of that
 * file. The stat here removes the named file first, which is that race made certain.
 */
const race = vi.hoisted(() => ({ vanishing: null as string | null }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    stat: async (path: string) => {
      if (race.vanishing !== null && path.endsWith(race.vanishing)) await fs.rm(path);
      return fs.stat(path);
    },
  };
});

const { listBackups } = await import('../../electron/main/backups');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-race-'));
});
afterEach(async () => {
  race.vanishing = null;
  await rm(folder, { recursive: true, force: true });
});

describe('listing the automatic backups while rotation deletes one', () => {
  it('lists the others instead of failing', async () => {
    await writeFile(join(folder, 'xfdesk-20260525-090000-daily.xfbak'), 'kept');
    await writeFile(join(folder, 'xfdesk-20260420-090000-daily.xfbak'), 'rotated away');
    race.vanishing = 'xfdesk-20260420-090000-daily.xfbak';
    expect((await listBackups(folder)).map((e) => e.name)).toEqual(['xfdesk-20260525-090000-daily.xfbak']);
  });
});
