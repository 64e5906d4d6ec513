import { afterEach, describe, expect, it } from 'vitest';
import { withoutAudit } from '../../../../renderer/src/db/audit/auditMiddleware';
import { accountChanges } from '../../../../renderer/src/db/backup/accountChanges';
import { importBackupKey } from '../../../../renderer/src/db/backup/backupCrypto';
import { newBackupKey } from '../../../../renderer/src/db/backup/backupPassword';
import { admitAutoBackupToken } from '../../../../renderer/src/db/backup/autoBackupTokens';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { BACKUP_MESSAGES, BackupError, type BackupProblem } from '../../../../renderer/src/db/backup/format';
import { readBackup, type ReadOptions } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { setActor } from '../../../../renderer/src/db/session';
import { PASSWORD_ITERATIONS } from '../../../../renderer/src/domain/access/password';
import type { Petitioner } from '../../../../renderer/src/domain/types';
import { NOW, person, visit } from '../../domain/fixtures';
import { actorAs, freshDb } from '../helpers';
import { storedAccount, testBackupKey, WITH_PASSWORD } from './backupKey';
import {
  bytesOf,
  dumpDesk,
  indexOfText,
  legacyBackup,
  sealedFrameLayout,
  seedDesk,
  withDeskNumberMarks,
} from './helpers';

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-05-25T18:00:00' };

let db: DeskDatabase;
afterEach(() => db?.close());

/** The seeded desk plus a whistleblower's 检举控告, backed up under the test key. */
async function backedUp() {
  db = freshDb();
  await seedDesk(db);
  await registerPetition(
    db,
    visit({
      petitioners: [
        person({
          name: '周建军',
          idNumber: '140102198203154428',
          phone: '13700002222',
          address: '太原市杏花岭区胜利街8号',
        }),
      ],
      confidential: true,
      summary: '实名检举工区负责人虚报产量。',
    }),
    NOW,
  );
  const { blob } = await exportBackup(db, { ...OPTIONS, key: await testBackupKey() });
  return blob;
}

/** Reads and restores the file, expecting the refusal `problem` and every table as it was. */
async function expectRefused(file: Blob, problem: BackupProblem, options: ReadOptions = WITH_PASSWORD) {
  const before = await dumpDesk(db);
  const ledger = await db.ledgerChunks.toArray();
  const refusal = await readBackup(file, options).then(
    async (parsed) => {
      await restoreBackup(db, parsed);
      return null;
    },
    (error: unknown) => error,
  );
  expect(refusal, `expected ${problem}`).toBeInstanceOf(BackupError);
  expect((refusal as BackupError).problem).toBe(problem);
  expect(await dumpDesk(db)).toEqual(before);
  expect(await db.ledgerChunks.toArray()).toEqual(ledger);
  return refusal as BackupError;
}

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const indexOfBytes = (haystack: Uint8Array, needle: Uint8Array) => {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};

describe('a backup file is encrypted', () => {
  it('holds no name, ID number, phone or address of any petitioner, in UTF-8 or UTF-16, nor a summary', async () => {
    const bytes = await bytesOf(await backedUp());
    const petitioners = (await db.petitioners.toArray()) as Petitioner[];
    expect(petitioners.map((p) => p.name)).toEqual(expect.arrayContaining(['张三', '李秀兰', '周建军']));
    const secrets = petitioners.flatMap((p) => [p.name, p.idNumber, p.phone, p.address]).filter((v) => v.length >= 2);
    secrets.push('实名检举工区负责人虚报产量', '工资条.jpg');
    for (const secret of secrets) {
      expect(indexOfText(bytes, secret), secret).toBe(-1);
      expect(indexOfBytes(bytes, utf16(secret, true)), `${secret} (UTF-16LE)`).toBe(-1);
      expect(indexOfBytes(bytes, utf16(secret, false)), `${secret} (UTF-16BE)`).toBe(-1);
    }
    // The same desk as the previous, unencrypted format shows them: the search would find them.
    const legacy = await bytesOf(await legacyBackup(db));
    expect(indexOfText(legacy, '周建军')).toBeGreaterThan(0);
  });

  it('is refused without a backup key: nothing is exported unencrypted', async () => {
    db = freshDb();
    await seedDesk(db);
    await expect(exportBackup(db, { ...OPTIONS, key: null })).rejects.toThrow(BACKUP_MESSAGES.noBackupKey);
  });

  it('asks for the password, and a wrong one is refused with nothing changed', async () => {
    const file = await backedUp();
    await expectRefused(file, 'passwordNeeded', {});
    const refusal = await expectRefused(file, 'wrongPassword', { password: 'beifen-2027' });
    expect(refusal.message).toBe(BACKUP_MESSAGES.wrongPassword);
  });

  it('opens with the password alone on another desk (a new machine)', async () => {
    const file = await backedUp();
    const before = await dumpDesk(db);
    db.close();
    db = freshDb();
    const parsed = await readBackup(file, WITH_PASSWORD);
    expect(parsed.encrypted).toBe(true);
    await restoreBackup(db, parsed);
    const { audit: _a, ...restored } = await dumpDesk(db);
    const { audit: _b, ...expected } = before;
    expect(restored).toEqual(expected);
  });
});

describe('any changed byte is refused and the desk stays as it was', () => {
  it('a byte of the header, of each frame’s head and payload, the last byte, a cut anywhere, frames swapped, dropped or added', async () => {
    const file = await backedUp();
    const bytes = await bytesOf(file);
    const frames = sealedFrameLayout(bytes);
    expect(frames.at(-1)?.end).toBe(bytes.length);
    expect(frames.length).toBeGreaterThan(8);
    const flipped = (at: number) => {
      const copy = bytes.slice();
      copy[at] = (copy[at] as number) ^ 0x01;
      return new Blob([copy]);
    };
    const header = frames[0] as { payload: number; end: number };
    const headerText = new TextDecoder().decode(bytes.subarray(header.payload, header.end));
    // The creation time, the key wrapping and the salt in the header (the wrapping: the password no longer opens it).
    for (const field of ['"createdAt":"2026', '"wrappedKey":"', '"salt":"', '"fileId":"']) {
      const at =
        header.payload +
        new TextEncoder().encode(headerText.slice(0, headerText.indexOf(field) + field.length + 2)).length;
      const refusal = await readBackup(flipped(at), WITH_PASSWORD).catch((e: unknown) => e as BackupError);
      expect(refusal, field).toBeInstanceOf(BackupError);
      expect(['corrupted', 'wrongPassword', 'notBackup']).toContain((refusal as BackupError).problem);
    }
    await expectRefused(flipped(header.payload + 40), 'corrupted');
    for (const frame of frames.slice(1)) {
      await expectRefused(flipped(frame.start), 'corrupted'); // its kind
      await expectRefused(flipped(frame.payload + 2), 'corrupted'); // its nonce
      await expectRefused(flipped(Math.floor((frame.payload + frame.end) / 2)), 'corrupted'); // its ciphertext
      await expectRefused(flipped(frame.end - 1), 'corrupted'); // its tag
    }
    await expectRefused(flipped(bytes.length - 1), 'corrupted');
    for (const cut of [
      bytes.length - 1,
      (frames.at(-1) as { start: number }).start,
      Math.floor(bytes.length / 2),
      (frames[1] as { start: number }).start,
      20,
      5,
    ]) {
      await expectRefused(new Blob([bytes.subarray(0, cut)]), 'truncated');
    }
    const [, second, third] = frames as { start: number; end: number }[];
    const part = (f: { start: number; end: number }) => bytes.subarray(f.start, f.end);
    const swapped = new Blob([
      bytes.subarray(0, second?.start),
      part(third as never),
      part(second as never),
      bytes.subarray(third?.end),
    ]);
    await expectRefused(swapped, 'corrupted');
    const dropped = new Blob([bytes.subarray(0, second?.start), bytes.subarray(second?.end)]);
    await expectRefused(dropped, 'corrupted');
    await expectRefused(new Blob([bytes, bytes.subarray(second?.start, second?.end)]), 'corrupted');
    // Some fifty refusals, each reading the whole file and comparing every table.
  }, 30_000);

  it('a frame taken from another backup of the same desk, at the same place, is refused', async () => {
    const one = await bytesOf(await backedUp());
    const other = await bytesOf((await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob);
    const [, a] = sealedFrameLayout(one);
    const [, b] = sealedFrameLayout(other);
    const spliced = new Blob([one.subarray(0, a?.start), other.subarray(b?.start, b?.end), one.subarray(a?.end)]);
    await expectRefused(spliced, 'corrupted');
  });
});

describe('a backup made by someone who knows the password is still refused when it would open the desk', () => {
  it('with no administrator: the first run would hand 创建管理员 to anyone', async () => {
    db = freshDb();
    await seedDesk(db);
    await db.users.clear();
    const file = (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob;
    await db.users.put(storedAccount('u-admin', 'admin', 'admin'));
    await expectRefused(file, 'noAdministrator');
    await db.users.update('u-admin', { disabled: true });
    const onlyDisabled = (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob;
    await db.users.update('u-admin', { disabled: false });
    await expectRefused(onlyDisabled, 'noAdministrator');
  });

  it('with a planted administrator whose hash has 1 round (or another weak hash)', async () => {
    db = freshDb();
    await seedDesk(db);
    const good = storedAccount('u-planted', 'planted', 'admin');
    for (const password of [
      { ...good.password, iterations: 1 },
      { ...good.password, iterations: PASSWORD_ITERATIONS - 1 },
      { ...good.password, salt: btoa('short') },
      { ...good.password, algorithm: 'MD5' as never },
    ]) {
      await db.users.put({ ...good, password });
      const file = (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob;
      await db.users.delete('u-planted');
      const refusal = await expectRefused(file, 'weakPasswordHash');
      expect(refusal.message).toContain('“planted”');
    }
  });

  it('with an edited audit trail, even with its hashes recomputed up to the edit', async () => {
    db = freshDb();
    await seedDesk(db);
    const second = await db.audit.get(2);
    if (!second) throw new Error('no second audit record');
    await withoutAudit(db, () => db.audit.put({ ...second, summary: '改过的审计摘要' }));
    const edited = (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob;
    await withoutAudit(db, () => db.audit.put(second));
    const refusal = await expectRefused(edited, 'brokenTrail');
    expect(refusal.message).toContain('第 2 条审计记录');
    await withoutAudit(db, () => db.audit.delete(3));
    const gap = (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob;
    await withoutAudit(db, () => db.audit.put(second));
    await expect(readBackup(gap, WITH_PASSWORD)).rejects.toMatchObject({ problem: 'brokenTrail' });
  });
});

describe('an old, unencrypted backup', () => {
  it('is opened only after the warning, then restores', async () => {
    db = freshDb();
    await seedDesk(db);
    const file = await legacyBackup(db);
    const before = await dumpDesk(db);
    await registerPetition(db, visit({ summary: '备份之后登记的事项。' }), NOW);
    const refusal = await readBackup(file).catch((e: unknown) => e as BackupError);
    expect(refusal).toMatchObject({ problem: 'unencrypted', message: BACKUP_MESSAGES.unencrypted });
    const parsed = await readBackup(file, { allowUnencrypted: true });
    expect(parsed.encrypted).toBe(false);
    const { audit: _b, ...inFile } = before;
    const expected = await withDeskNumberMarks(db, inFile);
    await restoreBackup(db, parsed);
    const { audit: _a, ...restored } = await dumpDesk(db);
    // The backup's records, but the registration made since keeps its number taken (regNo:2026 stays at 3).
    expect(expected.settings).toContainEqual({ key: 'regNo:2026', value: 3 });
    expect(restored).toEqual(expected);
  });

  it('is held to the same rules: a planted weak administrator is refused', async () => {
    db = freshDb();
    await seedDesk(db);
    await db.users.put({
      ...storedAccount('u-planted', 'planted', 'admin'),
      password: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: 's', hash: 'h' },
    });
    const file = await legacyBackup(db);
    await db.users.delete('u-planted');
    await expectRefused(file, 'weakPasswordHash', { allowUnencrypted: true });
  });
});

describe('the automatic export runs only when main asked', () => {
  it('needs a token main issued, once; a chosen export needs 备份和恢复数据', async () => {
    db = freshDb();
    await seedDesk(db);
    setActor(db, null);
    const key = await testBackupKey();
    const automatic = (token: string) => exportBackup(db, { ...OPTIONS, key, automatic: { token } });
    const token = crypto.randomUUID();
    await expect(automatic(token)).rejects.toThrow('自动备份只能由本机程序按计划发起');
    admitAutoBackupToken(token);
    expect((await automatic(token)).counts.units).toBeGreaterThan(0);
    await expect(automatic(token)).rejects.toThrow('自动备份只能由本机程序按计划发起');
    await expect(exportBackup(db, { ...OPTIONS, key })).rejects.toThrow('请先登录');
    setActor(db, actorAs('receptionist'));
    await expect(automatic(crypto.randomUUID())).rejects.toThrow('自动备份只能由本机程序按计划发起');
    await expect(exportBackup(db, { ...OPTIONS, key })).rejects.toThrow(/备份和恢复数据|无权/);
  });
});

describe('the accounts a restore changes are listed before 确认恢复', () => {
  it('added, removed, and those whose role or 停用 changed', async () => {
    db = freshDb();
    await seedDesk(db);
    await db.users.bulkPut([storedAccount('u-zhang', 'zhang'), storedAccount('u-li', 'li', 'handler')]);
    const parsed = await readBackup(
      (await exportBackup(db, { ...OPTIONS, key: await testBackupKey() })).blob,
      WITH_PASSWORD,
    );
    await db.users.delete('u-zhang');
    await db.users.update('u-li', { role: 'leader' });
    await db.users.put(storedAccount('u-wang', 'wang', 'auditor'));
    await db.users.update('u-admin', { disabled: false });

    expect(await accountChanges(db, parsed)).toEqual({
      added: [{ username: 'zhang', displayName: '用户u-zhang', role: 'receptionist' }],
      removed: [{ username: 'wang', displayName: '用户u-wang', role: 'auditor' }],
      changed: [
        {
          username: 'li',
          displayName: '用户u-li',
          role: 'handler',
          from: 'leader',
          disabledBefore: false,
          disabledAfter: false,
        },
      ],
    });
    setActor(db, actorAs('receptionist'));
    await expect(accountChanges(db, parsed)).rejects.toThrow();
  });
});

describe('the 备份密码', () => {
  it('is set by an administrator only, checked like a password, typed twice, and opens the backups made with it', async () => {
    db = freshDb();
    await seedDesk(db);
    await expect(newBackupKey(db, 'short1', 'short1', NOW)).rejects.toThrow('备份密码至少8个字符');
    await expect(newBackupKey(db, 'beifen-2026', 'beifen-2025', NOW)).rejects.toThrow('两次输入的备份密码不一致');
    const stored = await newBackupKey(db, 'beifen-2026', 'beifen-2026', NOW);
    expect(stored.wrapping.iterations).toBe(PASSWORD_ITERATIONS);
    expect((await db.audit.orderBy('seq').last())?.summary).toBe('设置备份密码（此后的备份用新密码加密）');
    const { blob } = await exportBackup(db, { ...OPTIONS, key: await importBackupKey(stored) });
    expect((await readBackup(blob, { password: 'beifen-2026' })).key?.raw).toEqual(stored.raw);
    setActor(db, actorAs('receptionist'));
    await expect(newBackupKey(db, 'beifen-2027', 'beifen-2027', NOW)).rejects.toThrow();
  }, 20_000);
});
