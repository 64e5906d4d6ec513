import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackupKey, saveBackupKey } from '../../electron/main/backupKey';
import type { OsSecrets } from '../../electron/main/osSecrets';

/** safeStorage as the tests stand it in: a reversible transformation that is plainly not the input. */
const fakeSafeStorage = (available = true): OsSecrets => ({
  available: () => available,
  encrypt: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`.split('').reverse().join('')),
  decrypt: (encrypted) => {
    const text = Buffer.from(encrypted).toString().split('').reverse().join('');
    if (!text.startsWith('sealed:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('sealed:'.length), 'base64').toString();
  },
});

const KEY = {
  wrapping: {
    kdf: 'PBKDF2-SHA256' as const,
    iterations: 2_000_000,
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    wrappedKey: 'd3JhcHBlZC1rZXktYnl0ZXMtd3JhcHBlZC1rZXktYnl0ZXM=',
  },
  key: new Uint8Array(32).map((_, i) => i * 7),
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-key-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the backup key on this machine', () => {
  it('is kept encrypted with safeStorage and read back whole', async () => {
    const deps = { file: join(folder, 'backup-key.bin'), secrets: fakeSafeStorage() };
    expect(await loadBackupKey(deps)).toBeNull();
    await saveBackupKey(KEY, deps);
    const onDisk = await readFile(deps.file);
    expect(onDisk.includes(Buffer.from(KEY.key).toString('base64'))).toBe(false);
    expect(onDisk.includes(KEY.wrapping.salt)).toBe(false);
    expect(await loadBackupKey(deps)).toEqual(KEY);
  });

  it('is not kept where safeStorage cannot encrypt, and a file it cannot decrypt says to set the password again', async () => {
    const file = join(folder, 'backup-key.bin');
    await expect(saveBackupKey(KEY, { file, secrets: fakeSafeStorage(false) })).rejects.toThrow(
      '本机无法安全保存备份密钥',
    );
    await expect(loadBackupKey({ file, secrets: fakeSafeStorage() })).resolves.toBeNull();
    await saveBackupKey(KEY, { file, secrets: fakeSafeStorage() });
    const otherAccount: OsSecrets = {
      ...fakeSafeStorage(),
      decrypt: () => {
        throw new Error('cannot decrypt');
      },
    };
    await expect(loadBackupKey({ file, secrets: otherAccount })).rejects.toThrow('请管理员重新设置备份密码');
  });

  it('refuses a key of the wrong size', async () => {
    const deps = { file: join(folder, 'backup-key.bin'), secrets: fakeSafeStorage() };
    await expect(saveBackupKey({ ...KEY, key: new Uint8Array(16) }, deps)).rejects.toThrow(/^保存备份密钥的参数无效/);
  });
});
